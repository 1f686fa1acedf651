/**
 * What the deck.gl layers draw, and how the element picks and highlights them: sizes, colours,
 * which routes to draw, CPU picking. No deck.gl code: the layers themselves are built in
 * deck-layers.ts, which loads with MapLibre and deck.gl after the element's first picture.
 */
import type {Layer} from '@deck.gl/core';
import type {Confidence, LngLat, Port, Route, TimelineEvent} from '../data/schema';
import type {Selection} from '../data/select';
import {inKg, latestSeizures} from '../data/format';
import type {RGB} from './theme';

/** How far an arc bulges sideways, as a share of its length; it bulges to the left of travel. */
export const ARC_HEIGHT = 0.3;
export const FADED = 0.55;

/** Links drawn without a source, or on an estimate, are faded; the legend and tooltip say why. */
export const isFaded = (confidence: Confidence) => confidence === 'illustrative' || confidence === 'estimate';
export const rgba = (rgb: RGB, a: number): [number, number, number, number] => [rgb[0], rgb[1], rgb[2], Math.round(a * 255)];

/** Arc width in pixels from the route's weight. */
export const arcWidth = (route: Route) => 1.5 + route.weight.value * 1.6;

/** Organisation marker radius in pixels. */
export const ORGANISATION_RADIUS = 3.5;

/** Radius in pixels of an event's marker, and of the chosen event's. */
export const EVENT_RADIUS = 7;
export const CHOSEN_EVENT_RADIUS = 10;

/** Radius in pixels of the ring that marks a country where flows start. */
export const ORIGIN_RADIUS = 6;

/**
 * Port circle radius in pixels: area grows with the annual seizure total of `year`, or the
 * latest one; places without one get a small dot.
 */
export function portRadius(port: Port, year?: number): number {
  const f = year === undefined ? latestSeizures(port) : port.figures.find((g) => g.metric === 'seizures' && g.year === year && !g.provisional);
  const kg = f ? inKg(f) : NaN;
  return Number.isFinite(kg) ? 4 + Math.sqrt(kg) / 26 : port.kind === 'region' ? 3 : 4;
}

const mercator = ([lon, lat]: LngLat): [number, number] => [lon, (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];

/**
 * The heading of an arc where it reaches its target, in degrees counter-clockwise from east.
 * A flat deck.gl arc (tilt 90°) meets its target perpendicular to the chord, from the left side.
 */
export function arrivalAngle(route: Route): number {
  const [sx, sy] = mercator(route.sourcePosition);
  const [tx, ty] = mercator(route.targetPosition);
  const [dx, dy] = [tx - sx, ty - sy];
  return (Math.atan2(-dx, dy) * 180) / Math.PI;
}

/** How strongly records outside a chapter's highlight are drawn. */
export const DIMMED = 0.25;

/**
 * The screen point at the middle of a route's flat arc: deck.gl bulges it to the left of travel
 * by half the arc height times the chord (tilt 90°). For pointing at an arc, in code and tests.
 */
export function arcMiddle(map: {project(p: LngLat): {x: number; y: number}}, route: Route): {x: number; y: number} {
  const s = map.project(route.sourcePosition);
  const t = map.project(route.targetPosition);
  const k = ARC_HEIGHT / 2;
  return {x: (s.x + t.x) / 2 + k * (t.y - s.y), y: (s.y + t.y) / 2 - k * (t.x - s.x)};
}

type Point = {x: number; y: number};

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length2 = dx * dx + dy * dy;
  const u = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  const [ex, ey] = [a.x + u * dx - p.x, a.y + u * dy - p.y];
  return ex * ex + ey * ey;
}

const PICK_STEPS = 16;

/**
 * The drawn route whose flat arc passes within `radius` pixels of its edge at screen point `at`,
 * found on the CPU: deck.gl's GPU picking draws every arc again, most of a second with a few
 * thousand on software WebGL. `toWorld` maps a position to Web Mercator (y down, as MapLibre's
 * MercatorCoordinate) and `toScreen` maps that to screen pixels. The arc is deck.gl's at tilt 90°:
 * the chord bulged left of travel by sqrt(t(1−t)) times ARC_HEIGHT times its length. The route
 * drawn last wins a tie, as it is drawn on top.
 */
export function pickArc(routes: Route[], at: Point, toWorld: (p: LngLat) => [number, number], toScreen: (m: [number, number]) => Point,
  {radius = 4, widthScale = 1} = {}): Route | undefined {
  let best: Route | undefined;
  let bestGap = Infinity;
  for (const route of routes) {
    const [sx, sy] = toWorld(route.sourcePosition);
    const [tx, ty] = toWorld(route.targetPosition);
    const [dx, dy] = [tx - sx, ty - sy];
    const reach = radius + (arcWidth(route) * widthScale) / 2;
    let previous = toScreen([sx, sy]);
    for (let i = 1; i <= PICK_STEPS; i++) {
      const t = i / PICK_STEPS;
      const bulge = Math.sqrt(t * (1 - t)) * ARC_HEIGHT;
      const point = toScreen([sx + t * dx + bulge * dy, sy + t * dy - bulge * dx]);
      const gap = Math.sqrt(segmentDistance2(at, previous, point)) - reach;
      if (gap <= 0 && gap <= bestGap) {
        best = route;
        bestGap = gap;
      }
      previous = point;
    }
  }
  return best;
}

