/**
 * The benchmark's yardstick: the least any page can do to show our routes. A bare MapLibre map
 * over the same Natural Earth basemap (sea and land, nothing else) with one deck.gl ArcLayer of
 * the same routes, drawn in MapLibre's context like ours. No labels, legend, story, tooltips or
 * accessibility. `?data=URL` draws a bundle of ports and routes instead (see tests/fixtures/many-routes.ts).
 * Sets `window.__readyAt` (ms since navigation) once the map is idle with the arcs drawn and the GPU done.
 */
import {Map as MapLibreMap, setWorkerUrl} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {MapLibreOverlay} from '@deck.gl/maplibre';
import {ArcLayer} from '@deck.gl/layers';
import {feature} from 'topojson-client';
import type {GeometryCollection, Topology} from 'topojson-specification';
import worldUrl from '../geo/basemap/world-50m.topo.json?url';
import portsUrl from '../geo/ports.geojson?url';
import countriesUrl from '../geo/countries.geojson?url';
import routesUrl from '../geo/routes.geojson?url';
import onwardUrl from '../geo/onward.geojson?url';
import syntheticsUrl from '../geo/synthetics.geojson?url';
import moneyUrl from '../geo/money.geojson?url';

type Position = [number, number];
interface Arc {source: Position; target: Position}
type Collection = {features: {geometry: {coordinates: Position} | null; properties: {id: string; from?: string; to?: string}}[]};

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const getJson = (url: string) => fetch(url).then((r) => r.json());

/** Routes whose ends are named places, placed at those places' points. */
function arcs(places: Collection[], routes: Collection[]): Arc[] {
  const at = new Map(places.flatMap((c) => c.features.flatMap((f) => (f.geometry ? [[f.properties.id, f.geometry.coordinates] as const] : []))));
  return routes.flatMap((c) => c.features).flatMap(({properties: {from, to}}) =>
    from && to && at.has(from) && at.has(to) ? [{source: at.get(from)!, target: at.get(to)!}] : []);
}

async function loadArcs(): Promise<Arc[]> {
  const data = new URLSearchParams(location.search).get('data');
  if (data) {
    const bundle = await getJson(data);
    return arcs([bundle.ports], [bundle.routes]);
  }
  const [ports, countries, ...routes] = await Promise.all([portsUrl, countriesUrl, routesUrl, onwardUrl, syntheticsUrl, moneyUrl].map(getJson));
  return arcs([ports, countries], routes);
}

const world = getJson(worldUrl).then((topo: Topology<{countries: GeometryCollection}>) => feature(topo, topo.objects.countries));
const routes = loadArcs();
const map = new MapLibreMap({
  container: 'map', bounds: [[-92, -30], [28, 62]], fitBoundsOptions: {padding: 16}, renderWorldCopies: false, maxZoom: 9,
  style: {version: 8, sources: {}, layers: [{id: 'sea', type: 'background', paint: {'background-color': '#dfe9f0'}}]},
});
map.once('load', async () => {
  map.addSource('countries', {type: 'geojson', data: await world});
  map.addLayer({id: 'land', type: 'fill', source: 'countries', paint: {'fill-color': '#f4f1ea', 'fill-antialias': false}});
  const layer = new ArcLayer<Arc>({
    id: 'routes', data: await routes, getSourcePosition: (d) => d.source, getTargetPosition: (d) => d.target,
    getSourceColor: [200, 60, 40, 90], getTargetColor: [200, 60, 40, 255], getWidth: 2, getTilt: 90, getHeight: 0.3, pickable: false,
  });
  map.addControl(new MapLibreOverlay({interleaved: true, layers: [layer]}));
  map.once('idle', () => {
    // Software WebGL draws behind the page's back: a one-pixel read waits until the picture is finished.
    const gl = map.getCanvas().getContext('webgl2')!;
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    Object.assign(window, {__readyAt: performance.now(), __map: map});
  });
});
