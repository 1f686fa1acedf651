/** Small helpers around a MapLibre map, for the map session. */
import type {Map as MapLibreMap, StyleSpecification} from 'maplibre-gl';
import type {Problem, RouteData} from '../../../data/schema';
import {TIMEOUT_MS, fetchJson, fetchPackageFile} from '../../../data/load';
import {validateStory, type Story} from '../../../story/story';
import {placeLabels} from '../../../layers/place-labels';
import type {Notices} from '../notices';

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
