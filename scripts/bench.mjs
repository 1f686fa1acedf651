#!/usr/bin/env node
// The benchmark (issue 8): our element against a bare MapLibre + deck.gl page (bench/baseline.html)
// over the same basemap and routes, side by side in headless Chromium. Prints figures and writes
// them to bench-results.json and BENCHMARKS.md; it asserts nothing.
//   npm run bench                 the whole run (7 loads each, scaling to 100,000 routes)
//   npm run bench -- --quick      3 loads, scaling to 10,000 routes: a quick look while working
// Build first (`npm run bench` does: vite build --mode bench writes dist/bench).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {preview, runnerImport} from 'vite';
import {chromium} from 'playwright-core';
import {firstPictureRows, gzipSizer, TOLERANCE} from './first-picture.mjs';

const quick = process.argv.includes('--quick');
const LOADS = quick ? 3 : 7;
const SCALES = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000];
const VIEWPORT = {width: 1280, height: 720};
/** How long one page may take to its first picture before the row says so and moves on. */
const PATIENCE_MS = 300_000;
/** Loads whose frames are measured and pooled (fewer where a page has fewer loads). */
const FRAME_LOADS = quick ? 1 : 3;
/** How long a page is left alone after its first picture before its frames are measured. */
const SETTLE_MS = 3000;
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/bench/`;

// User data for the scaling rows: the load tests' generator, same seed, written beside the pages.
const {module: {manyRoutes}} = await runnerImport(`${root}tests/fixtures/many-routes.ts`);
mkdirSync(`${dist}data`, {recursive: true});
for (const n of SCALES) writeFileSync(`${dist}data/routes-${n}.json`, JSON.stringify(manyRoutes(n)));

const server = await preview({root, preview: {port: 4175, host: '127.0.0.1'}, build: {outDir: 'dist/bench'}, logLevel: 'silent'});
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run']});
const version = browser.version();

/** Gzip (level 6) size of a served file, as a static host with compression would send it. */
const gzipped = gzipSizer(dist);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

/** Opens `path` in a fresh context (no cache) and waits for its first full picture. */
async function open(path) {
  const context = await browser.newContext({viewport: VIEWPORT});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Peak JS heap: sampled from before navigation to the end of the page's measurements.
  let peak = 0;
  const sampler = setInterval(() => cdp.send('Runtime.getHeapUsage').then((h) => (peak = Math.max(peak, h.usedSize)), () => {}), 100);
  // Our pages' first full picture is route-map-ready, once the GPU has finished it (see baseline.ts).
  await page.addInitScript(() => addEventListener('route-map-ready', (e) => {
    const gl = e.target.map.getCanvas().getContext('webgl2');
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    window.__readyAt ??= performance.now();
  }));
  const files = new Set();
  let counting = true;
  // Request events also see what MapLibre's worker fetches, which the page's resource timing does not.
  page.on('request', (r) => { if (counting && r.url().startsWith(base)) files.add(new URL(r.url()).pathname); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(base + path.replace(/^\//, ''));
  let readyMs = null;
  try {
    await page.waitForFunction(() => window.__readyAt, null, {timeout: PATIENCE_MS, polling: 100});
    readyMs = await page.evaluate(() => window.__readyAt);
  } catch { /* recorded as no picture */ }
  counting = false;
  const kb = [...files].reduce((sum, f) => sum + gzipped(f), 0);
  return {page, context, readyMs, kb, errors, peakMb: () => (clearInterval(sampler), peak / 2 ** 20)};
}

/**
 * Frame times over `ms`: from one finished frame to the next, where a frame is finished when the
 * map has drawn it and a one-pixel read has waited for the GPU (software WebGL works behind the
 * page's back, so requestAnimationFrame alone would miss it). 'pan' moves the camera; 'frame'
 * takes ours as it is when its flows move by themselves, otherwise repaints every frame.
 */
function frames(page, mode, ms = 5000) {
  return page.evaluate(async ([mode, ms]) => {
    const el = document.querySelector('route-map');
    const map = el ? el.map : window.__map;
    const gl = map.getCanvas().getContext('webgl2');
    const pixel = new Uint8Array(4);
    const redraw = mode === 'frame' && !(el && el.animating);
    const deltas = [];
    await new Promise((resolve) => {
      let last = performance.now();
      const end = last + ms;
      const done = () => {
        map.off('render', onRender);
        resolve();
      };
      const onRender = () => {
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        const now = performance.now();
        deltas.push(now - last);
        last = now;
        // At least three frames, however long they take (the baseline with 100,000 arcs).
        if (now > end && deltas.length >= 3) done();
        else if (redraw) map.triggerRepaint();
      };
      map.on('render', onRender);
      // A pan ends when its last frame is drawn, however slow the frames.
      if (mode === 'pan') map.panBy([600, 0], {duration: ms, easing: (t) => t}).once('moveend', done);
      else map.triggerRepaint();
    });
    map.stop();
    return {deltas, animating: el ? el.animating : false};
  }, [mode, ms]);
}

/**
 * Milliseconds from a pointer move to our tooltip on screen (the first frame after it is in the
 * page), over the middle of a drawn arc and over a port in view (ours only; the baseline has no
 * tooltips). A port also brings its routes forward, which redraws the map.
 */
function hover(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('route-map');
    const map = el.map;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const inside = ({x, y}) => x > 40 && y > 40 && x < box.width - 40 && y < box.height - 40;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const time = async ({x, y}) => {
      // From a map at rest: leaving the last record may redraw it (its routes go back).
      canvas.dispatchEvent(new MouseEvent('mouseout', {bubbles: true, composed: true}));
      await el.settled();
      const gl = canvas.getContext('webgl2');
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      await frame();
      const t0 = performance.now();
      canvas.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, composed: true, clientX: box.left + x, clientY: box.top + y}));
      while (performance.now() - t0 < 60_000) {
        await frame();
        if (el.shadowRoot.querySelector('.tooltip')?.textContent.trim()) return performance.now() - t0;
      }
      return null;
    };
    // The middle of a flat arc, as arcMiddle() in src/layers/route-layers.ts computes it.
    const middle = (r) => {
      const [s, t] = [map.project(r.sourcePosition), map.project(r.targetPosition)];
      return {x: (s.x + t.x) / 2 + 0.15 * (t.y - s.y), y: (s.y + t.y) / 2 - 0.15 * (t.x - s.x)};
    };
    const route = el.drawnRoutes.map(middle).find(inside);
    const port = el.routeData.ports.map((p) => map.project(p.position)).find(inside);
    return {route: route ? await time(route) : null, port: port ? await time(port) : null};
  });
}

/**
 * Where our frame goes, printed as a lead for profiling: the frame time (as frames() measures it,
 * repainting, flows still) saved by leaving out each of our MapLibre and deck.gl layers in turn.
 * On software WebGL single differences are noisy (±20 ms); BENCHMARKS.md does not keep them. Reaches into
 * the element's private overlay for the deck.gl layers: a probe for this script only.
 */
function breakdown(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('route-map');
    el.reducedMotion = true;
    await el.settled();
    const map = el.map;
    const gl = map.getCanvas().getContext('webgl2');
    const pixel = new Uint8Array(4);
    const frame = async (n = 25) => {
      const deltas = [];
      await new Promise((resolve) => {
        let last = performance.now();
        const onRender = () => {
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          const now = performance.now();
          deltas.push(now - last);
          last = now;
          if (deltas.length > n) { map.off('render', onRender); resolve(); } else map.triggerRepaint();
        };
        map.on('render', onRender);
        map.triggerRepaint();
      });
      const sorted = deltas.slice(1).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)];
    };
    const rows = [];
    const layers = el.deckLayers;
    // deck.gl finalizes a layer it stops drawing: each set is made of fresh clones.
    const only = (keep) => el.overlay.setProps({layers: layers.filter(keep).map((l) => l.clone({}))});
    // Paired: the whole frame, then the frame without one part, back to back, so drift cancels.
    const without = async (name, leaveOut, putBack) => {
      const whole = await frame();
      leaveOut();
      rows.push([name, whole - await frame()]);
      putBack();
    };
    for (const layer of layers) await without(`deck.gl ${layer.id}`, () => only((l) => l !== layer), () => only(() => true));
    for (const {id, type} of map.getStyle().layers) {
      if (type === 'background' || id === 'rm-land' || !id.startsWith('rm-')) continue;
      await without(`MapLibre ${id}`, () => map.setLayoutProperty(id, 'visibility', 'none'), () => map.setLayoutProperty(id, 'visibility', 'visible'));
    }
    const all = await frame();
    el.reducedMotion = false;
    return {all, rows};
  });
}

const summary = (deltas) => ({median: median(deltas), p95: quantile(deltas, 0.95), frames: deltas.length});

/**
 * Pages side by side: `loads` fresh loads of each, taken in turn (baseline, ours, baseline, ...) so
 * that drift in the machine's speed falls on both alike. First picture and bytes on every load;
 * frames and panning on the last FRAME_LOADS loads, pooled, each once the page has been still for
 * SETTLE_MS (steady drawing, not the tail of loading); hover and the breakdown on the last load.
 */
async function measurePages(pages, loads) {
  const rows = pages.map(({path}) => ({path, loads: [], redraws: [], pans: []}));
  for (let i = 0; i < loads; i++) {
    for (const [k, {path, ours}] of pages.entries()) {
      const row = rows[k];
      if (row.loads.includes(null)) continue;
      const opened = await open(path);
      row.loads.push(opened.readyMs);
      row.kb = opened.kb;
      row.errors = opened.errors;
      if (opened.readyMs !== null && i >= loads - Math.min(FRAME_LOADS, loads)) {
        await opened.page.waitForTimeout(SETTLE_MS);
        const moving = await frames(opened.page, 'frame');
        row.redraws.push(...moving.deltas);
        row.animating = moving.animating;
        row.pans.push(...(await frames(opened.page, 'pan')).deltas);
        if (i === loads - 1 && ours) {
          row.hover = await hover(opened.page);
          if (path === '/bench/ours.html') row.breakdown = await breakdown(opened.page);
        }
      }
      row.peakHeapMb = opened.peakMb();
      await opened.context.close();
    }
  }
  return rows.map(({loads: times, redraws, pans, animating, ...row}) => ({
    ...row, readyMs: times.includes(null) ? null : median(times), loads: times,
    ...(redraws.length ? {redraw: {...summary(redraws), animating}, pan: summary(pans)} : {}),
  }));
}

const fmt = (x, digits = 0) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const ratio = (a, b) => (a === null || b === null ? '—' : `${(a / b).toFixed(2)}×`);
const log = (...xs) => console.log(...xs);

const results = {date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${version} (software WebGL: SwiftShader)`, viewport: VIEWPORT, loads: LOADS, rows: []};
log(results.machine);

