/** deck.gl layers for routes (arcs with arrowheads) and ports (circles), from validated records. */
import {ArcLayer, IconLayer, ScatterplotLayer} from '@deck.gl/layers';
import type {Layer} from '@deck.gl/core';
import type {Confidence, LngLat, Organisation, Port, Route} from '../data/schema';
import type {Selection} from '../story/view';
import {inKg, latestSeizures} from '../data/format';
import {LEG_COLORS, ORGANISATION_COLOR, PORT_COLORS, type RGB} from './theme';
import {arrowAtlas} from './arrow-icon';
import {FlowExtension, type FlowProps} from './flow-extension';

/** How far an arc bulges sideways, as a share of its length; it bulges to the left of travel. */
const ARC_HEIGHT = 0.3;
const FADED = 0.55;

/** Links drawn without a source, or on an estimate, are faded; the legend and tooltip say why. */
export const isFaded = (confidence: Confidence) => confidence === 'illustrative' || confidence === 'estimate';
const rgba = (rgb: RGB, a: number): [number, number, number, number] => [rgb[0], rgb[1], rgb[2], Math.round(a * 255)];

/** Arc width in pixels from the route's weight. */
export const arcWidth = (route: Route) => 1.5 + route.weight.value * 1.6;

/** Organisation marker radius in pixels. */
export const ORGANISATION_RADIUS = 3.5;

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
const DIMMED = 0.25;

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

export interface RouteLayerOptions extends Omit<Selection, 'countryFocus'> {
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
}

const flowExtension = new FlowExtension();

/**
 * Above this many routes the map is a density picture rather than a set of flows: arcs are drawn
 * thinner with fewer segments, without moving dashes or hover highlight, so a laptop with a weak
 * GPU (or none: software WebGL) still answers within a frame or two.
 */
export const DENSE_ROUTES = 2000;
export const isDense = (routes: number) => routes > DENSE_ROUTES;

export function routeLayers({routes, ports, organisations, emphasised, year, widthScale = 1, animate = false, globe = false, beforeId}: RouteLayerOptions): Layer[] {
  const atlas = arrowAtlas();
  const dense = isDense(routes.length);
  // Dense: hairlines, since fill rate is what a weak GPU runs out of.
  const arcScale = widthScale * (dense ? 0.25 : 1);
  const strength = (id: string) => (!emphasised || emphasised.has(id) ? 1 : DIMMED);
  const alpha = (route: Route) => (isFaded(route.confidence) ? FADED : 1) * strength(route.id);
  const radius = (p: Port) => portRadius(p, year);
  // Accessor results change with these, though the data arrays may not.
  const updateTriggers = {all: [emphasised && [...emphasised].join(), year]};
  // @deck.gl/maplibre reads `beforeId` from each layer's props; the layer types do not declare it.
  const interleave = {beforeId} as object;
  return [
    new ArcLayer<Route, FlowProps>({
      id: 'routes', ...interleave, data: routes, extensions: animate && !dense ? [flowExtension] : [], pickable: true, autoHighlight: !dense, highlightColor: [255, 255, 255, 90],
      getSourcePosition: (r) => r.sourcePosition, getTargetPosition: (r) => r.targetPosition,
      // The fade from pale at the start to full colour at the end is a second cue for direction.
      getSourceColor: (r) => rgba(LEG_COLORS[r.leg], 0.35 * alpha(r)),
      getTargetColor: (r) => rgba(LEG_COLORS[r.leg], alpha(r)),
      // Flat curves on the map; on the globe deck.gl lifts them along great circles.
      getWidth: arcWidth, widthUnits: 'pixels', widthScale: arcScale, getHeight: globe ? 0.4 : ARC_HEIGHT, getTilt: globe ? 0 : 90, numSegments: dense ? 12 : 64,
      parameters: {cullMode: 'none'},
      updateTriggers: {getSourceColor: updateTriggers.all, getTargetColor: updateTriggers.all},
    }),
    new IconLayer<Route>({
      id: 'route-arrows', ...interleave, data: routes, visible: !globe, pickable: false, billboard: false,
      iconAtlas: atlas.canvas as unknown as string, iconMapping: atlas.mapping, getIcon: () => 'arrow',
      getPosition: (r) => r.targetPosition, getAngle: arrivalAngle, sizeUnits: 'pixels',
      getSize: (r) => (10 + arcWidth(r) * 1.6) * Math.sqrt(arcScale),
      getColor: (r) => rgba(LEG_COLORS[r.leg], alpha(r)),
      updateTriggers: {getColor: updateTriggers.all, getSize: [arcScale]},
    }),
    new ScatterplotLayer<Port>({
      // Big circles first, so a small port beside a big one stays visible and pickable.
      id: 'ports', ...interleave, data: [...ports].sort((a, b) => radius(b) - radius(a)), pickable: true, autoHighlight: true, highlightColor: [255, 255, 255, 120],
      getPosition: (p) => p.position, getRadius: radius, radiusUnits: 'pixels', radiusScale: Math.sqrt(widthScale),
      getFillColor: (p) => rgba(PORT_COLORS[p.role], (p.kind === 'region' ? 0.5 : 0.85) * strength(p.id)),
      updateTriggers: {getFillColor: updateTriggers.all, getRadius: updateTriggers.all},
      stroked: true, getLineColor: [255, 255, 255, 230], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }),
    new ScatterplotLayer<Organisation>({
      id: 'organisations', ...interleave, data: organisations, pickable: true, autoHighlight: true, highlightColor: [255, 255, 255, 120],
      getPosition: (o) => o.position, getRadius: ORGANISATION_RADIUS, radiusUnits: 'pixels', radiusScale: Math.sqrt(widthScale),
      getFillColor: (o) => rgba(ORGANISATION_COLOR, strength(o.id)), stroked: true,
      updateTriggers: {getFillColor: updateTriggers.all}, getLineColor: [255, 255, 255, 255], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }),
  ];
}
