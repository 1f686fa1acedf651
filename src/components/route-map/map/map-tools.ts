/** Small helpers around a MapLibre map, for the map session. */
import type {Map as MapLibreMap, GeoJSONSource, StyleSpecification} from 'maplibre-gl';
import type {Problem, RouteData} from '../../../data/schema';
import {packageFile} from '../../../base-path';
import {BLANK, BLANK_SIZE, COUNTRY_TOLERANCE, SOURCES, overlayLayers} from '../../../layers/basemap-style';
import {countryLabelsUrl, type CountryShapes} from '../../../layers/basemap-data';
import type {Lang} from '../../../i18n/strings';
import {TIMEOUT_MS, fetchJson, fetchPackageFile} from '../../../data/load';
import {validateStory, type Story} from '../../../story/story';
import {labelFont, placeLabels} from '../../../layers/place-labels';
import type {Notices} from '../notices';
import type {SessionMoments} from './map-session';

/**
 * A user's style that cannot load, or does not answer within the time-out, must not leave a blank
 * box: the map draws on the bundled basemap instead, and says so. Returns what to do with a map
 * error: fall back, if it came before the style loaded, and say whether it did.
 */
export function watchBasemap(map: MapLibreMap, basemap: string, signal: AbortSignal, notices: Notices, offline: () => StyleSpecification) {
  let fellBack = false;
  const fallBack = (why: string) => {
    fellBack = true;
    notices.report([{file: basemap, message: `basemap style could not be used (${why}); showing the bundled basemap`}]);
    map.setStyle(offline());
  };
  const timer = setTimeout(() => {
    if (!signal.aborted && !fellBack && !map.isStyleLoaded()) fallBack(`no answer within ${TIMEOUT_MS / 1000} s`);
  }, TIMEOUT_MS);
  signal.addEventListener('abort', () => clearTimeout(timer));
  return (message: string) => {
    if (fellBack || map.isStyleLoaded()) return false;
    fallBack(message);
    return true;
  };
}

/** The place labels for the map's view. */
export function labelsInView(map: MapLibreMap, data: RouteData) {
  const bounds = map.getBounds();
  return placeLabels(data, (p) => bounds.contains(p));
}

/** Fetches and validates a story (a page's, or the package's own when `bundled`); failures become problems, as for data. */
export async function loadStory(url: string, signal: AbortSignal, bundled = false): Promise<{story?: Story; problems: Problem[]}> {
  const fetched = await (bundled ? fetchPackageFile : fetchJson)(url, signal);
  return 'problem' in fetched ? {problems: [fetched.problem]} : validateStory(fetched.file, fetched.json);
}

/** The luma.gl device deck.gl attached to a map's WebGL context, if any. */
export function deckDevice(canvas: HTMLCanvasElement): {canvasContext?: {destroy(): void}} | undefined {
  const gl = canvas.getContext('webgl2') as (WebGL2RenderingContext & {luma?: {device?: {canvasContext?: {destroy(): void}}}}) | null;
  return gl?.luma?.device ?? undefined;
}

/** Resolves once the map has drawn everything it has and is idle. */
export const drawn = (map: MapLibreMap) => new Promise<void>((resolve) => {
  map.once('idle', () => resolve());
  map.triggerRepaint();
});

/**
 * Resolves once the map has drawn a whole frame: at idle, or, while the camera keeps moving (a
 * kiosk flying on every second), at the first frame drawn with every tile and source it asked for.
 */
export const pictured = (map: MapLibreMap) => new Promise<void>((resolve) => {
  const check = () => {
    if (map.loaded()) done();
  };
  const done = () => {
    map.off('render', check);
    map.off('idle', done);
    resolve();
  };
  map.on('render', check);
  map.on('idle', done);
  map.triggerRepaint();
});

/** Resolves once the source's tiles in view are loaded (or the map is idle, which implies it). */
export const sourceLoaded = (map: MapLibreMap, id: string) => new Promise<void>((resolve) => {
  const check = () => {
    if (!map.getSource(id) || map.isSourceLoaded(id)) done();
  };
  const done = () => {
    map.off('sourcedata', check);
    map.off('idle', done);
    resolve();
  };
  map.on('sourcedata', check);
  map.on('idle', done);
  check();
});

/**
 * Runs `f` with the map saying its style is loaded. deck.gl adds its layers to MapLibre only when
 * isStyleLoaded(), which also waits for every source's tiles: the arcs would come only after the
 * last label, in a frame of their own. MapLibre's addLayer needs only the parsed style (style.load).
 */
export function styleParsed(map: MapLibreMap, f: () => void) {
  map.isStyleLoaded = () => true;
  try {
    f();
  } finally {
    delete (map as {isStyleLoaded?: unknown}).isStyleLoaded;
  }
}

/** Puts the data on the map's basemap: the sources and layers for countries, labels and the interface's label blockers. */
export function addDataLayers(map: MapLibreMap, data: RouteData, world: CountryShapes | undefined, lang: Lang) {
  const shapes = world ?? {type: 'FeatureCollection', features: []};
  const countriesSource = map.getSource<GeoJSONSource>(SOURCES.countries);
  if (countriesSource) countriesSource.setData(shapes);
  else map.addSource(SOURCES.countries, {type: 'geojson', data: shapes, tolerance: COUNTRY_TOLERANCE});
  if (!map.getSource(SOURCES.countryLabels)) map.addSource(SOURCES.countryLabels, {type: 'geojson', data: packageFile(countryLabelsUrl)});
  map.addSource(SOURCES.portLabels, {type: 'geojson', data: labelsInView(map, data)});
  map.addSource(SOURCES.uiBlockers, {type: 'geojson', data: {type: 'FeatureCollection', features: []}});
  if (!map.hasImage(BLANK)) map.addImage(BLANK, {width: BLANK_SIZE, height: BLANK_SIZE, data: new Uint8Array(BLANK_SIZE * BLANK_SIZE * 4)});
  for (const layer of overlayLayers(data.countries, lang, labelFont(map.getStyle()))) map.addLayer(layer);
}

/**
 * Removes a MapLibre map without an error's stack keeping it. Removing the page's last map stops
 * MapLibre's workers, which aborts their controller with a new Error; V8 keeps the frames of an
 * unread stack, and with them `map.remove()`'s receiver. The controller lives in MapLibre's shared
 * dispatcher until the next map, so the removed map, its canvas and this element stayed alive.
 */
export function removeWithoutTrace(map: MapLibreMap) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    map.remove();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A session's moments before the element is wired: nobody hears them. */
export const NOBODY: SessionMoments = {
  loaded: () => undefined, pictured: () => undefined, created: () => undefined, opened: async () => undefined,
  swapped: () => undefined, released: () => undefined, ready: () => undefined,
};

/**
 * The out-of-sight copy an export draws on (export/capture.ts) says so on its element: labels
 * appear at once, never fading, so each frame is whole when drawn; and it lays out at 1080 CSS
 * pixels high and draws at its own size, with its own device pixels per CSS pixel.
 */
export function captureSettings(host: HTMLElement): {fadeDuration?: number; pixelRatio?: number} {
  const pixelRatio = Number(host.dataset.rmPixelRatio);
  return {...(host.dataset.rmCapture !== undefined ? {fadeDuration: 0} : {}), ...(pixelRatio ? {pixelRatio} : {})};
}
