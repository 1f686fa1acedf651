#!/usr/bin/env node
// The benchmark (issue 8): our element against a bare MapLibre + deck.gl page (bench/baseline.html)
// over the same basemap and routes, side by side in headless Chromium. Prints figures and writes
// them to bench-results.json and BENCHMARKS.md; it asserts nothing.
//   npm run bench                 the whole run (7 loads each, scaling to 100,000 routes)
//   npm run bench -- --quick      3 loads, scaling to 10,000 routes: a quick look while working
//   node scripts/bench.mjs --smoke
//                                 every step once on the bundled data, briefly, to prove none throws
//                                 (tests/e2e/bench-smoke.test.ts): exits 1 if one does or measures
//                                 nothing; its figures mean nothing
// Build first (`npm run bench` does: vite build --mode bench writes dist/bench).
// Our element is read through its public contract (map, routeData, settled(), animating,
// reducedMotion, route-map-ready, the tooltip part); what a measurement needs beyond that comes
// from bench/probe.ts, the one place that reaches inside it.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {fileURLToPath} from 'node:url';
import {preview, runnerImport} from 'vite';
import {chromium} from 'playwright-core';
import {firstPictureRows, gzipSizer, measureFirstPicture, TOLERANCE} from './first-picture.mjs';
import {benchmarksMd, fmt, ratio} from '../bench/report.mjs';

