/**
 * The stage: every chapter and selection, at a projector's, a laptop's and a phone's size, puts
 * what it is about on screen, under none of the interface, and names it (see stage-look.ts). The
 * projector's size is checked chapter by chapter with its goldens (tests/render/key-views.test.ts),
 * on the same pictures.
 */
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {page} from 'vitest/browser';
import type {RouteMap} from '../../src/index';
import {DEFAULT_BOUNDS} from '../../src/components/route-map/map/map-session';
import {mount, quiet} from './helpers';
import {look, lookAtChapter} from './stage-look';

afterEach(async () => {
  document.querySelectorAll('route-map:not([data-shared])').forEach((el) => el.remove());
  await page.viewport(1024, 640);
});

/**
 * One map for every size, resized between tests as a window is: the stage is under test, not the
 * start. Made by whichever test runs first, so each passes alone and in any order.
 */
let shared: Promise<RouteMap> | undefined;
async function mapAt(size: {width: number; height: number; presenter: boolean}): Promise<RouteMap> {
  await page.viewport(size.width, size.height);
  shared ??= (async () => {
    const {el, ready} = mount({'data-shared': ''}, size);
    await ready;
    return el;
  })();
  const el = await shared;
  el.selected = undefined;
  el.presenter = size.presenter;
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  await el.updateComplete;
  el.map!.resize();
  if (!size.presenter) {
    // Out of the story, at the first view, as a fresh map in this box would be.
    el.leaveStory();
    el.map!.fitBounds(DEFAULT_BOUNDS, {padding: 16, animate: false});
  }
  await el.settled();
  return el;
}
afterAll(async () => (await shared)?.remove());

// A projector's (1920×1080, presenter mode) is checked with its goldens: tests/render/key-views.test.ts.
const SIZES = [
  {name: '1280×720', width: 1280, height: 720, presenter: false},
  {name: '390×844', width: 390, height: 844, presenter: false},
];

describe('the stage', () => {
  for (const size of SIZES) {
    it(`every chapter at ${size.name}: its highlighted places on screen, clear of the interface, and named`, async () => {
      const el = await mapAt(size);
      const rows: string[] = [];
      const missed: string[] = [];
      for (const [i, chapter] of el.storyData!.chapters.entries()) {
        await el.goTo(i, {animate: false});
        await quiet(el);
        // On a phone a chapter of nine places in the Caribbean cannot name them all: the closing note counts them.
        const seen = lookAtChapter(el, chapter, size.width > 600);
        rows.push(seen.row);
        missed.push(...seen.missed);
      }
      console.log(`stage ${size.name}\n  ${rows.join('\n  ')}`);
      expect(missed).toEqual([]);
    }, 150_000);
  }

  // One of each kind: ports of departure and entry, a country, a route, an organisation.
  const SELECTIONS = ['santos', 'guayaquil', 'rotterdam', 'colombia', 'bolivia-santos', 'europol'];
  for (const size of SIZES) {
    it(`a selection of each kind at ${size.name} eases into the free part beside the details`, async () => {
      const el = await mapAt(size);
      const rows: string[] = [];
      const missed: string[] = [];
      for (const id of SELECTIONS) {
        el.selected = id;
        await el.updateComplete;
        // The details arrive (lazily; slower on a loaded machine), then the camera eases.
        await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')).not.toBeNull(), {timeout: 10_000});
        await quiet(el);
        const [seen] = look(el, [id]);
        rows.push(`${id}: ${seen.clear ? 'clear' : 'hidden'}, ${seen.labelled ? 'named' : 'unnamed'}`);
        if (!seen.clear) missed.push(`${id} hidden`);
        if (!seen.labelled) missed.push(`${id} unnamed`);
        el.selected = undefined;
        await el.updateComplete;
      }
      console.log(`selections ${size.name}\n  ${rows.join('\n  ')}`);
      expect(missed).toEqual([]);
    });
  }
});
