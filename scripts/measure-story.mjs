#!/usr/bin/env node
// Steps through the story on the built demo (dist/site) in headless Chromium with PageDown, as a
// clicker would, and prints the time from key press to the camera settling (map idle), per
// chapter and as a median, with the flight and with reduced motion. Figures, not assertions.
//   npm run build && node scripts/measure-story.mjs
import {preview} from 'vite';
import {chromium} from 'playwright-core';

const server = await preview({preview: {port: 4174, host: '127.0.0.1'}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});

async function run(reducedMotion) {
  const page = await browser.newPage({viewport: {width: 1280, height: 720}, reducedMotion: reducedMotion ? 'reduce' : 'no-preference'});
  await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__ready = true)));
  await page.goto(`${base}#chapter=hub`);
  await page.waitForFunction(() => window.__ready, null, {timeout: 60_000});
  await page.evaluate(() => document.querySelector('route-map').settled());
  const times = [];
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => {
      const el = document.querySelector('route-map');
      el.map.getCanvas().focus();
      window.__settled = new Promise((resolve) => {
        addEventListener('keydown', () => {
          const t0 = performance.now();
          // Settled: the camera has stopped and everything in view is drawn.
          el.map.once('moveend', () => el.map.once('idle', () => resolve(performance.now() - t0)));
        }, {once: true, capture: true});
      });
    });
    await page.keyboard.press('PageDown');
    times.push(await page.evaluate(() => window.__settled));
  }
  await page.close();
  return times;
}

for (const reduced of [false, true]) {
  const times = await run(reduced);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${reduced ? 'reduced motion' : 'flying        '}: key press → camera settled, median ${sorted[4].toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
}
await browser.close();
server.httpServer.close();
