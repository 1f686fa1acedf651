/**
 * The deck.gl layers for routes (arcs with arrowheads), events, ports, organisations and origins,
 * from validated records. Loaded with MapLibre and deck.gl (engine.ts), after the first picture.
 */
import {ArcLayer, IconLayer, ScatterplotLayer} from '@deck.gl/layers';
import type {Layer} from '@deck.gl/core';
import type {Country, Organisation, Port, Route, TimelineEvent} from '../data/schema';
import {EVENT_COLOR, LEG_COLORS, ORGANISATION_COLOR, ORIGIN_COLOR, PORT_COLORS} from './theme';
import {arrowAtlas} from './arrow-icon';
import {FlowExtension, type FlowProps} from './flow-extension';
import {
  ARC_HEIGHT, CHOSEN_EVENT_RADIUS, DIMMED, EVENT_RADIUS, FADED, ORGANISATION_RADIUS, ORIGIN_RADIUS, arcWidth, arrivalAngle, crowdWidth, drawOrder, isDense,
  isFaded, portRadius, rgba, type RouteLayerOptions,
} from './route-layers';

const flowExtension = new FlowExtension();

export function routeLayers({routes, ports, organisations, origins, events = [], chosenEvent, emphasised, year, widthScale = 1, animate = false, globe = false, beforeId, dense = isDense(routes.length)}: RouteLayerOptions): Layer[] {
  const atlas = arrowAtlas();
  // Many routes: thinner, down to hairlines when dense, since fill rate is what a weak GPU runs out of.
  const arcScale = widthScale * crowdWidth(routes.length, dense);
  const strength = (id: string) => (!emphasised || emphasised.has(id) ? 1 : DIMMED);
  const alpha = (route: Route) => (isFaded(route.confidence) ? FADED : 1) * strength(route.id);
  const radius = (p: Port) => portRadius(p, year);
  // Flat maps are picked on the CPU (pickArc, pickCircle) and highlight what the element says
  // (withHighlight): with any pickable layer deck.gl picks on every pointer move by drawing the
  // layers again, and then the map, most of a second each with many arcs on a weak GPU. On the
  // globe deck.gl picks and highlights. Dense arcs are not highlighted: each would redraw the map.
  const pickable = globe;
  const highlight = (on: boolean) => (globe ? {autoHighlight: on} : {highlightedObjectIndex: on ? -1 : null});
  // Accessor results change with these, though the data arrays may not.
  const updateTriggers = {all: [emphasised && [...emphasised].join(), year]};
  // @deck.gl/maplibre reads `beforeId` from each layer's props; the layer types do not declare it.
  const interleave = {beforeId} as object;
  return [
    new ArcLayer<Route, FlowProps>({
      id: 'routes', ...interleave, data: routes, extensions: animate && !dense ? [flowExtension] : [],
      pickable, ...highlight(!dense), highlightColor: [255, 255, 255, 90],
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
    // A ring under the markers, so an organisation or port at the same place (the Port House in
    // Antwerp) stays visible inside it. Not pickable: the time bar lists and explains the events.
    new ScatterplotLayer<TimelineEvent>({
      id: 'events', ...interleave, data: events, pickable: false, filled: false, stroked: true,
      getPosition: (e) => e.position!, getRadius: (e) => (e.id === chosenEvent ? CHOSEN_EVENT_RADIUS : EVENT_RADIUS), radiusUnits: 'pixels', radiusScale: Math.sqrt(widthScale),
      getLineColor: (e) => rgba(EVENT_COLOR, e.id === chosenEvent ? 1 : 0.9), lineWidthUnits: 'pixels',
      getLineWidth: (e) => (e.id === chosenEvent ? 3 : 2), updateTriggers: {getRadius: [chosenEvent], getLineColor: [chosenEvent], getLineWidth: [chosenEvent]},
    }),
    new ScatterplotLayer<Port>({
      id: 'ports', ...interleave, data: drawOrder(ports, radius), pickable, ...highlight(true), highlightColor: [255, 255, 255, 120],
      getPosition: (p) => p.position, getRadius: radius, radiusUnits: 'pixels', radiusScale: Math.sqrt(widthScale),
      getFillColor: (p) => rgba(PORT_COLORS[p.role], (p.kind === 'region' ? 0.5 : 0.85) * strength(p.id)),
      updateTriggers: {getFillColor: updateTriggers.all, getRadius: updateTriggers.all},
      stroked: true, getLineColor: [255, 255, 255, 230], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }),
    new ScatterplotLayer<Organisation>({
      id: 'organisations', ...interleave, data: organisations, pickable, ...highlight(true), highlightColor: [255, 255, 255, 120],
      getPosition: (o) => o.position, getRadius: ORGANISATION_RADIUS, radiusUnits: 'pixels', radiusScale: Math.sqrt(widthScale),
      getFillColor: (o) => rgba(ORGANISATION_COLOR, strength(o.id)), stroked: true,
      updateTriggers: {getFillColor: updateTriggers.all}, getLineColor: [255, 255, 255, 255], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }),
    // Not pickable: the country under it answers the pointer.
    new ScatterplotLayer<Country>({
      id: 'origins', ...interleave, data: origins, pickable: false,
      getPosition: (c) => c.position!, getRadius: ORIGIN_RADIUS, radiusUnits: 'pixels', radiusScale: Math.sqrt(widthScale),
      getFillColor: [255, 255, 255, 235], stroked: true, getLineColor: rgba(ORIGIN_COLOR, 1), lineWidthUnits: 'pixels', getLineWidth: 2.5,
    }),
  ];
}