const smoke = process.argv.includes('--smoke');
const quick = process.argv.includes('--quick');
const LOADS = smoke ? 1 : quick ? 3 : 7;
// The smoke run has no scaling rows: they run the same steps as the bundled data, on more routes.
const SCALES = smoke ? [] : quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000];
// Smaller for the smoke run: software WebGL's time goes with the pixels drawn.
const VIEWPORT = smoke ? {width: 800, height: 450} : {width: 1280, height: 720};
/** How long one page may take to its first picture before the row says so and moves on. */
const PATIENCE_MS = smoke ? 60_000 : 300_000;
/** Loads whose frames are measured and pooled (fewer where a page has fewer loads). */
const FRAME_LOADS = quick || smoke ? 1 : 3;
/** How long a page is left alone after its first picture before its frames are measured. */
const SETTLE_MS = smoke ? 0 : 3000;
/** How long frames and panning are measured (at least three frames however long). */
const FRAMES_MS = smoke ? 300 : 5000;
/** Frames per measurement in the breakdown (their median, the first left out). */
const BREAKDOWN_FRAMES = smoke ? 2 : 25;
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/bench/`;

/**
 * bench/probe.ts as built beside the pages (bench/ours.html has it built, loading nothing): the
 * benchmark imports it into a page after the first picture, when a step needs it.
 */
const probeFiles = readdirSync(`${dist}assets`).filter((f) => /^probe-[\w-]+\.js$/.test(f));
if (probeFiles.length !== 1) throw new Error(`dist/bench/assets has ${probeFiles.length} builds of bench/probe.ts, not one: build the pages again (vite build --mode bench)`);

// User data for the scaling rows: the load tests' generator, same seed, written beside the pages.
if (SCALES.length) {
  const {module: {manyRoutes}} = await runnerImport(`${root}tests/fixtures/many-routes.ts`);
  mkdirSync(`${dist}data`, {recursive: true});
  for (const n of SCALES) writeFileSync(`${dist}data/routes-${n}.json`, JSON.stringify(manyRoutes(n)));
}

const server = await preview({root, preview: {port: 4175, host: '127.0.0.1'}, build: {outDir: 'dist/bench'}, logLevel: 'silent'});
const base = server.resolvedUrls.local[0];
const probeUrl = `${base}assets/${probeFiles[0]}`;
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run']});
const version = browser.version();

/**
 * A measurement that came out empty (no picture, no arc to hover, no layer): the full run records
 * it as missing ('—'); the smoke run fails, as that is how a step breaks without throwing.
 */
function need(value, what) {
  if (smoke && (value === null || value === undefined)) throw new Error(`smoke: ${what}`);
  return value;
}

/** Makes window.__routeMapProbe (bench/probe.ts) on a page with our element; once per page is enough, more does nothing. */
const withProbe = (page) => page.evaluate((url) => import(url).then(() => undefined), probeUrl);

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
  // Never what keeps Node running, should a step fail before the page is closed.
  sampler.unref();
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
function frames(page, mode, ms = FRAMES_MS) {
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
      let panned = false;
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
        if ((now > end || panned) && deltas.length >= 3) done();
        else if (redraw || panned) map.triggerRepaint();
      };
      map.on('render', onRender);
      // A pan ends when its last frame is drawn, however slow the frames; one done in fewer than
      // three frames (a frame slower than the pan) is followed by still ones up to three.
      if (mode === 'pan') {
        map.panBy([600, 0], {duration: ms, easing: (t) => t}).once('moveend', () => {
          panned = true;
          if (deltas.length >= 3) done();
          else map.triggerRepaint();
        });
      } else map.triggerRepaint();
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
async function hover(page) {
  await withProbe(page);
  const times = await page.evaluate(async () => {
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
        if (el.shadowRoot.querySelector('[part~="tooltip"]')?.textContent.trim()) return performance.now() - t0;
      }
      return null;
    };
    // Which arcs are drawn is the scene's (a chapter, a sample of many routes): the probe's.
    const route = window.__routeMapProbe.arcMiddles(el).find(inside);
    const port = el.routeData.ports.map((p) => map.project(p.position)).find(inside);
    return {route: route ? await time(route) : null, port: port ? await time(port) : null};
  });
  need(times.route, 'hover: no tooltip over a drawn arc in view');
  need(times.port, 'hover: no tooltip over a port in view');
  return times;
}

/**
 * Where our frame goes, printed as a lead for profiling: the frame time (as frames() measures it,
 * repainting, flows still) saved by leaving out each of our MapLibre and deck.gl layers in turn.
 * On software WebGL single differences are noisy (±20 ms); BENCHMARKS.md does not keep them. The
 * deck.gl layers, and drawing all but one, are the probe's (bench/probe.ts).
 */
async function breakdown(page) {
  await withProbe(page);
  const result = await page.evaluate(async ([n, smoke]) => {
    const el = document.querySelector('route-map');
    el.reducedMotion = true;
    await el.settled();
    const map = el.map;
    const gl = map.getCanvas().getContext('webgl2');
    const pixel = new Uint8Array(4);
    const frame = async () => {
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
    const probe = window.__routeMapProbe;
    const ids = probe.deckLayerIds(el);
    // Paired: the whole frame, then the frame without one part, back to back, so drift cancels.
    const without = async (name, leaveOut, putBack) => {
      const whole = await frame();
      leaveOut();
      rows.push([name, whole - await frame()]);
      putBack();
    };
    // The smoke run leaves out one layer of each kind: the loop's body once, not its figures.
    const some = (xs) => (smoke ? xs.slice(0, 1) : xs);
    for (const id of some(ids)) await without(`deck.gl ${id}`, () => probe.drawOnly(el, ids.filter((other) => other !== id)), () => probe.drawAll(el));
    for (const {id} of some(map.getStyle().layers.filter(({id, type}) => type !== 'background' && id !== 'rm-land' && id.startsWith('rm-')))) {
      await without(`MapLibre ${id}`, () => map.setLayoutProperty(id, 'visibility', 'none'), () => map.setLayoutProperty(id, 'visibility', 'visible'));
    }
    const all = await frame();
    el.reducedMotion = false;
    return {all, rows, deckLayers: ids.length};
  }, [BREAKDOWN_FRAMES, smoke]);
  need(result.deckLayers || null, 'breakdown: no deck.gl layers drawn');
  return result;
}

/** Runs one step of the benchmark; an error says which step it came from. */
async function step(what, run) {
  const t0 = performance.now();
  try {
    return await run();
  } catch (e) {
    throw new Error(`at ${what}`, {cause: e});
  } finally {
    // The smoke run's time is what keeps it cheap enough to run with the tests: where it goes.
    if (smoke) log(`  (${what}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
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
      const opened = await step(`${path}: open`, () => open(path));
      row.loads.push(opened.readyMs);
      row.kb = opened.kb;
      row.errors = opened.errors;
      try {
        need(opened.readyMs, `${path}: no first picture within ${PATIENCE_MS / 1000} s${opened.errors.length ? `; errors: ${opened.errors.join(' | ')}` : ''}`);
        if (opened.readyMs !== null && i >= loads - Math.min(FRAME_LOADS, loads)) await measureLoaded(opened, path, ours, row, i === loads - 1);
        // The full run prints what a page reported; in the smoke run it fails, as the figures would be a broken page's.
        need(opened.errors.length ? null : true, `${path}: the page reported errors: ${opened.errors.join(' | ')}`);
      } finally {
        // Closed however its steps end.
        row.peakHeapMb = opened.peakMb();
        await opened.context.close().catch(() => {});
      }
    }
  }
  return rows.map(({loads: times, redraws, pans, animating, ...row}) => ({
    ...row, readyMs: times.includes(null) ? null : median(times), loads: times,
    ...(redraws.length ? {redraw: {...summary(redraws), animating}, pan: summary(pans)} : {}),
  }));
}

