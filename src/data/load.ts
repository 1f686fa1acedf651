/**
 * Fetching the layers: the bundled files in geo/, or a user's data bundle, which replaces the
 * bundled layers it names. Every failure becomes a Problem; nothing here throws.
 */
import {LAYER_NAMES, PLACED, type LayerName, type Problem, type RouteData} from './schema';
import {validateData, type Input} from './validate';
import type {CountryShapesLike} from './country-check';
import {GEO_FILES} from './files';
import {sharedLoader} from './shared';
import {missingFileHint, packageFile} from '../base-path';

// Every file in geo/ becomes an asset with its own URL; none is inlined into the JavaScript.
const GEO_URLS = import.meta.glob<string>('../../geo/*.geojson', {query: '?url', import: 'default', eager: true});

/** The URLs of the bundled files of a layer, where the package's files are served now (see base-path.ts). */
export const bundledUrls = (layer: LayerName): string[] => GEO_FILES[layer].map((name) => packageFile(GEO_URLS[`../../geo/${name}`]));

/** How long a data request may take before it counts as failed. */
export const TIMEOUT_MS = 15_000;

/** A readable name for a URL in messages: its path within this site, or the whole address. */
export function fileLabel(url: string): string {
  try {
    const u = new URL(url, document.baseURI);
    // A story or bundle inside the page (a saved briefing's), or a file opened: not its whole address.
    if (u.protocol === 'data:' || u.protocol === 'blob:') return `${u.protocol} address`;
    return u.origin === location.origin ? decodeURIComponent(u.pathname.replace(/^\//, '')) : u.href;
  } catch {
    return url;
  }
}

export type Fetched = {json: unknown; file: string} | {problem: Problem};

/** GETs a JSON document; a network error, an HTTP error, a time-out or bad JSON becomes a Problem. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<Fetched> {
  const file = fileLabel(url);
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let text: string;
  try {
    const response = await fetch(url, {signal: signal ? AbortSignal.any([signal, timeout]) : timeout});
    if (!response.ok) return {problem: {file, message: `could not be loaded (HTTP ${response.status}); nothing in it is shown`}};
    text = await response.text();
  } catch (e) {
    const why = timeout.aborted ? `no answer within ${TIMEOUT_MS / 1000} s` : (e as Error).message;
    return {problem: {file, message: `could not be loaded (${why}); nothing in it is shown`}};
  }
  try {
    return {json: JSON.parse(text), file};
  } catch (e) {
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' (it looks like HTML)' : '';
    return {problem: {file, message: `is not valid JSON${hint}: ${(e as Error).message}; nothing in it is shown`}};
  }
}

/**
 * The bundled files, fetched once per page and shared by every map on it. Each map fetching its
 * own would make nine requests a map, which queue behind each other (a browser opens six
 * connections to a host) until a page of eight maps saw a bundled file time out. No map's abort
 * cancels a shared request; a map that is gone ignores the answer.
 */
const fetchBundled = sharedLoader((url) => fetchPackageFile(url), (f) => 'problem' in f);

/** One of the package's own files: when it is missing, the problem says how to point the element at them. */
export async function fetchPackageFile(url: string, signal?: AbortSignal): Promise<Fetched> {
  const fetched = await fetchJson(url, signal);
  return 'problem' in fetched ? {problem: {...fetched.problem, message: `${fetched.problem.message}; ${missingFileHint()}`}} : fetched;
}

export interface LoadOptions {
  /** The countries' shapes, for checking a user's places (the basemap's, already loaded or on their way); none, no check. */
  shapes?: () => Promise<CountryShapesLike | undefined>;
}

/**
 * Loads the bundled layers and, if `dataUrl` is given, a bundle `{"routes": FeatureCollection,
 * "ports": …, "countries": …, "organisations": …, "events": …}` whose layers replace the
 * bundled ones of the same name.
 */
export async function loadData(dataUrl?: string, signal?: AbortSignal, {shapes}: LoadOptions = {}): Promise<{data: RouteData; problems: Problem[]}> {
  const problems: Problem[] = [];
  const inputs: Partial<Record<LayerName, Input[]>> = {};
  let replaced: Partial<Record<LayerName, unknown>> = {};
  let bundleFile = '';
  if (dataUrl) {
    const bundle = await fetchJson(dataUrl, signal);
    if ('problem' in bundle) problems.push(bundle.problem);
    else if (typeof bundle.json === 'object' && bundle.json && !Array.isArray(bundle.json) && LAYER_NAMES.some((l) => l in (bundle.json as object))) {
      replaced = bundle.json as Record<LayerName, unknown>;
      bundleFile = bundle.file;
    } else {
      problems.push({file: bundle.file, message: `must be an object with one or more of ${LAYER_NAMES.join(', ')}, each a GeoJSON FeatureCollection; nothing in it is shown`});
    }
  }
  await Promise.all(LAYER_NAMES.map(async (layer) => {
    if (layer in replaced) {
      inputs[layer] = [{file: `${bundleFile} (${layer})`, json: replaced[layer]}];
      return;
    }
    const fetched = await Promise.all(bundledUrls(layer).map(fetchBundled));
    inputs[layer] = fetched.flatMap((f) => {
      if ('problem' in f) problems.push(f.problem);
      return 'problem' in f ? [] : [f];
    });
  }));
  // A user's places are checked against their country (the bundled ones are, by npm run data:check).
  // Turf and the check load only now.
  const accept = PLACED.some((layer) => layer in replaced) && shapes ? await (await import('./country-check')).placeCheck(shapes, (layer) => layer in replaced) : undefined;
  // A user's places replace those the bundled events name: those events lose the references quietly.
  const result = validateData(inputs, {quietReferences: !('events' in replaced) && Object.keys(replaced).length > 0, accept});
  return {data: result.data, problems: [...problems, ...result.problems]};
}
