/**
 * Churn: the element made and removed at every stage of its start, moved between parents, and 30
 * full cycles (drawn, then removed) that must leave nothing behind: no live WebGL context, no
 * removed element or map reachable, and under 1 MB more held in all after garbage collection
 * (V8's compiled code apart: see heap.ts).
 */
import {expect, it} from 'vitest';
import type {CDPSession, Page} from 'playwright-core';
import {useServerAndBrowser} from './serve';
import {heapAfterGc, mb} from './heap';

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
 * after the poster, or some milliseconds), and removes it. With `keep`, the page holds weak
 * references to the element and its map in `window.removed`, which let them go.
 */
const cycle = (page: Page, linger: number | 'map' | 'ready', keep = false) => page.evaluate(async ({linger, keep}) => {
  const el = document.createElement('route-map') as HTMLElement & {map?: object};
  el.setAttribute('reduced-motion', '');
  const ready = new Promise((resolve) => el.addEventListener('route-map-ready', resolve, {once: true}));
  document.getElementById('one')!.append(el);
  if (linger === 'ready') await ready;
  else if (linger === 'map') {
    while (!el.map) await new Promise((r) => setTimeout(r, 5));
  } else await new Promise((r) => setTimeout(r, linger));
  const w = window as unknown as {contexts: () => unknown; removed?: WeakRef<object>[]};
  w.contexts();
  if (keep) w.removed = [new WeakRef(el), new WeakRef(el.map!)];
  el.remove();
}, {linger, keep});

const collectGarbage = (cdp: CDPSession) => cdp.send('HeapProfiler.collectGarbage');

it('made and removed at every stage of its start, then moved between parents: never more live WebGL contexts than one map needs, no warning', async () => {
  const {page, warnings, uncaught} = await pageWithTracking();
  // Removed at every stage of starting: at once, over the poster, as its map is made, and once drawn.
  for (const linger of [0, 50, 600, 'map', 'ready'] as const) await cycle(page, linger);
  const afterChurn = await page.evaluate(() => (window as unknown as {contexts: () => {made: number; live: number}}).contexts());
  expect(afterChurn.live).toBe(0);
  // Moved between parents, before it has drawn and once it has; it ends up working.
  const moved = await page.evaluate(async () => {
    const el = document.createElement('route-map');
    el.setAttribute('reduced-motion', '');
    const w = window as unknown as {contexts: () => {live: number}};
    let readies = 0;
    el.addEventListener('route-map-ready', () => readies++);
    const nextReady = () => new Promise<void>((resolve) => el.addEventListener('route-map-ready', () => resolve(), {once: true}));
    document.getElementById('one')!.append(el);
    for (let i = 0; i < 12; i++) {
      await (i % 4 === 3 ? nextReady() : new Promise((r) => setTimeout(r, 100)));
      document.getElementById(i % 2 ? 'one' : 'two')!.append(el);
      w.contexts();
    }
    await nextReady();
    const live = w.contexts().live;
    const drawn = !!(el as unknown as {map?: unknown}).map;
    el.remove();
    return {live, drawn, readies, after: w.contexts().live};
  });
  expect(moved).toMatchObject({live: 1, drawn: true, after: 0});
  // Three moves waited for a picture, and the last: each a new start, each ready once.
  expect(moved.readies).toBe(4);
  const peak = await page.evaluate(() => (window as unknown as {peak: number}).peak);
  const made = await page.evaluate(() => (window as unknown as {contexts: () => {made: number}}).contexts().made);
  console.log(`churn: ${made} WebGL contexts made over 18 starts, at most ${peak} live at once`);
  expect(peak).toBe(1);
  expect(warnings).toEqual([]);
  expect(uncaught).toEqual([]);
  await page.close();
}, 300_000);

it('30 full cycles (drawn, then removed): each removed element and map is collected, and the page holds under 1 MB more in all', async () => {
  const {page, uncaught} = await pageWithTracking();
  const cdp = await page.context().newCDPSession(page);
  // Warm-up: the code, fonts, basemap and data every later map shares.
  for (let i = 0; i < 3; i++) await cycle(page, 'ready');
  const before = await heapAfterGc(cdp);
  const after10 = [];
  for (let i = 0; i < 30; i++) {
    await cycle(page, 'ready', i === 29);
    if (i % 10 === 9) after10.push(await heapAfterGc(cdp));
  }
  const after = after10.at(-1)!;
  // The last removed map is the one most likely to be held (by a listener, a timer, an error's stack, a cache).
  await collectGarbage(cdp);
  const kept = await page.evaluate(() => (window as unknown as {removed: WeakRef<object>[]}).removed.map((r) => !!r.deref()));
  console.log(`heap after 3 warm-up cycles ${mb(before.total)} (code ${mb(before.code)}); after 10, 20 and 30 more: held ${after10.map((h) => mb(h.held - before.held)).join(', ')}, `
    + `V8's compiled code ${after10.map((h) => mb(h.code - before.code)).join(', ')} more`);
  expect(kept, 'the last removed element and its MapLibre map are garbage').toEqual([false, false]);
  // The goal: a page that shows a map on one route of many keeps nothing of each visit.
  expect(after.held - before.held).toBeLessThan(1024 * 1024);
  expect(uncaught).toEqual([]);
  await page.close();
}, 400_000);
