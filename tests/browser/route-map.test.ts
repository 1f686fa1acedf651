/**
 * The element with the bundled data, a page's own data and basemap, bad input, and its life cycle.
 * A first start is checked on its own map, and so is each basemap; the tooltips and the data given by
 * the page share one visitor's map, which each test brings back to the bundled data, in English, at
 * the opening view, so that each passes alone and in any order.
 */
import {afterAll, afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {arcMiddle, flyTo, mount, near, pointAt, readPixel, tooltipText, type Mounted} from './helpers';
import type {RouteMapReadyDetail} from '../../src/index';
import {BASE, LEG_COLORS} from '../../src/layers/theme';

let shared: Promise<Mounted & {opening: {center: [number, number]; zoom: number}}> | undefined;
const visitor = () => (shared ??= (async () => {
  const mounted = mount();
  mounted.el.dataset.shared = '';
  await mounted.ready;
  const {lng, lat} = mounted.el.map!.getCenter();
  return {...mounted, opening: {center: [lng, lat], zoom: mounted.el.map!.getZoom()}};
})());

/** Sets (or removes) the visitor's `data` and resolves with the ready event of the bundle it loads. */
async function loadData(url: string | undefined): Promise<RouteMapReadyDetail> {
  const {el} = await visitor();
  const ready = new Promise<RouteMapReadyDetail>((resolve) => el.addEventListener('route-map-ready', (e) => resolve(e.detail), {once: true}));
  if (url === undefined) el.removeAttribute('data');
  else el.setAttribute('data', url);
  return ready;
}

afterAll(async () => (await shared)?.el.remove());
afterEach(() => document.querySelectorAll('route-map:not([data-shared])').forEach((el) => el.remove()));
beforeEach(async () => {
  if (!shared) return;
  const {el, errors, opening} = await visitor();
  el.removeAttribute('lang');
  if (el.hasAttribute('data')) await loadData(undefined);
  el.shadowRoot!.querySelector<HTMLButtonElement>('.problems button')?.click();
  errors.length = 0;
  el.map!.jumpTo(opening);
  await el.settled();
});

describe('<route-map> with the bundled data', () => {
  it('draws the basemap and the arcs, offline and without console errors', async () => {
    const consoleErrors = vi.spyOn(console, 'error');
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    // Static arcs (no moving dashes), so the arc's pixel has one known colour.
    const {el, ready, errors} = mount({'reduced-motion': ''});
    const counts = await ready;

    expect(counts.routes).toBeGreaterThanOrEqual(20);
    expect(counts.ports).toBeGreaterThanOrEqual(15);
    expect(errors).toEqual([]);

    const map = el.map!;
    // Open sea in the South Atlantic, away from every arc.
    const sea = map.project([-25, -20]);
    const seaPixel = await readPixel(el, sea.x, sea.y);
    expect(near(seaPixel, BASE.sea, 6), `sea pixel ${seaPixel}`).toBe(true);
    // Land without a role: the Sahara.
    const land = map.project([10, 24]);
    const landPixel = await readPixel(el, land.x, land.y);
    expect(near(landPixel, BASE.land, 6), `land pixel ${landPixel}`).toBe(true);
    // The middle of the Panama → Rotterdam arc shows the ocean leg's colour.
    const route = el.routeData!.routes.find((r) => r.id === 'manzanillo-rotterdam')!;
    const mid = arcMiddle(el, route);
    // Halfway along, the arc's colour has faded in from 35% to 100%: 67.5% over the sea.
    const expected = LEG_COLORS.ocean.map((c, i) => 0.675 * c + 0.325 * BASE.sea[i]);
    const arcPixel = await readPixel(el, mid.x, mid.y);
    expect(near(arcPixel, expected, 12), `arc pixel ${arcPixel} at ${mid.x},${mid.y}, expected ${expected}`).toBe(true);

    const offOrigin = performance.getEntriesByType('resource').map((r) => r.name).filter((u) => /^https?:/.test(u) && new URL(u).origin !== location.origin);
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    expect(uncaught).toEqual([]);
    window.removeEventListener('error', onError);
  });

  it('shows a tooltip with name, figure, year and source when the pointer is over an arc or a port', async () => {
    const {el} = await visitor();
    const route = el.routeData!.routes.find((r) => r.id === 'manzanillo-rotterdam')!;
    const mid = arcMiddle(el, route);
    pointAt(el, mid.x, mid.y);
    await vi.waitFor(() => expect(tooltipText(el)).toContain('Panama → Rotterdam'), {timeout: 10_000});
    expect(tooltipText(el)).toContain('600 kg single shipment (2024)');
    expect(tooltipText(el)).toContain('Source: NH Nieuws');
    expect(tooltipText(el)).toContain('Line width is illustrative');

    // The Dutch ports overlap at the world view: zoom in on the delta first, as a visitor would.
    await flyTo(el, [4.2, 51.6], 7);
    const rotterdam = el.map!.project([4.034, 51.957]);
    pointAt(el, rotterdam.x, rotterdam.y);
    await vi.waitFor(() => expect(tooltipText(el)).toMatch(/^Rotterdam European port of entry about 11,500 kg seized \(2025\) customs; the earlier years are HARC counts/), {timeout: 10_000});

    await flyTo(el, [-64, -17], 4);
    const bolivia = el.map!.project([-64.5, -17.5]);
    pointAt(el, bolivia.x, bolivia.y);
    await vi.waitFor(() => expect(tooltipText(el)).toMatch(/^Bolivia Producer country · Partner country 34,000 ha coca cultivation \(2024\)/), {timeout: 10_000});
  });

  it('speaks Dutch when lang="nl"', async () => {
    const {el} = await visitor();
    el.setAttribute('lang', 'nl');
    await el.updateComplete;
    await flyTo(el, [4.2, 51.6], 7);
    const rotterdam = el.map!.project([4.034, 51.957]);
    pointAt(el, rotterdam.x, rotterdam.y);
    await vi.waitFor(() => expect(tooltipText(el)).toMatch(/^Rotterdam Europese binnenkomsthaven circa 11\.500 kg onderschept \(2025\) douane; de eerdere jaren zijn tellingen van HARC/), {timeout: 10_000});
  });
});

describe('<route-map> with a basemap style URL', () => {
  it('draws the user style with the countries, routes and labels on top', async () => {
    const {el, ready, errors} = mount({basemap: '/tests/fixtures/user-style.json'});
    await ready;
    expect(errors).toEqual([]);
    const map = el.map!;
    expect(map.getLayer('paper')).toBeDefined();
    expect(map.getLayer('rm-role-fill')).toBeDefined();
    expect(map.getLayer('rm-port-labels')).toBeDefined();
    const sea = map.project([-25, -20]);
    expect(near(await readPixel(el, sea.x, sea.y), [250, 240, 200], 6)).toBe(true);
  });
});

describe('<route-map> with bad input', () => {
  it('falls back to the bundled basemap when a style URL fails, and says so', async () => {
    const {el, ready, errors} = mount({basemap: '/tests/fixtures/no-such-style.json'});
    const counts = await ready;
    expect(counts.routes).toBeGreaterThanOrEqual(20);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/no-such-style.json: basemap style could not be used .*showing the bundled basemap/);
    const sea = el.map!.project([-25, -20]);
    expect(near(await readPixel(el, sea.x, sea.y), BASE.sea, 6)).toBe(true);
  });

  it('skips malformed features with a visible message, one error event, and shows the rest', async () => {
    const {el, errors} = await visitor();
    const counts = await loadData('/tests/fixtures/user-bundle.json');
    expect(counts).toMatchObject({routes: 1, ports: 2});
    expect(errors).toHaveLength(1);
    const messages = errors[0].problems.map((p) => p.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('geometry.coordinates[0][0] (longitude) must be a number'),
      expect.stringContaining('names unknown place "atlantis"'),
      expect.stringContaining('geometry.coordinates[0] (longitude) must be a number from -180 to 180, got 200'),
    ]));
    const notice = el.shadowRoot!.querySelector('.problems')!;
    expect(notice.textContent).toContain('tests/fixtures/user-bundle.json (routes): feature 1 ("broken-route")');
    expect(notice.textContent).toContain('3 problems; everything else is shown.');
  });

  it('keeps data text as text: no markup from data reaches the DOM and no script runs', async () => {
    const {el} = await visitor();
    await loadData('/tests/fixtures/user-bundle.json');
    await el.settled();
    const guayaquil = el.map!.project([-79.908, -2.281]);
    await vi.waitFor(() => {
      pointAt(el, guayaquil.x, guayaquil.y);
      expect(tooltipText(el)).toContain('<img src=x onerror="window.__pwned=1">Guayaquil');
    }, {timeout: 10_000});
    expect(tooltipText(el)).toContain('<a href="javascript:window.__pwned=1">click</a>');
    const tooltip = el.shadowRoot!.querySelector('.tooltip')!;
    expect(tooltip.querySelectorAll('img, a, script, i, b')).toHaveLength(0);
    expect((window as {__pwned?: number}).__pwned).toBeUndefined();
  });

  it.each([
    ['a missing file', '/tests/fixtures/missing.json', /could not be loaded \(HTTP 404\)/],
    ['truncated JSON', '/tests/fixtures/truncated.json', /is not valid JSON/],
    ['an HTML page', '/index.html', /is not valid JSON \(it looks like HTML\)/],
  ])('reports %s and still shows the bundled layers', async (_, url, message) => {
    const {el, errors} = await visitor();
    const counts = await loadData(url);
    expect(counts.routes).toBeGreaterThanOrEqual(20);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(el.shadowRoot!.querySelector('.problems')!.textContent).toMatch(message);
  });
});

describe('<route-map> lifecycle', () => {
  it('releases its map on removal and starts again when re-attached', async () => {
    const {el, ready} = mount();
    await ready;
    const first = el.map!;
    el.remove();
    expect(el.map).toBeUndefined();
    expect(first.getCanvas().isConnected).toBe(false);
    const again = new Promise((resolve) => el.addEventListener('route-map-ready', resolve, {once: true}));
    document.body.append(el);
    await again;
    expect(el.map).toBeDefined();
    expect(el.map).not.toBe(first);
  });

  it('registering the tag twice does not throw', async () => {
    const {defineRouteMap} = await import('../../src/index');
    expect(() => defineRouteMap()).not.toThrow();
  });
});
