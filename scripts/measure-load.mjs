#!/usr/bin/env node
// Loads the built demo page (dist/site) in headless Chromium and prints: milliseconds from
// navigation to <route-map>'s route-map-ready (median of N loads) and the gzip kilobytes of
// every file the page fetched before that event. Figures, not assertions.
//   npm run build && node scripts/measure-load.mjs [loads=5]
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {preview} from 'vite';
import {chromium} from 'playwright-core';

const loads = Number(process.argv[2] ?? 5);
const root = fileURLToPath(new URL('../dist/site/', import.meta.url));
const server = await preview({preview: {port: 4173, host: '127.0.0.1', strictPort: false}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});

const times = [];
let files = [];
for (let i = 0; i < loads; i++) {
  // A fresh context each time: no HTTP cache, like a first visit.
  const context = await browser.newContext({viewport: {width: 1280, height: 720}});
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__readyAt = performance.now())));
  // Request events also see what MapLibre's worker fetches, which the page's resource timing does not.
  const requested = [];
  let counting = true;
  page.on('request', (r) => counting && requested.push(new URL(r.url()).pathname));
  await page.goto(base);
  await page.waitForFunction(() => window.__readyAt, null, {timeout: 60_000});
  counting = false;
  times.push(await page.evaluate(() => window.__readyAt));
  files = requested;
  await context.close();
}
// Frame time with the flows moving: 5 s of requestAnimationFrame intervals on the default view.
{
  const page = await browser.newPage({viewport: {width: 1280, height: 720}});
  await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__ready = true)));
  await page.goto(base);
  await page.waitForFunction(() => window.__ready, null, {timeout: 60_000});
  const frames = await page.evaluate(() => new Promise((resolve) => {
    const deltas = [];
    let last = performance.now();
    const end = last + 5000;
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve({deltas, animating: document.querySelector('route-map').animating});
    };
    requestAnimationFrame(tick);
  }));
  const sorted = [...frames.deltas].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`\nframe time over 5 s with the flows ${frames.animating ? 'moving' : 'still'}: median ${pick(0.5).toFixed(1)} ms, 95th percentile ${pick(0.95).toFixed(1)} ms (${sorted.length} frames)`);
  await page.close();
}
await browser.close();
server.httpServer.close();

const rows = [...new Set(files)].map((path) => {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const bytes = readFileSync(root + decodeURIComponent(file.replace(/^\//, '')));
  return {file, kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024};
});
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`navigation → route-map-ready over ${loads} loads: median ${median.toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')})`);
console.log('\nfiles loaded before route-map-ready (gzip level 6):');
for (const r of rows.sort((a, b) => b.gzipKb - a.gzipKb)) console.log(`  ${r.gzipKb.toFixed(1).padStart(7)} KB gz  ${r.kb.toFixed(1).padStart(8)} KB  ${r.file}`);
const sum = (kind) => rows.filter((r) => kind(r.file)).reduce((s, r) => s + r.gzipKb, 0);
const isJs = (f) => /\.(m?js)$/.test(f);
const isData = (f) => /\.(geojson|json)$/.test(f);
console.log(`\n  JavaScript ${sum(isJs).toFixed(0)} KB gz · data ${sum(isData).toFixed(0)} KB gz · fonts ${sum((f) => f.endsWith('.woff2')).toFixed(0)} KB · total ${sum(() => true).toFixed(0)} KB`);
