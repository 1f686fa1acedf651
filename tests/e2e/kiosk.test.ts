/**
 * A kiosk: `autoplay="1"` moves the camera on every second, far faster than a chapter's flight
 * (2.4 s) lets the map go idle. The map must still become ready, once, and the story panel must
 * follow the camera through a whole loop. Four loops at 2 s with the heap measured are
 * `npm run test:soak` (tests/soak/kiosk.test.ts).
 */
import {expect, it} from 'vitest';
import {useServerAndBrowser} from './serve';
import {openKiosk} from './kiosk-page';

const env = useServerAndBrowser();

it('autoplay every second: ready once, and the panel shows each chapter the camera goes to, a whole loop', async () => {
  const {page, uncaught, kiosk, seen, watchLoop} = await openKiosk(env.browser, env.origin, 1);
  await watchLoop();
  await watchLoop();
  const {readies, chapters} = await kiosk();
  console.log(`kiosk at 1 s: ${chapters.length} chapters after ready, ${readies} ready event, the panel seen at ${new Set(seen).size} chapters`);
  expect(readies).toBe(1);
  // A loop or two of eleven chapters; a kiosk that stalls never comes round (and the test times out).
  expect(chapters.length).toBeGreaterThanOrEqual(12);
  expect(new Set(seen).size, 'the panel moved on').toBeGreaterThan(5);
  expect(uncaught).toEqual([]);
  await page.close();
}, 90_000);
