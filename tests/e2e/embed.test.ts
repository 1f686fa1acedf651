/**
 * Embedding: the CDN build (dist/lib/cdn, Lit inside) on a plain HTML page with no framework and no build
 * step, four maps at once, every event heard on the document, moved and removed in the DOM.
 * Also pins the gzip size of what the library loads before its first picture. The library is
 * built once for all e2e tests by global-setup.ts.
 */
import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {expect, it} from 'vitest';
import {lib, root, useServerAndBrowser} from './serve';

const env = useServerAndBrowser();

interface Heard {
  type: string;
  id: string;
  detail: unknown;
}

it('four maps on a plain page: each draws, hears its own events, survives a move and lets go when removed', async () => {
  // Still flows: motion is not under test here, and moving dashes keep a core busy on software WebGL.
  const page = await env.browser.newPage({viewport: {width: 1200, height: 700}, reducedMotion: 'reduce'});
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // Map d's data="/missing-bundle.json" is missing on purpose: the one request allowed to fail. Any other
  // (a chunk, the worker, data, a poster) fails the test, as does any console error not about that file.
  const missing = `${env.origin}/missing-bundle.json`;
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  page.on('console', (m) => { if (m.type() === 'error' && m.location().url !== missing) problems.push(`console: ${m.text()} (${m.location().url})`); });
  page.on('request', (r) => { if (!r.url().startsWith(env.origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`off-origin: ${r.url()}`); });
  const geoRequests: string[] = [];
  // The data layers' files; MapLibre's workers fetch the country labels for each map themselves.
  page.on('request', (r) => { if (r.url().endsWith('.geojson') && !r.url().includes('country-labels')) geoRequests.push(new URL(r.url()).pathname); });
  await page.addInitScript(() => {
    const w = window as unknown as {heard: Heard[]};
    w.heard = [];
    for (const type of ['route-map-ready', 'route-map-error', 'route-map-chapter', 'route-map-select']) {
      // On the document: the events bubble out of the element and cross no shadow root in the way.
      document.addEventListener(type, (e) => w.heard.push({type, id: (e.target as Element).id, detail: (e as CustomEvent).detail}));
    }
  });
  await page.goto(`${env.origin}/`);
  const heard = () => page.evaluate(() => (window as unknown as {heard: Heard[]}).heard);
  const readyIds = async () => (await heard()).filter((h) => h.type === 'route-map-ready').map((h) => h.id).sort();
  await expect.poll(readyIds, {timeout: 90_000, interval: 500}).toEqual(['a', 'b', 'c', 'd']);

  const first = await heard();
  // The map with a missing bundle reports it once, and still draws the bundled layers.
  expect(first.filter((h) => h.type === 'route-map-error')).toEqual([
    {type: 'route-map-error', id: 'd', detail: expect.objectContaining({message: expect.stringContaining('missing-bundle.json')})},
  ]);
  expect(first.find((h) => h.type === 'route-map-ready' && h.id === 'd')!.detail).toMatchObject({routes: 34});
  expect(first.filter((h) => h.type === 'route-map-chapter')).toEqual([{type: 'route-map-chapter', id: 'a', detail: expect.objectContaining({id: 'mainports'})}]);
  // The bundled data files are fetched once for the page, not once per map.
  expect(geoRequests.length).toBeGreaterThan(0);
  expect(geoRequests.length, geoRequests.join(' ')).toBe(new Set(geoRequests).size);

  // Each has its own map, language, theme, layers and controls.
  const state = await page.evaluate(() => [...document.querySelectorAll('route-map')].map((el) => {
    const m = el as HTMLElement & {map?: {dragPan: {isEnabled(): boolean}}};
    return {
      id: el.id, canvas: !!el.shadowRoot!.querySelector('canvas'),
      legend: el.shadowRoot!.querySelector('.legend summary')?.textContent ?? null,
      panel: !!el.shadowRoot!.querySelector('.panel'), pan: m.map?.dragPan.isEnabled(),
    };
  }));
  expect(state).toEqual([
    {id: 'a', canvas: true, legend: 'Kaartlagen', panel: true, pan: true},
    {id: 'b', canvas: true, legend: null, panel: false, pan: true},
    {id: 'c', canvas: true, legend: 'Map layers', panel: true, pan: false},
    {id: 'd', canvas: true, legend: 'Map layers', panel: true, pan: true},
  ]);

  // Selecting on one map and moving another's story are heard from those maps only.
  await page.evaluate(() => {
    document.querySelector('#b')!.setAttribute('selected', 'rotterdam');
    document.querySelector('#c')!.setAttribute('chapter', 'money');
  });
  await expect.poll(async () => (await heard()).slice(first.length).map((h) => `${h.type} ${h.id}`).sort(), {timeout: 10_000})
    .toEqual(['route-map-chapter c', 'route-map-select b']);
  expect((await heard()).find((h) => h.type === 'route-map-select')!.detail).toEqual({id: 'rotterdam', kind: 'port', name: 'Rotterdam'});

  // Moved to another parent: it draws again, once.
  const before = (await heard()).length;
  await page.evaluate(() => document.querySelector('#elsewhere')!.append(document.querySelector('#a')!));
  await expect.poll(async () => (await heard()).slice(before).filter((h) => h.type === 'route-map-ready').map((h) => h.id), {timeout: 60_000}).toEqual(['a']);
  expect(await page.evaluate(() => document.querySelector('#elsewhere route-map')!.shadowRoot!.querySelectorAll('canvas').length)).toBe(1);

  // Removed: its map and WebGL context are released; the others keep theirs.
  const removed = await page.evaluate(() => {
    const d = document.querySelector('#d') as HTMLElement & {map?: unknown};
    const canvas = d.shadowRoot!.querySelector('canvas')!;
    d.remove();
    const gl = canvas.getContext('webgl2');
    return {map: d.map ?? null, lost: !gl || gl.isContextLost(), others: [...document.querySelectorAll('route-map')].filter((el) => (el as unknown as {map?: unknown}).map).length};
  });
  expect(removed).toEqual({map: null, lost: true, others: 3});
  expect([...new Set(failed)], 'only the missing bundle may fail to load').toEqual([`404 ${missing}`]);
  expect(problems).toEqual([]);
  await page.close();
}, 180_000);

/** The module files a script tag for `entry` loads before anything runs: its static imports, transitively. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static `import … from "./x.js"` and `import "./x.js"`; a dynamic `import("./x.js")` has a parenthesis and loads later.
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), spec));
  };
  visit(entry);
  return [...seen];
}

it('loads no more JavaScript before its first picture than the pin allows, and the rest later', () => {
  const pin = JSON.parse(readFileSync(join(root, 'tests/e2e/size-pin.json'), 'utf8')) as {firstLoadJsGzipBytes: number};
  // What a page with no bundler loads: the CDN build, Lit inside.
  const cdn = join(lib, 'cdn');
  const files = staticClosure(join(cdn, 'route-map.js'));
  const names = files.map((f) => f.slice(lib.length + 1));
  // Tables, details, export, the story editor and the map's engine (MapLibre, deck.gl) are split off and load later.
  expect(names.filter((n) => /\/(table|details|export|engine|editor)-/.test(n))).toEqual([]);
  const main = readFileSync(files.find((f) => f.includes('/cdn/src-'))!, 'utf8');
  expect(['table', 'details', 'export', 'engine', 'editor'].filter((name) => !new RegExp(`["'\`]\\./${name}-`).test(main))).toEqual([]);
  // Lit's production build, not its development one.
  expect(files.filter((f) => readFileSync(f, 'utf8').includes('litIssuedWarnings'))).toEqual([]);
  const gzip = (f: string) => gzipSync(readFileSync(f)).length;
  const bytes = files.reduce((sum, f) => sum + gzip(f), 0);
  // The engine follows at once, with MapLibre's worker: printed, not pinned (the benchmark weighs it).
  const engine = staticClosure(join(cdn, main.match(/\.\/(engine-[\w-]+\.js)/)![1])).filter((f) => !files.includes(f));
  const engineCode = readFileSync(engine[0], 'utf8');
  const worker = join(lib, 'assets', engineCode.match(/assets\/(maplibre-gl-worker-[\w-]+\.mjs)/)![1]);
  const engineBytes = [...engine, worker].reduce((sum, f) => sum + gzip(f), 0);
  console.log(`first-load JavaScript: ${bytes} bytes, ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files (pin ${(pin.firstLoadJsGzipBytes / 1024).toFixed(1)} KB); then the engine: ${(engineBytes / 1024).toFixed(1)} KB gzip in ${engine.length + 1} files`);
  expect(bytes, 'first-load JavaScript grew by more than 2 KB: shrink it, or update tests/e2e/size-pin.json and say why').toBeLessThanOrEqual(pin.firstLoadJsGzipBytes + 2048);
});
