/**
 * Golden images of key views. After a deliberate visual change, regenerate them with
 * `npm run test:update-golden`, look at every changed PNG, and commit them with the change.
 */
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {page} from 'vitest/browser';
import {flyTo, mount} from '../browser/helpers';
import type {RouteMap} from '../../src/index';

/** Everything drawn, the labels placed clear of the interface and faded in. */
async function settledLabels(el: RouteMap) {
  await el.settled();
  await new Promise((r) => setTimeout(r, 400));
  await el.settled();
}

afterEach(async () => {
  document.querySelectorAll('route-map:not([data-shared])').forEach((el) => el.remove());
  await page.viewport(1024, 640);
});

// Golden images are taken with reduced motion: the flows stand still.
it('default view: Latin America to Europe', async () => {
  const {el, ready} = mount({'reduced-motion': ''});
  await ready;
  await expect.element(page.elementLocator(el)).toMatchScreenshot('default-view');
});

it('close-up: the Rotterdam–Antwerp delta at zoom 7, with 10m coastlines', async () => {
  const {el, ready} = mount({'reduced-motion': ''});
  await ready;
  await flyTo(el, [4.2, 51.6], 7);
  // The 10m shapes arrive after the first zoom past 4.5; wait for them to be drawn.
  await el.settled();
  await expect.element(page.elementLocator(el)).toMatchScreenshot('rotterdam-antwerp-delta');
});

// Every chapter as a presenter shows it: the key docked clear of the chapter's places, its places
// named. One map steps through the chapters, as a presenter's does (and as quick as one start).
describe('presenter mode at 1920×1080', () => {
  let shared: Promise<RouteMap> | undefined;
  const presenterMap = () => (shared ??= (async () => {
    const {el, ready} = mount({presenter: '', 'reduced-motion': '', 'data-shared': ''}, {width: 1920, height: 1080});
    await ready;
    return el;
  })());
  afterAll(async () => (await shared)?.remove());

  // The coalition at its three dates: December 2021, 7 October 2022, 7 May 2024.
  const CHAPTERS = ['hub', 'source', 'transit', 'mainports', 'onward', 'synthetics', 'coalition', 'coalition-2022', 'coalition-2024', 'money', 'organisations'];
  for (const [i, chapter] of CHAPTERS.entries()) {
    it(`the ${chapter} chapter on a projector`, async () => {
      await page.viewport(1920, 1080);
      const el = await presenterMap();
      await el.goTo(i, {animate: false});
      expect(el.chapter).toBe(chapter);
      await settledLabels(el);
      await expect.element(page.elementLocator(el)).toMatchScreenshot(`presenter-${chapter}`);
    });
  }
});

it('a phone, 390×844: the default view', async () => {
  await page.viewport(390, 844);
  const {el, ready} = mount({'reduced-motion': ''}, {width: 390, height: 844});
  await ready;
  await settledLabels(el);
  await expect.element(page.elementLocator(el)).toMatchScreenshot('phone-default');
});

it('a phone, 390×844: Guayaquil selected, its flows above the details sheet', async () => {
  await page.viewport(390, 844);
  const {el, ready} = mount({'reduced-motion': '', selected: 'guayaquil'}, {width: 390, height: 844});
  await ready;
  await settledLabels(el);
  await expect.element(page.elementLocator(el)).toMatchScreenshot('phone-guayaquil');
});