/** A loaded page's steps: frames and panning; on our pages' last load, hover and (ours.html) the breakdown. */
async function measureLoaded({page}, path, ours, row, last) {
  await page.waitForTimeout(SETTLE_MS);
  const moving = await step(`${path}: frames`, () => frames(page, 'frame'));
  row.redraws.push(...moving.deltas);
  row.animating = moving.animating;
  row.pans.push(...(await step(`${path}: panning`, () => frames(page, 'pan'))).deltas);
  need(row.redraws.length && row.pans.length ? true : null, `${path}: frames or panning: no frame measured`);
  if (!last || !ours) return;
  row.hover = await step(`${path}: hover`, () => hover(page));
  if (path === '/bench/ours.html') row.breakdown = await step(`${path}: breakdown`, () => breakdown(page));
}

const log = (...xs) => console.log(...xs);

const results = {date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${version} (software WebGL: SwiftShader)`, viewport: VIEWPORT, loads: LOADS, rows: []};
log(results.machine);

const started = performance.now();
let md;
try {
  // The smoke run's two parts side by side: its figures mean nothing, and the pages wait on timers.
  if (smoke) await Promise.all([scalingRows(), firstPictures()]);
  else {
    await scalingRows();
    await firstPictures();
  }
  // Every run makes BENCHMARKS.md's text, so that a change that breaks it breaks the smoke run too.
  md = await step('BENCHMARKS.md', async () => benchmarksMd(results, readFileSync(`${root}BENCHMARKS.md`, 'utf8')));
} catch (e) {
  // The stack of where it broke (a page's own, for a step run in the page), then a non-zero exit.
  console.error(e.cause ? `bench: failed ${e.message}\n${e.cause.stack}` : `bench: failed\n${e.stack}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.httpServer.close();
}
// A quick or smoke run only prints: the files keep the last full run.
if (md !== undefined && !quick && !smoke) {
  writeFileSync(`${root}bench-results.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${root}BENCHMARKS.md`, md);
  log('\nwrote BENCHMARKS.md and bench-results.json');
}
if (smoke && md !== undefined) log(`\nsmoke: every step ran once, in ${((performance.now() - started) / 1000).toFixed(0)} s; nothing written`);

