/**
 * The poster (poster.ts): the opening view at once, before the map has drawn, then the live map;
 * poster and first live frame match pixel for pixel within 3% (a pixel differs when its RGB
 * differences sum above 24); no poster where it would not be true.
 */
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {page} from 'vitest/browser';
import {mount} from './helpers';
import type {RouteMap} from '../../src/index';

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el.remove()));
// The page as wide as the element, as on the device: the phone's layout follows the viewport.
afterAll(() => page.viewport(1024, 640));

const posterOf = (el: RouteMap) => el.shadowRoot!.querySelector<HTMLImageElement>('.poster');

/** The pixels of an image as drawn, `width` × `height`. */
async function pixelsOfImage(img: HTMLImageElement, width: number, height: number): Promise<Uint8ClampedArray> {
  await img.decode();
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

/** The live map's frame, read inside a render callback while it is still in the buffer, top row first. */
function pixelsOfFrame(el: RouteMap): Promise<{data: Uint8Array; width: number; height: number}> {
  const map = el.map!;
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
      const {width, height} = canvas;
      const flipped = new Uint8Array(width * height * 4);
      gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, flipped);
      const data = new Uint8Array(width * height * 4);
      for (let y = 0; y < height; y++) data.set(flipped.subarray((height - 1 - y) * width * 4, (height - y) * width * 4), y * width * 4);
      resolve({data, width, height});
    });
    map.triggerRepaint();
  });
}

function differingShare(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let differ = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 24) differ++;
  }
  return differ / (a.length / 4);
}

/**
 * A page of its own, as at a visitor's first load: its own module map and the element's page-wide
 * caches (the engine, the data, the basemap) empty, whatever this file's other tests loaded. It
 * loads only the element's module; `route-map` is defined once the returned promise resolves.
 */
