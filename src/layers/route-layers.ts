/** deck.gl layers for routes (arcs with arrowheads) and ports (circles), from validated records. */
import {ArcLayer, IconLayer, ScatterplotLayer} from '@deck.gl/layers';
import type {Layer} from '@deck.gl/core';
import type {Confidence, LngLat, Organisation, Port, Route} from '../data/schema';
import {inKg, latestSeizures} from '../data/format';
import {LEG_COLORS, ORGANISATION_COLOR, PORT_COLORS, type RGB} from './theme';
import {arrowAtlas} from './arrow-icon';

/** How far an arc bulges sideways, as a share of its length; it bulges to the left of travel. */
const ARC_HEIGHT = 0.3;
const FADED = 0.55;

/** Links drawn without a source, or on an estimate, are faded; the legend and tooltip say why. */
export const isFaded = (confidence: Confidence) => confidence === 'illustrative' || confidence === 'estimate';
const alpha = (route: Route) => (isFaded(route.confidence) ? FADED : 1);
const rgba = (rgb: RGB, a: number): [number, number, number, number] => [rgb[0], rgb[1], rgb[2], Math.round(a * 255)];

/** Arc width in pixels from the route's weight. */
export const arcWidth = (route: Route) => 1.5 + route.weight.value * 1.6;

/** Organisation marker radius in pixels. */
export const ORGANISATION_RADIUS = 3.5;

/** Port circle radius in pixels: area grows with the latest annual seizure total; places without one get a small dot. */
export function portRadius(port: Port): number {
  const f = latestSeizures(port);
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

export interface RouteLayerOptions {
  routes: Route[];
  ports: Port[];
  organisations: Organisation[];
  /** Draw below this MapLibre layer (interleaved mode), so labels stay on top. */
  beforeId?: string;
}

export function routeLayers({routes, ports, organisations, beforeId}: RouteLayerOptions): Layer[] {
  const atlas = arrowAtlas();
  // @deck.gl/maplibre reads `beforeId` from each layer's props; the layer types do not declare it.
  const interleave = {beforeId} as object;
  return [
    new ArcLayer<Route>({
      id: 'routes', ...interleave, data: routes, pickable: true, autoHighlight: true, highlightColor: [255, 255, 255, 90],
      getSourcePosition: (r) => r.sourcePosition, getTargetPosition: (r) => r.targetPosition,
      // The fade from pale at the start to full colour at the end is a second cue for direction.
      getSourceColor: (r) => rgba(LEG_COLORS[r.leg], 0.35 * alpha(r)),
      getTargetColor: (r) => rgba(LEG_COLORS[r.leg], alpha(r)),
      getWidth: arcWidth, widthUnits: 'pixels', getHeight: ARC_HEIGHT, getTilt: 90, numSegments: 64,
      parameters: {cullMode: 'none'},
    }),
    new IconLayer<Route>({
      id: 'route-arrows', ...interleave, data: routes, pickable: false, billboard: false,
      iconAtlas: atlas.canvas as unknown as string, iconMapping: atlas.mapping, getIcon: () => 'arrow',
      getPosition: (r) => r.targetPosition, getAngle: arrivalAngle, sizeUnits: 'pixels',
      getSize: (r) => 10 + arcWidth(r) * 1.6,
      getColor: (r) => rgba(LEG_COLORS[r.leg], alpha(r)),
    }),
    new ScatterplotLayer<Port>({
      // Big circles first, so a small port beside a big one stays visible and pickable.
      id: 'ports', ...interleave, data: [...ports].sort((a, b) => portRadius(b) - portRadius(a)), pickable: true, autoHighlight: true, highlightColor: [255, 255, 255, 120],
      getPosition: (p) => p.position, getRadius: portRadius, radiusUnits: 'pixels',
      getFillColor: (p) => rgba(PORT_COLORS[p.role], p.kind === 'region' ? 0.5 : 0.85),
      stroked: true, getLineColor: [255, 255, 255, 230], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }),
    new ScatterplotLayer<Organisation>({
      id: 'organisations', ...interleave, data: organisations, pickable: true, autoHighlight: true, highlightColor: [255, 255, 255, 120],
      getPosition: (o) => o.position, getRadius: ORGANISATION_RADIUS, radiusUnits: 'pixels',
      getFillColor: rgba(ORGANISATION_COLOR, 1), stroked: true, getLineColor: [255, 255, 255, 255], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }),
  ];
}
