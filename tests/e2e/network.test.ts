/**
 * Network faults: a data or basemap URL that answers 404, answers HTML, never answers, or is cut
 * off half-way. Each map says so within a bounded time, once, and keeps the bundled layers.
 */
import {expect, it} from 'vitest';
import {useServerAndBrowser} from './serve';

const env = useServerAndBrowser();

interface Heard {
  type: string;
  id: string;
  at: number;
  detail: {message?: string; routes?: number};
}

const EXPECTED: Record<string, RegExp> = {
  'data-404': /fault\/404\.json: could not be loaded \(HTTP 404\)/,
  'data-html': /fault\/html\.json: is not valid JSON \(it looks like HTML\)/,
  'data-hang': /fault\/hang\.json: could not be loaded \(no answer within 15 s\)/,
  'data-cut': /fault\/cut\.json: could not be loaded \(.+\)/,
  'basemap-404': /fault\/404\.json: basemap style could not be used \(.*404.*\); showing the bundled basemap/,
  'basemap-html': /fault\/html\.json: basemap style could not be used \(.+\); showing the bundled basemap/,
  'basemap-hang': /fault\/hang\.json: basemap style could not be used \(no answer within 15 s\); showing the bundled basemap/,
  'basemap-cut': /fault\/cut\.json: basemap style could not be used \(.+\); showing the bundled basemap/,
};

it('404, HTML, no answer and a cut-off body, for data and for the basemap: one clear message each, in bounded time, bundled layers kept', async () => {
  // Still flows: eight maps moving their dashes on software WebGL would starve the page this test times.
  const page = await env.browser.newPage({viewport: {width: 1280, height: 600}, reducedMotion: 'reduce'});
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as {heard: Heard[]};
    w.heard = [];
    for (const type of ['route-map-ready', 'route-map-error']) {
      document.addEventListener(type, (e) => w.heard.push({type, id: (e.target as Element).id, at: performance.now(), detail: (e as CustomEvent).detail}));
    }
  });
  await page.goto(`${env.origin}/faults.html`);
  const heard = () => page.evaluate(() => (window as unknown as {heard: Heard[]}).heard);
  const readyIds = async () => [...new Set((await heard()).filter((h) => h.type === 'route-map-ready').map((h) => h.id))].sort();
  await expect.poll(readyIds, {timeout: 60_000, interval: 500}).toEqual(Object.keys(EXPECTED).sort());
  const all = await heard();
  const report: string[] = [];
  for (const [id, message] of Object.entries(EXPECTED)) {
    const errors = all.filter((h) => h.type === 'route-map-error' && h.id === id);
    expect(errors, id).toHaveLength(1);
    expect(errors[0].detail.message, id).toMatch(message);
    // Bounded: the 15 s time-out, plus the time to start a map on a busy machine. Alone this page
    // reports a hang at about 16 s; while the whole suite loads both cores, 22-33 s has been seen.
    // The bound tells a late answer from none, so it leaves room: time is the benchmark's to judge.
    expect(errors[0].at, id).toBeLessThan(45_000);
    const ready = all.find((h) => h.type === 'route-map-ready' && h.id === id)!;
    // The bundled layers are kept; if they are not, the error says which of their files failed.
    expect(ready.detail.routes, `${id}: ${errors[0].detail.message}`).toBe(34);
    const notice = await page.evaluate((i) => document.getElementById(i)!.shadowRoot!.querySelector('.problems')?.textContent ?? '', id);
    expect(notice, id).toMatch(message);
    report.push(`${id}: message after ${Math.round(errors[0].at)} ms, map ready after ${Math.round(ready.at)} ms`);
  }
  console.log(report.join('\n'));
  expect(uncaught).toEqual([]);
  await page.close();
}, 120_000);
