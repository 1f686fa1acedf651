#!/usr/bin/env node
// Steps the time control on the built demo (dist/site) in headless Chromium, as a keyboard user
// would, and prints the time from key press to the map settled (the new moment drawn, everything
// in view loaded), a month at a time (ArrowRight) and by choosing events (Enter in the strip).
// Figures, not assertions.
//   npm run build && node scripts/measure-time.mjs
import {preview} from 'vite';
import {chromium} from 'playwright-core';

const server = await preview({preview: {port: 4175, host: '127.0.0.1'}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
const page = await browser.newPage({viewport: {width: 1280, height: 720}, reducedMotion: 'reduce'});
await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__ready = true)));
await page.goto(base);
await page.waitForFunction(() => window.__ready, null, {timeout: 60_000});
// Outside the story the time bar is open; start in January 2021.
await page.evaluate(async () => {
  const el = document.querySelector('route-map');
  el.leaveStory();
  el.date = '2021-01';
  await el.updateComplete;
  await el.settled();
});

/** Presses `key` on the element `selector` finds in the shadow root; resolves with the ms until the map has settled. */
async function press(selector, key) {
  await page.evaluate((selector) => {
    const el = document.querySelector('route-map');
    el.shadowRoot.querySelector(selector).focus();
    window.__settled = new Promise((resolve) => {
      addEventListener('keydown', () => {
        const t0 = performance.now();
        // After the keydown's own handlers: the update it caused, then everything drawn.
        setTimeout(async () => {
          await el.updateComplete;
          await el.settled();
          resolve(performance.now() - t0);
        });
      }, {once: true, capture: true});
    });
  }, selector);
  await page.keyboard.press(key);
  return page.evaluate(() => window.__settled);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const months = [];
for (let i = 0; i < 12; i++) months.push(await press('.time-axis input', 'ArrowRight'));
console.log(`a month on (ArrowRight on the slider) → map settled: median ${median(months).toFixed(0)} ms (${months.map((t) => t.toFixed(0)).join(', ')})`);
const events = [];
await page.evaluate(() => document.querySelector('route-map').shadowRoot.querySelector('.time-events button').focus());
for (let i = 0; i < 10; i++) {
  events.push(await press('.time-events button[tabindex="0"]', 'Enter'));
  await page.keyboard.press('ArrowRight');
}
console.log(`choosing an event (Enter in the strip) → map settled: median ${median(events).toFixed(0)} ms (${events.map((t) => t.toFixed(0)).join(', ')})`);
await browser.close();
server.httpServer.close();
