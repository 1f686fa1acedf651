/**
 * Golden images of key views. After a deliberate visual change, regenerate them with
 * `npm run test:update-golden`, look at every changed PNG, and commit them with the change.
 * The comparison sees a wrong country tint or a moved coastline (see vitest.config.ts); the
 * images depend on the browser, whose version is recorded in chromium-version.txt.
 */
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {page} from 'vitest/browser';
import {flyTo, mount} from '../browser/helpers';
import {lookAtChapter} from '../browser/stage-look';
import type {RouteMap} from '../../src/index';
import {matchGolden} from './golden';
/** Labels placed anew, whatever was shown before: MapLibre keeps where it put a name while the name stays in view. */
async function fromEmptyOcean(el: RouteMap) {
  el.map!.jumpTo({center: [-30, -45], zoom: 4});
  await el.settled();
}

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
  await matchGolden(el, 'default-view');
});

it('close-up: the Rotterdam–Antwerp delta at zoom 7, with 10m coastlines', async () => {
  const {el, ready} = mount({'reduced-motion': ''});
  await ready;
  await flyTo(el, [4.2, 51.6], 7);
  // The 10m shapes arrive after the first zoom past 4.5; wait for them to be drawn.
  await el.settled();
  await matchGolden(el, 'rotterdam-antwerp-delta');
});

// Names are placed by MapLibre, which may put one on the other side of its point from one run to the
// next; so the other goldens leave half a percent of the picture (vitest.config.ts). With the names
// hidden, nothing moves: here every pixel must match, and a coastline moved by a quarter of a degree
// (11 px) or a tint changed by a few levels fails.
it('the countries alone, western Europe at zoom 4.5 with 10m coastlines: tints and coasts, every pixel', async () => {
  const {el, ready} = mount();
  await ready;
  await flyTo(el, [2, 47], 4.5);
  const map = el.map!;
  for (const layer of map.getStyle().layers) if (layer.type === 'symbol') map.setLayoutProperty(layer.id, 'visibility', 'none');
  await el.settled();
  await matchGolden(el, 'countries-western-europe', {comparatorName: 'pixelmatch', comparatorOptions: {threshold: 0.05, allowedMismatchedPixelRatio: 0}});
});

// Every chapter as a presenter shows it: the key docked clear of the chapter's places, its places
// named, checked on the picture (as stage.test.ts does at a laptop's and a phone's size) and then
// against its golden. One map steps through the chapters, as a presenter's does (and as quick as one
// start); each chapter is reached from an empty stretch of ocean, so its labels do not depend on the
// one before.
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
    it(`the ${chapter} chapter on a projector: its highlighted places on screen, clear of the interface, named, and as its golden`, async () => {
      await page.viewport(1920, 1080);
      const el = await presenterMap();
      // Each chapter's picture as if shown first, so that each passes alone and in any order.
      await fromEmptyOcean(el);
      await el.goTo(i, {animate: false});
      expect(el.chapter).toBe(chapter);
      await settledLabels(el);
      const {row, missed} = lookAtChapter(el, el.storyData!.chapters[i], true);
      console.log(`stage 1920×1080 presenter: ${row}`);
      expect(missed).toEqual([]);
      await matchGolden(el, `presenter-${chapter}`);
    });
  }
});

it('a phone, 390×844: the default view', async () => {
  await page.viewport(390, 844);
  const {el, ready} = mount({'reduced-motion': ''}, {width: 390, height: 844});
  await ready;
  await settledLabels(el);
  await matchGolden(el, 'phone-default');
});

it('a phone, 390×844: Guayaquil selected, its flows above the details sheet', async () => {
  await page.viewport(390, 844);
  const {el, ready} = mount({'reduced-motion': '', selected: 'guayaquil'}, {width: 390, height: 844});
  await ready;
  await settledLabels(el);
  await matchGolden(el, 'phone-guayaquil');
});
