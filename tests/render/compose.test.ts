/**
 * Goldens of the composed interface at 1280×720 (issue 32): the search open over the map, and a
 * selected route with the time bar open, the details under it; and the story editor beside the
 * map at 1280×800 (issue 33). One map for all three.
 */
import {afterAll, afterEach, expect, it} from 'vitest';
import {page, userEvent} from 'vitest/browser';
import {mount} from '../browser/helpers';
import type {RouteMap} from '../../src/index';
import {matchGolden} from './golden';

let shared: Promise<RouteMap> | undefined;
const map = () => (shared ??= (async () => {
  await page.viewport(1280, 720);
  const {el, ready} = mount({'reduced-motion': '', 'data-shared': ''}, {width: 1280, height: 720});
  await ready;
  return el;
})());
afterAll(async () => (await shared)?.remove());
afterEach(() => page.viewport(1024, 640));

const root = (el: RouteMap) => el.shadowRoot!;

/** Everything drawn, the labels placed clear of the interface and faded in. */
async function settledLabels(el: RouteMap) {
  await el.settled();
  await new Promise((r) => setTimeout(r, 400));
  await el.settled();
}

it('the search open over the map at 1280×720: answers with what and where, the legend waiting under them', async () => {
  await page.viewport(1280, 720);
  const el = await map();
  // A still caret: a blinking one makes no two screenshots alike, and the comparison retries until it times out.
  const still = new CSSStyleSheet();
  still.replaceSync('.search input { caret-color: transparent; }');
  root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, still];
  const input = root(el).querySelector<HTMLInputElement>('.search input')!;
  input.focus();
  await (el as unknown as {parts: {search: {loaded(): Promise<unknown>}}}).parts.search.loaded();
  await userEvent.fill(input, 'ant');
  await userEvent.keyboard('{ArrowDown}');
  await el.updateComplete;
  expect(root(el).querySelectorAll('.search [role=option]').length).toBeGreaterThan(2);
  expect(root(el).querySelector('.legend')).toBeNull();
  await settledLabels(el);
  try {
    await matchGolden(el, 'search-open');
  } finally {
    // Closed again even on a failure: the next test's picture has the legend back.
    await userEvent.keyboard('{Escape}');
    root(el).adoptedStyleSheets = root(el).adoptedStyleSheets.filter((sheet) => sheet !== still);
  }
});

it('a route selected with the time bar open at 1280×720: the details under the bar, its distance and direction, nothing covered', async () => {
  await page.viewport(1280, 720);
  const el = await map();
  el.selected = 'moin-rotterdam';
  await el.updateComplete;
  await (el as unknown as {parts: {stage: {frameSelection(): Promise<void>}}}).parts.stage.frameSelection();
  expect(root(el).querySelector<HTMLDetailsElement>('.timebar')!.open).toBe(true);
  expect(root(el).querySelector('.details .distance')?.textContent).toBe('about 8,900 km as the crow flies, north-east');
  await settledLabels(el);
  await matchGolden(el, 'selection-with-time');
});

it('the story editor at 1280×800: the chapter list beside the map, a captured chapter open with a language still empty', async () => {
  const el = await map();
  await page.viewport(1280, 800);
  el.selected = undefined;
  el.style.height = '800px';
  el.map!.resize();
  // No edits kept from another file's run: the editor starts from the bundled story.
  localStorage.removeItem('route-map-story:bundled');
  el.editor = true;
  const editor = await (el as unknown as {parts: {editor: {open(): Promise<{discard(): void}>}}}).parts.editor.open();
  try {
    await el.goTo(2, {animate: false});
    el.map!.jumpTo({center: [-62, 2], zoom: 3.2});
    await el.settled();
    await el.captureChapter({title: {en: 'Guayaquil first', nl: ''}, text: {en: 'Most of the cocaine that reaches Europe leaves through a handful of ports.', nl: ''}});
    await el.updateComplete;
    await settledLabels(el);
    await matchGolden(el, 'editor');
  } finally {
    editor.discard();
    el.editor = false;
    localStorage.removeItem('route-map-story:bundled');
    el.style.height = '720px';
    el.map!.resize();
  }
});