/** Our element, the bare page and the product page at each size of data (only the bundled data when smoke). */
async function scalingRows() {
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
    log(`\n${label} (${loads} load${loads === 1 ? '' : 's'} each)`);
    for (const [name, r] of [['baseline', baseline], ['ours', ours]]) {
      log(`  ${name.padEnd(8)} first picture ${fmt(r.readyMs)} ms · ${fmt(r.kb)} KB gz · redraw ${fmt(r.redraw?.median)}/${fmt(r.redraw?.p95)} ms${r.redraw?.animating ? ' (flows moving)' : ''} · pan ${fmt(r.pan?.median)}/${fmt(r.pan?.p95)} ms`
        + `${r.hover ? ` · hover: route ${fmt(r.hover.route)} ms, port ${fmt(r.hover.port)} ms` : ''} · heap ${fmt(r.peakHeapMb, 1)} MB${r.errors.length ? ` · errors: ${r.errors.join(' | ')}` : ''}`);
    }
    if (ours.breakdown) log(`  ours, where a still frame of ${fmt(ours.breakdown.all)} ms goes: ${ours.breakdown.rows.map(([name, ms]) => `${name} ${fmt(ms)}`).join(' · ')} ms`);
    if (product) {
      results.product = product;
      log(`  product  first picture ${fmt(product.readyMs)} ms · ${fmt(product.kb)} KB gz · frame ${fmt(product.redraw?.median)}/${fmt(product.redraw?.p95)} ms · pan ${fmt(product.pan?.median)}/${fmt(product.pan?.p95)} ms`
        + `${product.hover ? ` · hover: route ${fmt(product.hover.route)} ms, port ${fmt(product.hover.port)} ms` : ''} · heap ${fmt(product.peakHeapMb, 1)} MB${product.errors.length ? ` · errors: ${product.errors.join(' | ')}` : ''}`);
    }
    log(`  ratio    first picture ${ratio(ours.readyMs, baseline.readyMs)} · bytes ${ratio(ours.kb, baseline.kb)} · frame ${ratio(ours.redraw?.median ?? null, baseline.redraw?.median ?? null)} · pan ${ratio(ours.pan?.median ?? null, baseline.pan?.median ?? null)}`);
  }
}

/**
 * The first picture as a visitor sees it, however it is made (scripts/first-picture.mjs): the bare
 * page, ours with one tag and the product page, in turn, at each size. The smoke run takes one
 * load of the bare page and of ours at one size, in rows of the same shape.
 */
async function firstPictures() {
  const loads = quick || smoke ? 1 : 3;
  const pages = ['/bench/baseline.html', '/bench/ours.html', '/index.html'];
  const rows = smoke ? [{size: `${VIEWPORT.width}×${VIEWPORT.height}`, pages: []}] : await step('first picture', () => firstPictureRows(browser, base, pages, gzipped, loads));
  // The smoke run takes the step for the bare page and ours; the product page runs the same code,
  // and the scaling rows have already loaded it once.
  for (const path of smoke ? pages.slice(0, 2) : []) {
    const {firstMs, readyMs, kb, frames: seen} = await step(`${path}: first picture`, () => measureFirstPicture(browser, base + path.slice(1), VIEWPORT, gzipped));
    // The step works if the screencast saw frames; whether one matches the final picture is a
    // figure, and under a loaded machine's timing it may not (a full run records it as missing).
    need(seen || null, `${path}: first picture: no screencast frames`);
    rows[0].pages.push({path, firstMs, readyMs, kb});
  }
  results.firstPicture = {loads, tolerance: TOLERANCE, rows};
  log(`\nfirst picture on screen (${loads} load${loads === 1 ? '' : 's'} each, motion reduced; within ${TOLERANCE.pixels * 100}% of the picture 2.5 s after ready)`);
  for (const {size, pages: [b, ...ps]} of results.firstPicture.rows) {
    log(`  ${size}: baseline first picture ${fmt(b.firstMs)} ms · ready ${fmt(b.readyMs)} ms · ${fmt(b.kb)} KB gz before it`);
    for (const p of ps) log(`  ${' '.repeat(size.length)}  ${p.path === '/index.html' ? 'product ' : 'ours    '} first picture ${fmt(p.firstMs)} ms (${ratio(p.firstMs, b.firstMs)}) · ready ${fmt(p.readyMs)} ms (${ratio(p.readyMs, b.readyMs)}) · ${fmt(p.kb)} KB gz before it (${ratio(p.kb, b.kb)})`);
  }
}
