/**
 * A kiosk page for tests/e2e/kiosk.test.ts and tests/soak/kiosk.test.ts: `kiosk.html?every=N`
 * autoplays the story every N seconds; this counts its ready and chapter events and reads what the
 * story panel shows.
 */
import {expect} from 'vitest';
import type {Browser} from 'playwright-core';

interface Kiosk {
  readies: number;
  chapters: string[];
}

/** Opens the kiosk and waits for its one ready event. */
export async function openKiosk(browser: Browser, origin: string, every: number) {
  const page = await browser.newPage({viewport: {width: 640, height: 360}});
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as {kiosk: Kiosk};
    w.kiosk = {readies: 0, chapters: []};
    addEventListener('route-map-ready', () => w.kiosk.readies++);
    addEventListener('route-map-chapter', (e) => w.kiosk.chapters.push((e as CustomEvent).detail.id));
  });
  await page.goto(`${origin}/kiosk.html?every=${every}`);
  const kiosk = () => page.evaluate(() => (window as unknown as {kiosk: Kiosk}).kiosk);
  await expect.poll(async () => (await kiosk()).readies, {timeout: 30_000, interval: 250}).toBe(1);

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
  /** Resolves when the story comes round to its first chapter again: the same point of each loop. */
  const nextLoop = () => page.evaluate(() => new Promise<void>((resolve) => {
    const first = (document.querySelector('route-map') as HTMLElement & {storyData: {chapters: {id: string}[]}}).storyData.chapters[0].id;
    const on = (e: Event) => {
      if ((e as CustomEvent).detail.id !== first) return;
      removeEventListener('route-map-chapter', on);
      resolve();
    };
    addEventListener('route-map-chapter', on);
  }));
  /** The chapters the panel showed, each checked against the element's. */
  const seen: string[] = [];
  /** Looks at the panel a few times per chapter until the story comes round to its first chapter again. */
  const watchLoop = async () => {
    const loop = nextLoop();
    let done = false;
    void loop.then(() => { done = true; });
    while (!done) {
      const now = await shown();
      expect(now.waiting, 'the panel waits for a map that is already drawn').toBe(false);
      expect(now.panel).toBe(now.chapter);
      seen.push(now.chapter!);
      await Promise.race([loop, page.waitForTimeout(every * 1000 * 0.6)]);
    }
  };
  return {page, uncaught, kiosk, seen, watchLoop};
}
