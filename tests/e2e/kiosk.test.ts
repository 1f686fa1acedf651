/**
 * A kiosk: `autoplay="2"` moves the camera on every two seconds, faster than a chapter's flight
 * (2.4 s) lets the map go idle. The map must still become ready, once; the story panel must follow
 * the camera; and a minute of it must keep no memory.
 */
import {expect, it} from 'vitest';
import {useServerAndBrowser} from './serve';
import {heapAfterGc, mb} from './heap';

const env = useServerAndBrowser();

interface Kiosk {
  readies: number;
  chapters: string[];
}

it('autoplay every 2 s for a minute: ready once, the panel shows each chapter the camera goes to, and the heap stays flat', async () => {
  const page = await env.browser.newPage({viewport: {width: 640, height: 360}});
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as {kiosk: Kiosk};
    w.kiosk = {readies: 0, chapters: []};
    addEventListener('route-map-ready', () => w.kiosk.readies++);
    addEventListener('route-map-chapter', (e) => w.kiosk.chapters.push((e as CustomEvent).detail.id));
  });
  await page.goto(`${env.origin}/kiosk.html`);
  const kiosk = () => page.evaluate(() => (window as unknown as {kiosk: Kiosk}).kiosk);
  await expect.poll(async () => (await kiosk()).readies, {timeout: 30_000, interval: 250}).toBe(1);
  const cdp = await page.context().newCDPSession(page);
  /** The chapter the element is at, and what its panel says. */
  const shown = () => page.evaluate(() => {
    const el = document.querySelector('route-map') as HTMLElement & {chapter?: string; storyData?: {chapters: {id: string; title: {en: string}}[]}};
    const root = el.shadowRoot!;
    return {
      chapter: el.storyData!.chapters.find((c) => c.id === el.chapter)?.title.en,
      panel: root.querySelector('.chapter-title')?.textContent?.trim(),
      waiting: !!root.querySelector('.panel.waiting, .status[role=status]'),
    };
  });
  // The first loop through the story loads once what later loops reuse (the finer coastlines, the
  // parts); the rest of the minute must hold nothing more.
  const seen: string[] = [];
  const look = async () => {
    const now = await shown();
    expect(now.waiting, 'the panel waits for a map that is already drawn').toBe(false);
    expect(now.panel).toBe(now.chapter);
    seen.push(now.chapter!);
  };
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(6000);
    await look();
  }
  const before = await heapAfterGc(cdp);
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(6000);
    await look();
  }
  const after = await heapAfterGc(cdp);
  const {readies, chapters} = await kiosk();
  console.log(`kiosk: ${chapters.length} chapters in about a minute after ready, ${readies} ready event; held ${mb(before.held)} → ${mb(after.held)}, V8's compiled code ${mb(before.code)} → ${mb(after.code)}`);
  expect(readies).toBe(1);
  // Every 2 s for a minute and more: about 30 chapters; a kiosk that stalls shows a handful.
  expect(chapters.length).toBeGreaterThanOrEqual(25);
  expect(new Set(seen).size, 'the panel moved on').toBeGreaterThan(3);
  expect(after.held - before.held).toBeLessThan(1024 * 1024);
  expect(uncaught).toEqual([]);
  await page.close();
}, 150_000);