/**
 * The circle drawn on top at screen point `at`, found on the CPU like pickArc: the last of
 * `items` (drawn in order) whose circle, with `radius` pixels to spare, holds the point.
 */
export function pickCircle<T>(items: T[], at: Point, toScreen: (item: T) => Point, size: (item: T) => number, radius = 4): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const {x, y} = toScreen(items[i]);
    if (Math.hypot(x - at.x, y - at.y) <= size(items[i]) + radius) return items[i];
  }
  return undefined;
}

export interface RouteLayerOptions extends Omit<Selection, 'countryFocus' | 'response' | 'events'> {
  /** Events marked where they happened. */
  events?: TimelineEvent[];
  /** The chosen event, drawn larger. */
  chosenEvent?: string;
  /** The year whose seizures size the ports; the latest when absent. */
  year?: number;
  /** Multiplies arc widths, e.g. for a projector. */
  widthScale?: number;
  /** Move dashes along the arcs (off under reduced motion: the arrowheads alone show direction). */
  animate?: boolean;
  /** On the globe, arcs rise along great circles; the flat arrowheads are left out, the fade and dashes show direction. */
  globe?: boolean;
  /** Draw below this MapLibre layer (interleaved mode), so labels stay on top. */
  beforeId?: string;
  /** Draw a density picture (see DENSE_ROUTES). By default when `routes` are many; say so when they are a sample of a larger selection. */
  dense?: boolean;
}


/**
 * Above this many routes the map is a density picture rather than a set of flows: arcs are drawn
 * thinner with fewer segments, without moving dashes or hover highlight, so a laptop with a weak
 * GPU (or none: software WebGL) still answers within a frame or two.
 */
export const DENSE_ROUTES = 2000;
export const isDense = (routes: number) => routes > DENSE_ROUTES;
/** Dense arcs are drawn this much thinner. */
export const DENSE_WIDTH = 0.25;
/** Up to this many routes arcs have their full width. */
const CROWD_ROUTES = 50;

/**
 * How much thinner arcs are drawn when there are `routes` of them: full width up to CROWD_ROUTES,
 * then by 1/√n, so the ink on the map grows with √n rather than n and crossing arcs stay apart,
 * down to the dense width. The widths keep their order, so they still rank routes.
 */
export const crowdWidth = (routes: number, dense = isDense(routes)) =>
  (dense ? DENSE_WIDTH : Math.min(1, Math.max(DENSE_WIDTH, Math.sqrt(CROWD_ROUTES / routes))));

/**
 * The routes to draw. Up to DENSE_ROUTES, all of them. Beyond, as flow-map tools do (flowmap.gl
 * draws its top 5,000 flows), only the DENSE_ROUTES with the greatest weight that have an end in
 * `inView`, plus `keep` (the selected route); the map says so. Stable: ties keep data order.
 */
export function routesToDraw(routes: Route[], inView: (p: LngLat) => boolean, keep?: string): {drawn: Route[]; inView: number} {
  if (!isDense(routes.length)) return {drawn: routes, inView: routes.length};
  const visible = routes.filter((r) => inView(r.sourcePosition) || inView(r.targetPosition));
  if (!isDense(visible.length)) return {drawn: visible, inView: visible.length};
  const drawn = visible.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => b.weight.value - a.weight.value || i - j).slice(0, DENSE_ROUTES).map(([r]) => r);
  const kept = keep === undefined ? undefined : visible.find((r) => r.id === keep);
  if (kept && !drawn.includes(kept)) drawn.push(kept);
  return {drawn, inView: visible.length};
}

/**
 * The layers with the record `id` highlighted, where the element picks (flat maps): layers that
 * take a highlight have an integer highlightedObjectIndex, -1 for none (see routeLayers).
 */
export function withHighlight(layers: Layer[], id: string | undefined): Layer[] {
  return layers.map((layer) => {
    if (!Number.isInteger(layer.props.highlightedObjectIndex)) return layer;
    const index = id === undefined ? -1 : (layer.props.data as {id: string}[]).findIndex((d) => d.id === id);
    return index === layer.props.highlightedObjectIndex ? layer : layer.clone({highlightedObjectIndex: index});
  });
}

/** Ports in the order they are drawn: big circles first, so a small port beside a big one stays visible and pickable. */
export const drawOrder = (ports: Port[], radius: (p: Port) => number) => [...ports].sort((a, b) => radius(b) - radius(a));

/** The layers with the flows `seconds` on: the arcs layer cloned with its time, the rest as they are. */
export const atFlowTime = (layers: Layer[], seconds: number): Layer[] =>
  layers.map((layer) => (layer.id === 'routes' ? layer.clone({flowTime: seconds * 0.8} as object) : layer));
