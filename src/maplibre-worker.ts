/**
 * MapLibre 6 loads its worker from a URL relative to its own module, which breaks once a
 * bundler moves the module. Handing it the worker file as a bundled asset fixes that.
 */
import {setWorkerUrl} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;

export function ensureWorker() {
  if (done) return;
  done = true;
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
}