const pairs = [{label: 'bundled data (34 routes)', query: ''}, ...SCALES.map((n) => ({label: `${n.toLocaleString('en')} routes`, query: `?data=/data/routes-${n}.json`, n}))];
for (const {label, query, n} of pairs) {
  // Big data loads slowly, the baseline's above all: fewer loads there.
  const loads = n >= 100_000 ? 1 : n >= 10_000 ? Math.min(3, LOADS) : LOADS;
  // The bundled data also measures the product page as shipped: the story, opened at its first chapter.
  const [baseline, ours, product] = await measurePages([
    {path: `/bench/baseline.html${query}`, ours: false}, {path: `/bench/ours.html${query}`, ours: true},
    ...(n ? [] : [{path: '/index.html', ours: true}]),
  ], loads);
  results.rows.push({label, routes: n ?? 34, loads, baseline, ours});
  log(`\n${label} (${loads} loads each)`);
  for (const [name, r] of [['baseline', baseline], ['ours', ours]]) {
    log(`  ${name.padEnd(8)} first picture ${fmt(r.readyMs)} ms · ${fmt(r.kb)} KB gz · redraw ${fmt(r.redraw?.median)}/${fmt(r.redraw?.p95)} ms${r.redraw?.animating ? ' (flows moving)' : ''} · pan ${fmt(r.pan?.median)}/${fmt(r.pan?.p95)} ms`
      + `${r.hover ? ` · hover: route ${fmt(r.hover.route)} ms, port ${fmt(r.hover.port)} ms` : ''} · heap ${fmt(r.peakHeapMb, 1)} MB${r.errors.length ? ` · errors: ${r.errors.join(' | ')}` : ''}`);
  }
  if (ours.breakdown) log(`  ours, where a still frame of ${fmt(ours.breakdown.all)} ms goes: ${ours.breakdown.rows.map(([name, ms]) => `${name} ${fmt(ms)}`).join(' · ')} ms`);
  if (product) {
    results.product = product;
    log(`  product  first picture ${fmt(product.readyMs)} ms · ${fmt(product.kb)} KB gz · frame ${fmt(product.redraw?.median)}/${fmt(product.redraw?.p95)} ms · pan ${fmt(product.pan?.median)}/${fmt(product.pan?.p95)} ms · heap ${fmt(product.peakHeapMb, 1)} MB`);
  }
  log(`  ratio    first picture ${ratio(ours.readyMs, baseline.readyMs)} · bytes ${ratio(ours.kb, baseline.kb)} · frame ${ratio(ours.redraw?.median ?? null, baseline.redraw?.median ?? null)} · pan ${ratio(ours.pan?.median ?? null, baseline.pan?.median ?? null)}`);
}
// The first picture as a visitor sees it, however it is made (scripts/first-picture.mjs): the bare
// page, ours with one tag and the product page, in turn, at each size.
{
  const loads = quick ? 1 : 3;
  const pages = ['/bench/baseline.html', '/bench/ours.html', '/index.html'];
  results.firstPicture = {loads, tolerance: TOLERANCE, rows: await firstPictureRows(browser, base, pages, gzipped, loads)};
  log(`\nfirst picture on screen (${loads} load${loads === 1 ? '' : 's'} each, motion reduced; within ${TOLERANCE.pixels * 100}% of the picture 2.5 s after ready)`);
  for (const {size, pages: [b, ...ps]} of results.firstPicture.rows) {
    log(`  ${size}: baseline first picture ${fmt(b.firstMs)} ms · ready ${fmt(b.readyMs)} ms · ${fmt(b.kb)} KB gz before it`);
    for (const p of ps) log(`  ${' '.repeat(size.length)}  ${p.path === '/index.html' ? 'product ' : 'ours    '} first picture ${fmt(p.firstMs)} ms (${ratio(p.firstMs, b.firstMs)}) · ready ${fmt(p.readyMs)} ms (${ratio(p.readyMs, b.readyMs)}) · ${fmt(p.kb)} KB gz before it (${ratio(p.kb, b.kb)})`);
  }
}
await browser.close();
server.httpServer.close();

