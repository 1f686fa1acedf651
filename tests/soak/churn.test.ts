/**
 * Thirty full cycles (drawn, then removed) must leave nothing behind: no removed element or map
 * reachable, and under 1 MB more held in all after garbage collection (V8's compiled code apart:
 * see ../e2e/heap.ts). A page that shows the map on one route of many keeps nothing of each visit.
 */
import {expect, it} from 'vitest';
import {useServerAndBrowser} from '../e2e/serve';
import {heapAfterGc, mb} from '../e2e/heap';
import {cycle, keptAfterGc, pageWithTracking} from '../e2e/churn-page';

const env = useServerAndBrowser();

it('30 full cycles (drawn, then removed): each removed element and map is collected, and the page holds under 1 MB more in all', async () => {
  const {page, uncaught} = await pageWithTracking(env.browser, env.origin);
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
  const kept = await keptAfterGc(page, cdp);
  console.log(`heap after 3 warm-up cycles ${mb(before.total)} (code ${mb(before.code)}); after 10, 20 and 30 more: held ${after10.map((h) => mb(h.held - before.held)).join(', ')}, `
    + `V8's compiled code ${after10.map((h) => mb(h.code - before.code)).join(', ')} more`);
  expect(kept, 'the last removed element and its MapLibre map are garbage').toEqual([false, false]);
  // The goal: a page that shows a map on one route of many keeps nothing of each visit.
  expect(after.held - before.held).toBeLessThan(1024 * 1024);
  expect(uncaught).toEqual([]);
  await page.close();
}, 400_000);