async function freshPage(width: number, height: number): Promise<{frame: HTMLIFrameElement; win: Window & typeof globalThis}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;border:0`;
  const entry = new URL('../../src/route-map.ts', import.meta.url).href;
  // Vitest's transform routes each dynamic import through its runner, as it does in a worker; the
  // page's timing buffer holds every module, not only the first 250.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html,body{margin:0}</style>
    <script>performance.setResourceTimingBufferSize(5000); window.__vitest_browser_runner__ = {wrapDynamicImport: (f) => f()};</script>
    <script type="module" src="${entry}"></script></head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('route-map');
  return {frame, win};
}

describe('the poster', () => {
  // On a page of its own: on this one, an earlier test's map has the engine, the data and the basemap
  // in the page's module map and caches, and they are not asked for again.
  it('comes before the map: MapLibre, deck.gl and the basemap are asked for once it and the interface over it are in', async () => {
    await page.viewport(1280, 720);
    const {frame, win} = await freshPage(1280, 720);
    try {
      const el = win.document.createElement('route-map') as RouteMap;
      el.setAttribute('reduced-motion', '');
      el.style.cssText = 'display:block;position:fixed;left:0;top:0;width:1280px;height:720px';
      const ready = new Promise((resolve) => el.addEventListener('route-map-ready', resolve, {once: true}));
      // What the page asks for from here on: its modules are in, the basemap's and the data's addresses among them (imports with ?url).
      const mountedAt = win.performance.now();
      win.document.body.append(el);
      await el.updateComplete;
      expect(posterOf(el)).not.toBeNull();
      await ready;
      // Had a module the page loaded imported the engine, it would be missing here.
      const entries = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= mountedAt);
      const first = (pattern: RegExp) => entries.filter((e) => pattern.test(e.name)).sort((a, b) => a.startTime - b.startTime)[0];
      const poster = first(/posters\/default-en-1280x720/);
      const engine = first(/route-map\/map\/engine\.ts/);
      const world = first(/world-50m\.topo\.json/);
      const data = entries.filter((e) => /\/geo\/[a-z]+\.(geojson|json)/.test(e.name));
      expect([poster, engine, world].map((e) => e?.name.replace(/^.*\//, '').replace(/[?#].*$/, '')), 'the poster, the engine and the basemap were fetched')
        .toEqual([expect.stringMatching(/^default-en-1280x720/), 'engine.ts', expect.stringMatching(/^world-50m\.topo\.json/)]);
      expect(data.length).toBeGreaterThanOrEqual(7);
      const lastIn = Math.max(poster.responseEnd, ...data.map((e) => e.responseEnd));
      expect(engine.startTime).toBeGreaterThanOrEqual(lastIn);
      expect(world.startTime).toBeGreaterThanOrEqual(lastIn);
    } finally {
      frame.remove();
    }
  });

  // Each size once and each view once (pairwise), not all nine pairs: a poster is chosen by view,
  // language and size alone (pickPoster, tested on the manifest in tests/unit/posters.test.ts), and
  // shown and taken away the same way for all. The coalition chapter in Dutch goes with 1280×720,
  // the pair that came closest to the limit (2.9% of pixels differ; lossy WebP alone makes about 2%
  // there, where the phone's posters are lossless and match exactly).
  const cases: {size: {width: number; height: number}; name: string; attributes: Record<string, string>}[] = [
    {size: {width: 1280, height: 720}, name: 'the coalition chapter in Dutch', attributes: {chapter: 'coalition', lang: 'nl'}},
    {size: {width: 1920, height: 1080}, name: 'the default view', attributes: {}},
    {size: {width: 390, height: 844}, name: 'the hub chapter', attributes: {chapter: 'hub'}},
    // Presenter mode, as the briefing file opens: a chapter, on a projector.
    {size: {width: 1920, height: 1080}, name: 'the hub chapter in presenter mode, in Dutch', attributes: {presenter: '', chapter: 'hub', lang: 'nl'}},
  ];
  for (const {size, name, attributes} of cases) {
    it(`shows ${name} at once at ${size.width}×${size.height}, then gives way to a live map that matches it`, async () => {
      await page.viewport(size.width, size.height);
      const {el, ready} = mount(attributes, size);
      let live = false;
      void ready.then(() => (live = true));
      await el.updateComplete;
      const poster = posterOf(el)!;
      // Before the map has drawn: the element's own state, not a race against the clock.
      expect(poster, 'a poster at the first update').not.toBeNull();
      expect(live).toBe(false);
      expect(poster.getAttribute('aria-hidden')).toBe('true');
      expect(poster.alt).toBe('');
      expect(el.shadowRoot!.querySelector('.status[role=status]')!.textContent).toMatch(/^(Loading map…|Kaart laden…)$/);
      const posterPixels = await pixelsOfImage(poster, size.width, size.height);
      await ready;
      await el.updateComplete;
      expect(posterOf(el), 'gone once the map has drawn').toBeNull();
      const frame = await pixelsOfFrame(el);
      expect([frame.width, frame.height]).toEqual([size.width, size.height]);
      const share = differingShare(posterPixels, frame.data);
      console.log(`${name}, ${size.width}×${size.height}: ${(share * 100).toFixed(2)}% of pixels differ between poster and live map`);
      expect(share).toBeLessThan(0.03);
    });
  }

  it('shows none with a page\'s own data, basemap or story, an unknown chapter, a selection, a date or the dark theme', async () => {
    const cases: Record<string, string>[] = [{data: '/geo/routes.geojson'}, {basemap: '/nowhere/style.json'}, {story: '/geo/story.json'}, {chapter: 'atlantis'},
      {selected: 'rotterdam'}, {theme: 'dark'}, {presenter: '', theme: 'dark'}, {date: '2022'}];
    for (const attributes of cases) {
      const {el} = mount(attributes, {width: 1280, height: 720});
      await el.updateComplete;
      await el.updateComplete;
      expect(posterOf(el), JSON.stringify(attributes)).toBeNull();
      el.remove();
    }
  });

  it('goes when the page changes what the map opens with before it is live', async () => {
    const changes: [string, (el: RouteMap) => void][] = [['lang', (el) => (el.lang = 'nl')], ['year', (el) => (el.year = 2020)], ['globe', (el) => (el.projection = 'globe')]];
    for (const [name, change] of changes) {
      const {el} = mount({}, {width: 1280, height: 720});
      await el.updateComplete;
      expect(posterOf(el), name).not.toBeNull();
      change(el);
      await el.updateComplete;
      expect(posterOf(el), name).toBeNull();
      el.remove();
    }
  });

  it('in a box of another size, shows the nearest poster placed as the live camera will be', async () => {
    await page.viewport(1366, 768);
    const {el, ready} = mount({}, {width: 1366, height: 768});
    // Placed once the interface over the map is drawn from the data.
    const poster = await new Promise<HTMLImageElement>((resolve) => {
      const look = () => (posterOf(el) ? resolve(posterOf(el)!) : requestAnimationFrame(look));
      look();
    });
    expect(poster.getAttribute('width')).toBe('1280');
    expect(poster.style.transform).toMatch(/^translate\(.+px, .+px\) scale\(.+\)$/);
    await ready;
    await el.updateComplete;
    expect(posterOf(el)).toBeNull();
  });
});