// A quick run only prints: the files keep the last full run.
if (!quick) {
  writeFileSync(`${root}bench-results.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeBenchmarksMd(results);
}

function writeBenchmarksMd({date, machine, viewport, rows, product, firstPicture}) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const ourLine = (label, o) => line([label, fmt(o.readyMs), fmt(o.kb), `${fmt(o.redraw?.median)} / ${fmt(o.redraw?.p95)} (${o.redraw?.animating ? 'flows moving' : 'still, redrawn'})`,
    `${fmt(o.pan?.median)} / ${fmt(o.pan?.p95)}`, o.hover ? `${fmt(o.hover.route)} / ${fmt(o.hover.port)}` : '—', fmt(o.peakHeapMb, 1)]);
  const table = [
    line(['Page', 'First picture (ms)', 'Gzip before it (KB)', 'Frame (median / p95 ms)', 'Panning (median / p95 ms)', 'Hover → tooltip: route / port (ms)', 'Peak JS heap (MB)']),
    line(Array(7).fill('---')),
    ...rows.flatMap(({label, baseline: b, ours: o}, i) => [
      line([`**${label}**`, '', '', '', '', '', '']),
      line(['baseline', fmt(b.readyMs), fmt(b.kb), `${fmt(b.redraw?.median)} / ${fmt(b.redraw?.p95)} (static, redrawn)`, `${fmt(b.pan?.median)} / ${fmt(b.pan?.p95)}`, 'no tooltips', fmt(b.peakHeapMb, 1)]),
      ourLine('ours (one tag)', o),
      line(['ratio ours / baseline', ratio(o.readyMs, b.readyMs), ratio(o.kb, b.kb), ratio(o.redraw?.median ?? null, b.redraw?.median ?? null), ratio(o.pan?.median ?? null, b.pan?.median ?? null), '', '']),
      ...(i === 0 && product ? [ourLine('product page (index.html, story at chapter 1)', product), line(['ratio product / baseline', ratio(product.readyMs, b.readyMs), ratio(product.kb, b.kb), ratio(product.redraw?.median ?? null, b.redraw?.median ?? null), ratio(product.pan?.median ?? null, b.pan?.median ?? null), '', ''])] : []),
    ]),
  ].join('\n');
  const md = readFileSync(`${root}BENCHMARKS.md`, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const shown = [
    line(['Size', 'Page', 'First picture on screen (ms)', 'route-map-ready / ready (ms)', 'Gzip before the first picture (KB)']),
    line(Array(5).fill('---')),
    ...firstPicture.rows.flatMap(({size, pages: [b, ...ps]}) => [
      line([size, 'baseline', fmt(b.firstMs), fmt(b.readyMs), fmt(b.kb)]),
      ...ps.map((p) => line(['', p.path === '/index.html' ? 'product page' : 'ours (one tag)', `${fmt(p.firstMs)} (${ratio(p.firstMs, b.firstMs)})`, `${fmt(p.readyMs)} (${ratio(p.readyMs, b.readyMs)})`, `${fmt(p.kb)} (${ratio(p.kb, b.kb)})`])),
    ]),
  ].join('\n');
  const body = `${start}\nMeasured ${date.slice(0, 10)} on ${machine}; viewport ${viewport.width}×${viewport.height}.\n\n${table}\n\n`
    + `First picture on screen, however it is made: screenshots from navigation about every 150 ms, motion reduced; the first within ${firstPicture.tolerance.pixels * 100}% of the picture 2.5 s after ready `
    + `(a pixel differs when its RGB differences sum above ${firstPicture.tolerance.levels}); median of ${firstPicture.loads} loads each, in turn (scripts/first-picture.mjs).\n\n${shown}\n${end}`;
  writeFileSync(`${root}BENCHMARKS.md`, md.replace(new RegExp(`${start}[\\s\\S]*${end}`), body));
  log('\nwrote BENCHMARKS.md and bench-results.json');
}
