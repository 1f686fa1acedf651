/**
 * Churn: the element made and removed 25 times, moved between parents 20 times, and 10 full
 * cycles measured for heap growth after garbage collection. WebGL contexts must not pile up.
 * (A map kept alive holds megabytes: ten cycles show it as plainly as thirty, in a third of the time.)
 */
import {expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useServerAndBrowser} from './serve';

const env = useServerAndBrowser();

/** Counts WebGL contexts the page creates and how many are still live (not lost). */
function trackContexts() {
  // Weak references: the tracker must not itself keep removed maps alive.
  const contexts: WeakRef<WebGLRenderingContext>[] = [];
  const known = new WeakSet<object>();
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (context && /webgl/.test(type) && !known.has(context)) {
      known.add(context);
      contexts.push(new WeakRef(context as WebGLRenderingContext));
    }
    return context;
  } as typeof original;
  const w = window as unknown as {contexts: () => {made: number; live: number}; peak: number};
  w.peak = 0;
  w.contexts = () => {
    const live = contexts.filter((c) => {
      const context = c.deref();
      return context && !context.isContextLost();
    }).length;
    w.peak = Math.max(w.peak, live);
    return {made: contexts.length, live};
  };
}

async function pageWithTracking(): Promise<{page: Page; warnings: string[]; uncaught: string[]}> {
  const page = await env.browser.newPage({viewport: {width: 800, height: 600}});
  const warnings: string[] = [];
  const uncaught: string[] = [];
  page.on('console', (m) => { if (/WebGL|context/i.test(m.text()) && m.type() !== 'log') warnings.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(trackContexts);
  await page.goto(`${env.origin}/churn.html`);
  await page.waitForFunction(() => customElements.get('route-map'));
  return {page, warnings, uncaught};
}

/**
 * Makes a map in #one, waits (for its first picture, for its MapLibre map to be made, which comes
 * after the poster, or some milliseconds), and removes it.
 */
const cycle = (page: Page, waitReady: boolean, linger: number | 'map') => page.evaluate(async ({waitReady, linger}) => {
  const el = document.createElement('route-map');
  el.setAttribute('reduced-motion', '');
  const ready = new Promise((resolve) => el.addEventListener('route-map-ready', resolve, {once: true}));
  document.getElementById('one')!.append(el);
  if (waitReady) await ready;
  else if (linger === 'map') {
    while (!(el as unknown as {map?: unknown}).map) await new Promise((r) => setTimeout(r, 5));
  } else await new Promise((r) => setTimeout(r, linger));
  (window as unknown as {contexts: () => unknown}).contexts();
  el.remove();
}, {waitReady, linger});

it('made and removed 25 times, then moved 20 times: never more live WebGL contexts than one map needs, no warning', async () => {
  const {page, warnings, uncaught} = await pageWithTracking();
  // Removed at every stage of starting: at once, over the poster, as its map is made, and once drawn.
  for (let i = 0; i < 25; i++) await cycle(page, i % 10 === 9, ([0, 50, 600, 'map', 'map'] as const)[i % 5]);
  const afterChurn = await page.evaluate(() => (window as unknown as {contexts: () => {made: number; live: number}}).contexts());
  expect(afterChurn.live).toBe(0);
  // Moved between parents, sometimes before it has drawn; it ends up working.
  const moved = await page.evaluate(async () => {
    const el = document.createElement('route-map');
    el.setAttribute('reduced-motion', '');
    const w = window as unknown as {contexts: () => {live: number}};
    let readies = 0;
    el.addEventListener('route-map-ready', () => readies++);
    document.getElementById('one')!.append(el);
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, i % 4 === 3 ? 2500 : 100));
      document.getElementById(i % 2 ? 'one' : 'two')!.append(el);
      w.contexts();
    }
    await new Promise<void>((resolve) => el.addEventListener('route-map-ready', () => resolve(), {once: true}));
    const live = w.contexts().live;
    const drawn = !!(el as unknown as {map?: unknown}).map;
    el.remove();
    return {live, drawn, readies, after: w.contexts().live};
  });
  expect(moved).toMatchObject({live: 1, drawn: true, after: 0});
  const peak = await page.evaluate(() => (window as unknown as {peak: number}).peak);
  const made = await page.evaluate(() => (window as unknown as {contexts: () => {made: number}}).contexts().made);
  console.log(`churn: ${made} WebGL contexts made over 46 starts, at most ${peak} live at once; ${moved.readies} ready events while moving`);
  expect(peak).toBe(1);
  expect(warnings).toEqual([]);
  expect(uncaught).toEqual([]);
  await page.close();
}, 300_000);

it('10 full cycles (drawn, then removed) grow the JS heap by less than 2 MB after garbage collection', async () => {
  const {page, uncaught} = await pageWithTracking();
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Warm up: code, fonts, the basemap and the caches every later map shares.
  for (let i = 0; i < 3; i++) await cycle(page, true, 0);
  const before = await heap();
  for (let i = 0; i < 10; i++) await cycle(page, true, 0);
  const after = await heap();
  const growth = (after - before) / 1024 / 1024;
  console.log(`heap after 3 warm-up cycles ${(before / 1024 / 1024).toFixed(1)} MB, after 10 more ${(after / 1024 / 1024).toFixed(1)} MB: ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB`);
  expect(growth).toBeLessThan(2);
  expect(uncaught).toEqual([]);
  await page.close();
}, 300_000);
