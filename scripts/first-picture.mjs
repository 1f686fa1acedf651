#!/usr/bin/env node
// The first picture as a visitor sees it, the same way for any page however it makes its picture
// (issue 19): from navigation, the page's screen as it paints (a DevTools screencast, one frame at
// least ~150 ms after the last); the final picture is the page 2.5 s after it says it is ready,
// motion reduced; the first picture is the first frame within 3% of the final one, where a pixel
// counts as different when its red, green and blue differences sum to more than 24.
// Used by scripts/bench.mjs; on its own it measures the built bench pages (npm run bench builds them):
//   node scripts/first-picture.mjs [loads=3]
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {PNG} from 'pngjs';

export const SPACING_MS = 150;
export const FINAL_AFTER_MS = 2500;
export const TOLERANCE = {pixels: 0.03, levels: 24};

/** Share of pixels that differ by more than `levels`, summed over R, G and B; 1 when the sizes differ. */
export function differingShare(a, b, levels = TOLERANCE.levels) {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > levels) differ++;
  }
  return differ / (a.width * a.height);
}

const decode = (base64) => PNG.sync.read(Buffer.from(base64, 'base64'));

/**
 * One fresh load of `url` at `viewport`: milliseconds from navigation to the first picture and to
 * ready (`window.__readyAt`, which bench pages set, or route-map-ready), and the gzip kilobytes the
 * page had fetched when its first picture showed. `served(path)` gives a fetched file's bytes.
 */
export async function measureFirstPicture(browser, url, viewport, served) {
  const context = await browser.newContext({viewport, reducedMotion: 'reduce'});
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__readyAt ??= performance.now())));
  const cdp = await context.newCDPSession(page);
  const frames = [];
  cdp.on('Page.screencastFrame', ({data, sessionId, metadata}) => {
    frames.push({at: metadata.timestamp * 1000, data});
    // The next frame comes once this one is acknowledged: acknowledging late spaces them out.
    setTimeout(() => cdp.send('Page.screencastFrameAck', {sessionId}).catch(() => {}), SPACING_MS);
  });
  const finished = [];
  const origin = new URL(url).origin;
  page.on('requestfinished', (r) => { if (r.url().startsWith(origin)) finished.push({at: Date.now(), path: new URL(r.url()).pathname}); });
  await cdp.send('Page.startScreencast', {format: 'png', maxWidth: viewport.width, maxHeight: viewport.height, everyNthFrame: 1});
  await page.goto(url);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  await page.waitForFunction(() => window.__readyAt, null, {timeout: 300_000, polling: 100});
  const readyMs = await page.evaluate(() => window.__readyAt);
  await page.waitForTimeout(FINAL_AFTER_MS);
  await cdp.send('Page.stopScreencast');
  const final = decode((await page.screenshot()).toString('base64'));
  let first;
  for (const frame of frames) {
    if (frame.at < timeOrigin) continue;
    const image = decode(frame.data);
    if (differingShare(image, final) <= TOLERANCE.pixels) { first = frame; break; }
  }
  const firstMs = first ? first.at - timeOrigin : null;
  const before = new Set(finished.filter((f) => first && f.at <= first.at).map((f) => f.path));
  const kb = [...before].reduce((sum, path) => sum + served(path), 0);
  await context.close();
  const files = [...before].map((path) => [path, served(path)]);
  return {firstMs, readyMs, kb, files, frames: frames.length};
}

/** Gzip (level 6) kilobytes of a file under `dir` as a static host with compression sends it, cached; 0 for one not there. */
export function gzipSizer(dir) {
  const cache = new Map();
  return (path) => {
    if (!cache.has(path)) {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      try {
        cache.set(path, gzipSync(readFileSync(dir + decodeURIComponent(file.replace(/^\//, '')))).length / 1024);
      } catch {
        cache.set(path, 0);
      }
    }
    return cache.get(path);
  };
}

export const SIZES = [{width: 1280, height: 720}, {width: 1920, height: 1080}, {width: 390, height: 844}];

/** The pages in turn (baseline, ours, baseline, …), `loads` times each, at each size: medians. */
export async function firstPictureRows(browser, base, pages, served, loads) {
  const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
  const rows = [];
  for (const viewport of SIZES) {
    const runs = pages.map(() => []);
    for (let i = 0; i < loads; i++) {
      for (const [k, path] of pages.entries()) runs[k].push(await measureFirstPicture(browser, base + path.replace(/^\//, ''), viewport, served));
    }
    rows.push({size: `${viewport.width}×${viewport.height}`, pages: pages.map((path, k) => ({
      path, firstMs: median(runs[k].map((r) => r.firstMs)), readyMs: median(runs[k].map((r) => r.readyMs)), kb: median(runs[k].map((r) => r.kb)),
      loads: runs[k].map((r) => [r.firstMs, r.readyMs].map((x) => (x === null ? null : Math.round(x)))),
    }))});
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {preview} = await import('vite');
  const {chromium} = await import('playwright-core');
  const loads = Number(process.argv[2] ?? 3);
  const root = fileURLToPath(new URL('../', import.meta.url));
  const server = await preview({root, preview: {port: 4176, host: '127.0.0.1'}, build: {outDir: 'dist/bench'}, logLevel: 'silent'});
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
  const pages = ['/bench/baseline.html', '/bench/ours.html', '/index.html'];
  const rows = await firstPictureRows(browser, server.resolvedUrls.local[0], pages, gzipSizer(`${root}dist/bench/`), loads);
  for (const {size, pages: ps} of rows) {
    console.log(size);
    const [b] = ps;
    for (const p of ps) {
      console.log(`  ${p.path.padEnd(22)} first picture ${Math.round(p.firstMs)} ms (${(p.firstMs / b.firstMs).toFixed(2)}×) · ready ${Math.round(p.readyMs)} ms (${(p.readyMs / b.readyMs).toFixed(2)}×) · ${p.kb.toFixed(0)} KB gz before the first picture (${(p.kb / b.kb).toFixed(2)}×) · loads ${JSON.stringify(p.loads)}`);
    }
  }
  await browser.close();
  server.httpServer.close();
}
