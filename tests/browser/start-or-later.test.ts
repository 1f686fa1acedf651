/**
 * Every attribute gives the same picture whether it is set before the map starts or on a running
 * map: the globe first, whose start once drew a flat map under globe arcs. One running map serves
 * every test: each sets its attribute on it, then puts it back as it started.
 */
import {afterAll, afterEach, expect, it} from 'vitest';
import {page} from 'vitest/browser';
import type {RouteMap} from '../../src/index';
import {mount, quiet} from './helpers';

const SIZE = {width: 800, height: 500};

/**
 * The share of pixels two pictures of the same thing may differ in. A name may take another free
 * spot after a change (MapLibre keeps where it placed labels before, and the running map has been
 * through other tests' changes), and halos fall a pixel apart. Measured over this file run in order,
 * shuffled and one test at a time: the picture set at start and the one set later differ in 0–2.5%
 * of pixels (the globe, the year and the layers most), the running map put back and its first
 * picture in 0.5–2%; the smallest change an attribute here makes is 4.2–4.7% (year="2019": port
 * sizes and the coalition's tints). Between the two.
 */
const SAME = 0.035;

const ATTRIBUTES: [string, string][] = [
  ['projection', 'globe'], ['theme', 'dark'], ['lang', 'nl'], ['chapter', 'mainports'], ['selected', 'rotterdam'],
  ['year', '2019'], ['layers', 'ocean ports'], ['presenter', ''],
];

type Camera = Parameters<NonNullable<RouteMap['map']>['jumpTo']>[0];

/** The running map: its first picture (no attributes), its camera and settings then, and its picture now. */
interface Running {el: RouteMap; plain: ImageData; camera: Camera; settings: Record<string, unknown>; now: ImageData}
let running: Promise<Running> | undefined;
let runningEl: RouteMap | undefined;

/** The running map, started by the first test that asks for it, so that each test also runs alone. */
function runningMap(): Promise<Running> {
  running ??= (async () => {
    const {el, ready} = mount({}, SIZE);
    runningEl = el;
    await ready;
    const plain = await picture(el);
    const map = el.map!;
    const settings = Object.fromEntries(ATTRIBUTES.map(([name]) => [name, (el as unknown as Record<string, unknown>)[name]]));
    return {el, plain, now: plain, settings, camera: {center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), padding: map.getPadding()}};
  })();
  return running;
}

/** Gone, and the next test starts another: it failed to start, or was not put back. */
function discardRunning() {
  runningEl?.remove();
  runningEl = undefined;
  running = undefined;
}

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el !== runningEl && el.remove()));
afterAll(discardRunning);

/**
 * Takes the attribute away and what it opened: a chapter (the attribute's, or presenter mode's
 * first) stays open when the attribute goes, and the camera where it took it. Removing `projection`
 * or `theme` leaves the property null rather than its default (the globe button then goes): the
 * default is set again. Resolves with the picture then.
 */
async function putBack(running: Running, name: string): Promise<ImageData> {
  const {el} = running;
  const chapterOpen = el.chapter != null;
  el.removeAttribute(name);
  if (chapterOpen) el.leaveStory();
  const properties = el as unknown as Record<string, unknown>;
  if (properties[name] !== running.settings[name]) properties[name] = running.settings[name];
  await el.updateComplete;
  el.map!.jumpTo(running.camera);
  return picture(el);
}

/** The screenshot being taken, if any: one at a time. */
let taking: Promise<unknown> = Promise.resolve();

/**
 * The element's picture, once everything it has is drawn. The running map and the one that starts
 * with the attribute lie in the same place (side by side or one above the other they would not fit
 * the browser's window, and the page would be scaled down): the one pictured is brought to the top.
 */
async function picture(el: RouteMap): Promise<ImageData> {
  await quiet(el);
  const shot = taking.then(() => {
    document.querySelectorAll('route-map').forEach((other) => (other.style.zIndex = other === el ? '1' : ''));
    return page.screenshot({element: el, save: false});
  });
  taking = shot.catch(() => undefined);
  const base64 = await shot;
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/** The share of pixels that differ by more than 24 levels over RGB. */
function difference(a: ImageData, b: ImageData): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > 24) differ++;
  }
  return differ / (a.width * a.height);
}

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

/**
 * Sets the attribute on the running map and puts it back: its pictures with no attributes (its
 * first), before (as the last test left it), with the attribute, and put back. One not put back goes.
 */
async function setOnRunningMap(name: string, value: string) {
  const shared = await runningMap();
  const before = shared.now;
  let later: ImageData;
  let restored: ImageData | undefined;
  try {
    shared.el.setAttribute(name, value);
    later = await picture(shared.el);
  } finally {
    try {
      restored = await putBack(shared, name);
      shared.now = restored;
    } finally {
      if (!restored || difference(shared.plain, restored) >= SAME) discardRunning();
    }
  }
  return {plain: shared.plain, before, later, restored};
}

/** A map started with the attribute: its picture. */
async function startWith(name: string, value: string): Promise<ImageData> {
  const {el, ready} = mount({[name]: value}, SIZE);
  await ready;
  return picture(el);
}

for (const [name, value] of ATTRIBUTES) {
  it(`${name}="${value}" set at start draws what it draws set on a running map`, async () => {
    // The one starts while the other takes the attribute: most of a start is waiting.
    const [atStart, {plain, before, later, restored}] = await Promise.all([startWith(name, value), setOnRunningMap(name, value)]);
    const differences = {atStartAndLater: difference(atStart, later), beforeAndLater: difference(before, later),
      plainAndAtStart: difference(plain, atStart), plainAndPutBack: difference(plain, restored)};
    console.log(`${name}="${value}": ${Object.entries(differences).map(([k, v]) => `${k} ${percent(v)}`).join(', ')}`);
    // Each said, should more than one fail.
    expect.soft(differences.atStartAndLater, 'the picture set at start and the one set later').toBeLessThan(SAME);
    // Set on the running map, it changed what it draws, by about as much as it does at start: an
    // attribute that did not apply there changes nothing (0%), one that half applied half as much.
    expect.soft(differences.beforeAndLater, 'the running map before and after').toBeGreaterThan(differences.plainAndAtStart / 2);
    expect.soft(differences.plainAndPutBack, 'the running map put back, against its first picture').toBeLessThan(SAME);
  });
}
