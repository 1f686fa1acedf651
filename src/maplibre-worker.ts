/**
 * MapLibre 6 loads its worker from a URL relative to its own module, which breaks once a
 * bundler moves the module. Handing it the worker file as a bundled asset fixes that. In the
 * single-file briefing the asset is inlined as a data: URL; a worker is started from a blob:
 * URL made of it instead, which also works from a file:// page.
 */
import {setWorkerUrl} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import {packageFile} from './base-path';

let done = false;

function blobUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  const meta = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  const bytes = meta.endsWith(';base64') ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(body));
  return URL.createObjectURL(new Blob([bytes], {type: 'text/javascript'}));
}

export function ensureWorker() {
  if (done) return;
  done = true;
  setWorkerUrl(workerUrl.startsWith('data:') ? blobUrl(workerUrl) : packageFile(workerUrl));
}
