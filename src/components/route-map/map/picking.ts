/**
 * What is under a point of the map: an arc, port or organisation drawn by deck.gl first, else a
 * country with a role. Flat maps are picked on the CPU from the drawn layers' own data.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {MapLibreOverlay} from '@deck.gl/maplibre';
import type {Layer} from '@deck.gl/core';
import type {ScatterplotLayer} from '@deck.gl/layers';
import type {LngLat, Organisation, Port, Route} from '../../../data/schema';
import type {Hovered, Records} from '../../../data/records';
import {LAYERS} from '../../../layers/basemap-style';
import {pickArc, pickCircle} from '../../../layers/route-layers';
import {fromUnit, toUnit} from './camera';

/** What is drawn now, as the scene has it. */
export interface Drawn {
  layers: Layer[];
  /** The routes the arcs layer draws. */
  routes: Route[];
}

type Point = {x: number; y: number};

/** What is under a point: an arc or port (deck.gl) first, else a country with a role. */
export function pickAt(map: MapLibreMap, overlay: MapLibreOverlay | undefined, drawn: Drawn, records: Records, globe: boolean, at: Point): Hovered | undefined {
  // A flat map is picked on the CPU: GPU picking would draw every arc again, most of a second with many on a weak GPU.
  const picked = !globe ? pickOnCpu(map, drawn, at) : overlay?.pickObject({...at, radius: 4, layerIds: ['routes', 'ports', 'organisations']});
  if (picked?.object) {
    const id = picked.layer?.id;
    if (id === 'routes') return {kind: 'route', route: picked.object as Route};
    if (id === 'organisations') return {kind: 'organisation', organisation: picked.object as Organisation};
    return {kind: 'port', port: picked.object as Port};
  }
  if (!map.getLayer(LAYERS.roleFill)) return undefined;
  for (const f of map.queryRenderedFeatures([at.x, at.y], {layers: [LAYERS.roleFill]})) {
    const country = records.countriesByIso.get(f.properties?.iso3);
    if (country) return {kind: 'country', country};
  }
  return undefined;
}

/** What pickObject would find, from the drawn layers' own data and sizes: circles on top, then arcs. */
function pickOnCpu(map: MapLibreMap, drawn: Drawn, at: Point): {object: unknown; layer: {id: string}} | undefined {
  const layer = (id: string) => drawn.layers.find((l) => l.id === id && l.props.visible);
  for (const id of ['organisations', 'ports']) {
    const circles = layer(id) as ScatterplotLayer<Port | Organisation> | undefined;
    if (!circles) continue;
    const {data, getRadius, radiusScale} = circles.props;
    const size = (f: Port | Organisation) => (typeof getRadius === 'function' ? getRadius(f, {} as never) : getRadius) * radiusScale;
    const found = pickCircle(data as (Port | Organisation)[], at, (f) => map.project(f.position), size);
    if (found) return {object: found, layer: {id}};
  }
  const toWorld = (p: LngLat): [number, number] => toUnit(p);
  // As wide as drawn (see crowdWidth).
  const widthScale = (layer('routes')?.props as {widthScale?: number} | undefined)?.widthScale ?? 1;
  const route = layer('routes') && pickArc(drawn.routes, at, toWorld, ([mx, my]) => map.project(fromUnit([mx, my])), {widthScale});
  return route ? {object: route, layer: {id: 'routes'}} : undefined;
}
