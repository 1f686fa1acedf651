/**
 * 100,000 routes, through the code the element runs on a user's data: the loader (fetch, unpack
 * the bundle, validate), the records it indexes, and the scene that picks what the map draws and
 * what the map says about it. Only the drawing is left out (a stand-in records what it is asked
 * to draw): the browser draws 10,000 routes and answers hover and selection on them
 * (tests/browser/load.test.ts); the figures are `npm run bench`'s.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {loadData} from '../../src/data/load';
import {indexRecords} from '../../src/data/records';
import {formatNumber} from '../../src/data/format';
import type {LngLat, Route, RouteData} from '../../src/data/schema';
import {STRINGS} from '../../src/i18n/strings';
import {DENSE_ROUTES, DENSE_WIDTH, crowdWidth, isDense, type RouteLayerOptions} from '../../src/layers/route-layers';
import {Scene, type SceneState} from '../../src/components/route-map/map/scene';
import type {MapSession} from '../../src/components/route-map/map/map-session';
import {DEFAULT_BOUNDS} from '../../src/components/route-map/map/map-session';
import {manyRoutes} from '../fixtures/many-routes';

const COUNT = 100_000;

type Box = [[number, number], [number, number]];
const inBox = ([[w, s], [e, n]]: Box) => ([lon, lat]: LngLat) => lon >= w && lon <= e && lat >= s && lat <= n;

/**
 * The scene on a stand-in for the map session: a map that only says what is in view, and an
 * engine that records the layers' options instead of drawing them.
 */
function sceneOn(data: RouteData, view: {box: Box}, state: Partial<SceneState> = {}) {
  const drawn: RouteLayerOptions[] = [];
  const map = {getBounds: () => ({contains: (p: LngLat) => inBox(view.box)(p)})};
  const session = {
    live: map, overlay: {}, data,
    engine: {routeLayers: (options: RouteLayerOptions) => (drawn.push(options), [])},
  } as unknown as MapSession;
  const host = {addController() {}, requestUpdate() {}};
  const scene = new Scene(host as never, session, () => ({widthScale: 1, animate: true, globe: false, isHidden: () => false, ...state}));
  const compose = () => {
    scene.invalidate();
    scene.hostUpdate();
    return drawn.at(-1)!;
  };
  return {scene, compose};
}

describe(`${COUNT.toLocaleString('en')} routes`, () => {
  let data: RouteData;
  beforeAll(async () => {
    // As a page hands it to the element: a URL to a JSON bundle that replaces every layer.
    const url = URL.createObjectURL(new Blob([JSON.stringify(manyRoutes(COUNT))], {type: 'application/json'}));
    const loaded = await loadData(url);
    URL.revokeObjectURL(url);
    expect(loaded.problems).toEqual([]);
    data = loaded.data;
  }, 120_000);

  it('load and validate whole: every route and port kept, each route placed at its ports, every record found by id', () => {
    expect(data.routes).toHaveLength(COUNT);
    expect(data.ports).toHaveLength(500);
    const ports = new Map(data.ports.map((p) => [p.id, p.position]));
    for (const r of [data.routes[0], data.routes[COUNT / 2], data.routes[COUNT - 1]]) {
      expect(r.sourcePosition).toEqual(ports.get(r.from));
      expect(r.targetPosition).toEqual(ports.get(r.to));
    }
    const records = indexRecords(data);
    expect(records.byId.size).toBe(COUNT + 500);
    expect(records.byId.get(`r${COUNT - 1}`)?.kind).toBe('route');
  });

  it('are a density picture: the heaviest 2,000 in view drawn thin, without moving dashes, and the map says how many of how many', () => {
    const view = {box: DEFAULT_BOUNDS};
    const {scene, compose} = sceneOn(data, view);
    const drawn = compose();
    // Dense: the arcs get no moving dashes (deck-layers.ts: animate && !dense), though motion is
    // allowed here, and the element's frame loop stays off (isDense of the selection, route-map.ts).
    expect(isDense(scene.selection!.routes.length)).toBe(true);
    expect(drawn.animate).toBe(true);
    expect(drawn.dense).toBe(true);
    expect(crowdWidth(drawn.routes.length, drawn.dense)).toBe(DENSE_WIDTH);
    // Drawn: DENSE_ROUTES of the routes with an end in view, none lighter than any left out.
    const visible = data.routes.filter((r) => inBox(view.box)(r.sourcePosition) || inBox(view.box)(r.targetPosition));
    expect(visible.length).toBeGreaterThan(DENSE_ROUTES);
    expect(visible.length).toBeLessThan(COUNT);
    expect(drawn.routes).toHaveLength(DENSE_ROUTES);
    expect(drawn.routes).toBe(scene.drawnRoutes);
    const chosen = new Set(drawn.routes);
    const inView = new Set(visible);
    expect(drawn.routes.every((r) => inView.has(r))).toBe(true);
    const lightestDrawn = Math.min(...drawn.routes.map((r) => r.weight.value));
    expect(visible.filter((r) => !chosen.has(r)).every((r) => r.weight.value <= lightestDrawn)).toBe(true);
    // What the map says over it (the .sampled note).
    expect(scene.sampled).toEqual({drawn: DENSE_ROUTES, inView: visible.length});
    const note = STRINGS.en.sampled(formatNumber(scene.sampled!.drawn, 'en'), formatNumber(scene.sampled!.inView, 'en'));
    expect(note).toMatch(new RegExp(`^2,000 of the ${visible.length.toLocaleString('en')} routes in view are drawn`));
  });

  it('the sample follows the view, and a selected route is drawn though light', () => {
    const view: {box: Box} = {box: [[-20, 30], [20, 60]]};
    const light = data.routes.find((r) => r.weight.value === 1 && inBox(view.box)(r.targetPosition))!;
    const {scene, compose} = sceneOn(data, view, {selected: light.id});
    const europe = compose();
    expect(europe.routes.every((r: Route) => inBox(view.box)(r.sourcePosition) || inBox(view.box)(r.targetPosition))).toBe(true);
    expect(europe.routes).toContain(light);
    expect(europe.routes).toHaveLength(DENSE_ROUTES + 1);
    // Panned west: composed again after the move, from the routes in the new view.
    view.box = [[-100, -40], [-60, 0]];
    const west = compose();
    const inWest = (r: Route) => inBox(view.box)(r.sourcePosition) || inBox(view.box)(r.targetPosition);
    expect(west.routes.filter((r) => r !== light).every(inWest)).toBe(true);
    expect(west.routes.filter(inWest).length).toBe(Math.min(DENSE_ROUTES, data.routes.filter(inWest).length));
    expect(scene.sampled?.inView).toBe(data.routes.filter(inWest).length);
  });
});
