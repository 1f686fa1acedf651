/**
 * Churn: the element made and removed at every stage of its start and moved between parents, with
 * never more live WebGL contexts than one map needs; and a removed element and its map collected.
 * Thirty cycles with the page's whole heap measured are `npm run test:soak` (tests/soak/churn.test.ts).
 */
import {expect, it} from 'vitest';
import {useServerAndBrowser} from './serve';
import {cycle, keptAfterGc, pageWithTracking} from './churn-page';

const env = useServerAndBrowser();

it('made and removed at every stage of its start, then moved between parents: never more live WebGL contexts than one map needs, no warning', async () => {
  const {page, warnings, uncaught} = await pageWithTracking(env.browser, env.origin);
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

it('a removed element and its MapLibre map are garbage once collected, nothing keeping them (a listener, a timer, an error\'s stack, a cache)', async () => {
  const {page, uncaught} = await pageWithTracking(env.browser, env.origin);
  const cdp = await page.context().newCDPSession(page);
  // The first map loads what every later one shares; the second is the one watched.
  await cycle(page, 'ready');
  await cycle(page, 'ready', true);
  const kept = await keptAfterGc(page, cdp);
  expect(kept, 'the removed element and its MapLibre map are garbage').toEqual([false, false]);
  expect(uncaught).toEqual([]);
  await page.close();
}, 120_000);
