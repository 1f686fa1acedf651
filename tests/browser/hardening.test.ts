/**
 * Hardening in real Chromium: a lost GPU, no WebGL at all, malformed and hostile data.
 * Nothing may throw, nothing valid may be lost, and every failure is said on screen and in one event.
 * The validator's side of malformed data (all 200 generated bundles, a 100,000-port file) is checked
 * in Node, tests/unit/malformed.test.ts; here, what the element makes of each kind of it.
 */
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {arcMiddle, mount, near, pointAt, readPixel, sceneOf} from './helpers';
import {BASE} from '../../src/layers/theme';
import type {RouteMap, RouteMapErrorDetail, RouteMapReadyDetail} from '../../src/index';
import {malformedCases, validPort, validRegion} from '../fixtures/malformed';
import {bundledUrls, loadData} from '../../src/data/load';
import {LAYER_NAMES} from '../../src/data/schema';
import storyUrl from '../../geo/story.json?url';

/**
 * Run alone, a test's map is the page's first, which loads MapLibre and deck.gl: that took over
 * 60 s while other tests loaded both cores (and a loss and a restore start twice).
 */
const STARTS = {timeout: 120_000};
const SMALL = {width: 320, height: 240};

/**
 * Maps that a test left running (drawn, context live, nothing pending), for the next test that
 * needs some running map but not its start: each start costs seconds of software WebGL. A test
 * run alone or first makes its own, small (each frame costs per pixel). None relies on what an
 * earlier test did to the map: each sets what it checks.
 */
const spares: RouteMap[] = [];
async function runningMap(): Promise<{el: RouteMap; errors: RouteMapErrorDetail[]}> {
  const el = spares.pop();
  if (!el) {
    const made = mount({controls: 'none'}, SMALL);
    return made.ready.then(() => made);
  }
  const errors: RouteMapErrorDetail[] = [];
  el.addEventListener('route-map-error', (e) => errors.push(e.detail));
  return {el, errors};
}

afterEach(() => document.querySelectorAll('route-map').forEach((el) => spares.includes(el) || el.remove()));
afterAll(() => spares.splice(0).forEach((el) => el.remove()));

/** Errors that reach the window: none are allowed. */
function watchUncaught() {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {uncaught, stop: () => { window.removeEventListener('error', onError); window.removeEventListener('unhandledrejection', onRejection); }};
}

/** The next event of a type on a target; `then` runs inside its dispatch. */
const next = <E extends Event>(target: EventTarget, type: string, then?: (e: E) => void) =>
  new Promise<E>((resolve) => target.addEventListener(type, (e) => { then?.(e as E); resolve(e as E); }, {once: true}));
const nextReady = (el: RouteMap) => next<CustomEvent<RouteMapReadyDetail>>(el, 'route-map-ready').then((e) => e.detail);
/**
 * A canvas's next webglcontextlost or webglcontextrestored, a task after its dispatch (and after
 * timers set in it). Chromium allows a restore only once the lost event's dispatch has returned
 * with its default prevented, and promise callbacks run between listeners: a restoreContext()
 * there is refused without a word.
 */
const dispatched = (canvas: HTMLCanvasElement, type: string, then?: (e: Event) => void) =>
  next(canvas, type, then).then((e) => new Promise<Event>((resolve) => setTimeout(() => resolve(e))));
const lossOf = (canvas: HTMLCanvasElement) => canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;

describe('a lost GPU', STARTS, () => {
  it('says so on the map and in one route-map-error, and draws basemap and arcs again when the context comes back', async () => {
    const watch = watchUncaught();
    const {el, ready, errors} = mount();
    await ready;
    const canvas = el.map!.getCanvas();
    const lose = lossOf(canvas);
    const lost = dispatched(canvas, 'webglcontextlost');
    lose.loseContext();
    // MapLibre's listener came first: the element heard it, and shows it at its next render.
    await lost;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.context-lost')?.textContent).toContain('WebGL context lost');
    expect(errors).toEqual([{message: expect.stringContaining('WebGL context lost'), problems: [{file: 'map', message: expect.stringContaining('WebGL context lost')}]}]);
    const back = nextReady(el);
    lose.restoreContext();
    await back;
    expect(el.shadowRoot!.querySelector('.context-lost')).toBeNull();
    await el.settled();
    const sea = el.map!.project([-25, -20]);
    expect(near(await readPixel(el, sea.x, sea.y), BASE.sea, 6)).toBe(true);
    const mid = arcMiddle(el, el.routeData!.routes.find((r) => r.id === 'manzanillo-rotterdam')!);
    const arc = await readPixel(el, mid.x, mid.y);
    expect(near(arc, BASE.sea, 20), `arc pixel ${arc} is drawn again`).toBe(false);
    expect(errors).toHaveLength(1);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
    spares.push(el);
  });

  it('lost before the style loads, then restored: nothing throws and the map still comes up', async () => {
    const watch = watchUncaught();
    const {el, ready, errors} = mount({controls: 'none'}, SMALL);
    // Lost as the map is made, when its canvas goes in: the style loads a frame later at the
    // soonest. (The browser may report the loss after MapLibre has parsed the style, not loaded its sources.)
    const canvas = await new Promise<HTMLCanvasElement>((resolve) => new MutationObserver((_, seen) => {
      const found = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      if (found) { seen.disconnect(); resolve(found); }
    }).observe(el.shadowRoot!, {childList: true, subtree: true}));
    const first = el.map!;
    expect(first.isStyleLoaded()).toBeFalsy();
    const lose = lossOf(canvas);
    const lost = dispatched(canvas, 'webglcontextlost');
    lose.loseContext();
    await lost;
    lose.restoreContext();
    const counts = await ready;
    expect(counts.routes).toBeGreaterThan(20);
    expect(el.map).not.toBe(first);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining('WebGL context lost')]);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
    spares.push(el);
  });

  it('lost while hovered, changed and exported: nothing throws; removed as the context comes back, it reports nothing more and starts no map', async () => {
    const watch = watchUncaught();
    const {el, errors} = await runningMap();
    const canvas = el.map!.getCanvas();
    const lose = lossOf(canvas);
    const lost = dispatched(canvas, 'webglcontextlost');
    lose.loseContext();
    await lost;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.context-lost')).not.toBeNull();
    // Everything a visitor or a page can do meanwhile.
    pointAt(el, 160, 120);
    for (const [k, v] of [['lang', 'nl'], ['theme', 'dark'], ['year', '2020'], ['selected', 'rotterdam'], ['layers', 'ocean'], ['projection', 'globe'], ['chapter', 'money']]) el.setAttribute(k, v);
    await el.updateComplete;
    await expect(el.exportPng()).rejects.toThrow('WebGL context lost');
    const reported = errors.length;
    // Removed in the restore's own dispatch: after MapLibre's listener, which has the element
    // start again on a timer, and before that timer. Removing loses the context once more.
    const lostAgain = dispatched(canvas, 'webglcontextlost');
    const restored = next(canvas, 'webglcontextrestored', () => el.remove());
    lose.restoreContext();
    await restored;
    // The session's timer went with the restore's dispatch; this loss comes a task after that at least.
    await lostAgain;
    // A start begun meanwhile would be waited for here, and leave a map or a route-map-error.
    await el.settled();
    expect(el.map).toBeUndefined();
    expect(errors).toHaveLength(reported);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });

  it('lost as it is removed, before the browser says so, then restored: nothing throws, nothing is reported, no map starts', async () => {
    const watch = watchUncaught();
    const {el, errors} = await runningMap();
    const canvas = el.map!.getCanvas();
    const lose = lossOf(canvas);
    // No map listens any more when the loss is dispatched; the test lets the browser restore the context anyway.
    const lost = dispatched(canvas, 'webglcontextlost', (e) => e.preventDefault());
    lose.loseContext();
    el.remove();
    await lost;
    const restored = dispatched(canvas, 'webglcontextrestored');
    lose.restoreContext();
    await restored;
    await el.settled();
    expect(el.map).toBeUndefined();
    expect(errors).toEqual([]);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });
});

/** What a browser without WebGL answers, while `run` runs. */
async function withoutWebGL(run: () => Promise<void>) {
  const original = HTMLCanvasElement.prototype.getContext;
  const stub = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return /webgl/.test(type) ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof original);
  await run().finally(() => stub.mockRestore());
}

describe('no WebGL at all', () => {
  it('shows a picture of the default view and the data tables, says why, and fires one route-map-error', async () => {
    const watch = watchUncaught();
    await withoutWebGL(async () => {
      const {el, errors} = mount({lang: 'nl'});
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.fallback .tables table')).not.toBeNull(), {timeout: 10_000});
      const root = el.shadowRoot!;
      expect(root.querySelector('.fallback-note')!.textContent).toContain('WebGL is niet beschikbaar');
      const img = root.querySelector<HTMLImageElement>('.fallback img')!;
      expect(img.alt).toMatch(/^Kaart: cocaïneroutes/);
      // The same picture as the poster: the default view in the element's language, the nearest made to this 1024×640 box.
      expect(img.src).toMatch(/default-nl-1280x720[\w-]*\.webp$/);
      await vi.waitFor(() => expect(img.complete && img.naturalWidth).toBe(1280), {timeout: 10_000});
      const [places, routes] = root.querySelectorAll('.fallback table');
      expect(places.querySelectorAll('tbody tr').length).toBe(el.routeData!.ports.length);
      expect(routes.querySelectorAll('tbody tr').length).toBe(el.routeData!.routes.length);
      expect(errors).toEqual([{message: expect.stringContaining('WebGL is not available'), problems: [expect.objectContaining({file: 'map'})]}]);
      expect(el.getBoundingClientRect().height).toBeGreaterThan(100);
    });
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });

  it('with a page\'s own data shows its tables and no picture of the bundled data', async () => {
    await withoutWebGL(async () => {
      const {el} = mount({data: '/tests/fixtures/user-bundle.json'});
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.fallback .tables table')).not.toBeNull(), {timeout: 10_000});
      expect(el.shadowRoot!.querySelector('.fallback img')).toBeNull();
    });
  });
});

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], {type: 'application/json'}));
/** What deck.gl draws now, by layer id. */
const drawn = (el: RouteMap, id: string) => ((sceneOf(el).layers.find((l) => l.id === id)?.props.data ?? []) as {id: string}[]).map((d) => d.id);
const notice = (el: RouteMap) => el.shadowRoot!.querySelector('.problems')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('malformed data', STARTS, () => {
  it('one generated bundle of each kind: one route-map-error, a notice naming the input and the skipped count, the valid rest drawn', async () => {
    const watch = watchUncaught();
    const {el, errors} = await runningMap();
    const map = el.map;
    // A kind is a mutation (which names its layer); all 200 cases go through the loader in Node.
    const kind = (name: string) => name.replace(/ \(#\d+\)$/, '');
    const cases = malformedCases(200).filter((c, i, all) => all.findIndex((d) => kind(d.name) === kind(c.name)) === i);
    for (const c of cases) {
      errors.length = 0;
      const url = blobUrl(JSON.stringify(c.bundle));
      // The records are on the map as soon as the error is reported; the next swap need not wait for a frame.
      const reported = next(el, 'route-map-error');
      el.data = url;
      await reported;
      URL.revokeObjectURL(url);
      const counts = {ports: el.routeData!.ports.length, routes: el.routeData!.routes.length};
      expect(errors.length, c.name).toBe(1);
      expect(errors[0].problems, c.name).toHaveLength(1);
      expect(errors[0].problems[0].file, c.name).toMatch(new RegExp(`\\(${c.layer}\\)$`));
      expect(notice(el), c.name).toContain(`(${c.layer}): 1 feature skipped`);
      expect(counts, c.name).toMatchObject({ports: 3, routes: 1});
      expect(drawn(el, 'ports').sort(), c.name).toEqual(['p1', 'p2', 'p3']);
      expect(drawn(el, 'routes'), c.name).toEqual(['r1']);
    }
    await nextReady(el);
    expect(errors).toHaveLength(1);
    expect(el.map).toBe(map);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
    spares.push(el);
  });

  it('hand-written cases: broken documents keep the bundled layers; a big file loses only its bad features', async () => {
    const watch = watchUncaught();
    const {el, errors} = await runningMap();
    // Whatever the map shows now, a broken file leaves the bundled layers.
    const bundled = (await loadData()).data;
    const collection = (features: unknown[]) => ({type: 'FeatureCollection', features});
    const good = JSON.stringify({ports: collection([validPort('p1', 4, 52)])});
    // 10,000 here, to see the notice count and the map take them; the 100,000-port file is validated in Node.
    const big = {ports: collection(Array.from({length: 10_000}, (_, i) => (i % 10 === 9 ? {type: 'Feature', geometry: null, properties: {id: `h${i}`}} : validRegion(`h${i}`, -170 + (i % 340), -60 + (i % 120)))))};
    const cases: [string, string, {message: RegExp; skipped?: string; counts: Partial<RouteMapReadyDetail>}][] = [
      ['truncated JSON', good.slice(0, good.length / 2), {message: /is not valid JSON/, counts: {routes: bundled.routes.length, ports: bundled.ports.length}}],
      ['an HTML page', '<!doctype html><title>404</title>', {message: /not valid JSON \(it looks like HTML\)/, counts: {ports: bundled.ports.length}}],
      ['not GeoJSON at all', '{"hello": "world"}', {message: /must be an object with one or more of routes, ports/, counts: {ports: bundled.ports.length}}],
      ['an array', '[1, 2, 3]', {message: /must be an object with one or more of/, counts: {ports: bundled.ports.length}}],
      ['features not an array', JSON.stringify({ports: {type: 'FeatureCollection', features: {}}}), {message: /not a GeoJSON FeatureCollection/, counts: {ports: 0}}],
      ['a Feature where a collection belongs', JSON.stringify({ports: validPort('p1', 4, 52)}), {message: /not a GeoJSON FeatureCollection/, counts: {ports: 0}}],
      ['routes to ports that are not there', JSON.stringify({routes: collection([{type: 'Feature', geometry: null, properties: {id: 'x', name: 'x', from: 'nowhere', to: 'rotterdam', leg: 'ocean', weight: {value: 1, basis: 'illustrative'}, confidence: 'illustrative', asOf: '2026'}}])}),
        {message: /names unknown place "nowhere"; skipped/, skipped: '(routes): 1 feature skipped', counts: {routes: 0, ports: bundled.ports.length}}],
      ['10,000 ports, every tenth broken (a big file)', JSON.stringify(big), {message: /feature 9 \("h9"\): kind must be one of/, skipped: '(ports): 1000 features skipped', counts: {ports: 9000}}],
    ];
    for (const [name, text, expected] of cases) {
      errors.length = 0;
      const url = blobUrl(text);
      const done = nextReady(el);
      el.data = url;
      const counts = await done;
      URL.revokeObjectURL(url);
      expect(errors.length, name).toBe(1);
      expect(errors[0].message, name).toMatch(expected.message);
      expect(notice(el), name).toMatch(expected.message);
      if (expected.skipped) expect(notice(el), name).toContain(expected.skipped);
      expect(counts, name).toMatchObject(expected.counts);
    }
    // 3D positions are valid GeoJSON (RFC 7946 allows an altitude): kept, the altitude dropped, no error.
    errors.length = 0;
    const url = blobUrl(JSON.stringify({ports: collection([{...validPort('p3d', 4, 52), geometry: {type: 'Point', coordinates: [4, 52, 10]}}]), routes: collection([])}));
    const done = nextReady(el);
    el.data = url;
    expect(await done).toMatchObject({ports: 1});
    expect(errors).toEqual([]);
    expect(el.routeData!.ports[0].position).toEqual([4, 52]);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
    spares.push(el);
  });
});

/** Every way into the DOM we know of, in one string; a script that runs sets window.__pwned. */
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"><svg onload=window.__pwned=3><a href="javascript:window.__pwned=4">';
const pwned = () => (window as {__pwned?: number}).__pwned;

/** Each element in the tree, shadow roots included. */
function* everyElement(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everyElement(el.shadowRoot);
  }
}

/** No handler attribute, no script address and no element from the payload anywhere in the page (the hosts' own attributes are the page's). */
function assertInert() {
  for (const el of everyElement(document)) {
    if (el.tagName === 'ROUTE-MAP') continue;
    for (const {name, value} of el.attributes) {
      expect(name.startsWith('on'), `${el.tagName} ${name}`).toBe(false);
      expect(/^\s*javascript:/i.test(value), `${el.tagName} ${name}=${value}`).toBe(false);
    }
    if (el instanceof HTMLAnchorElement && el.getAttribute('href')) expect(el.href, 'link').toMatch(/^(https?:|#)/);
    expect(el instanceof HTMLImageElement && el.getAttribute('src') === 'x', 'payload img').toBe(false);
  }
  expect(pwned()).toBeUndefined();
}

/** The bundled data and story with the payload before every text a person reads. */
async function hostileInputs(): Promise<{data: string; story: string}> {
  const poison = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string') return ['en', 'nl', 'publisher', 'title', 'text'].includes(key) ? `${PAYLOAD}${v}` : v;
    if (Array.isArray(v)) return v.map((x) => poison(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]));
    return v;
  };
  const bundle: Record<string, unknown> = {};
  for (const layer of LAYER_NAMES) {
    const files = await Promise.all(bundledUrls(layer).map(async (url) => (await fetch(url)).json() as Promise<{features: unknown[]}>));
    bundle[layer] = {type: 'FeatureCollection', features: poison(files.flatMap((f) => f.features))};
  }
  const story = poison(await (await fetch(storyUrl)).json());
  return {data: blobUrl(JSON.stringify(bundle)), story: blobUrl(JSON.stringify(story))};
}

describe('hostile text', STARTS, () => {
  it('script payloads in every displayed data property show as literal text, everywhere they are shown', async () => {
    const watch = watchUncaught();
    const {data, story} = await hostileInputs();
    const {el, ready, errors} = mount({data, story});
    const counts = await ready;
    // Markup in speaker notes is said, as it may be HTML pasted by mistake; nothing else is a problem.
    expect(errors.flatMap((e) => e.problems).filter((p) => !/^notes\.(en|nl) holds markup/.test(p.message))).toEqual([]);
    expect(counts.routes).toBeGreaterThan(30);
    const root = el.shadowRoot!;
    // The tooltip, by keyboard: ports, routes and organisations in turn.
    const list = root.querySelector<HTMLElement>('.navigator')!;
    list.focus();
    for (let i = 0; i < 45; i++) {
      list.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true, composed: true}));
      await el.updateComplete;
      expect(root.querySelector('.tooltip')!.textContent, `tooltip ${i}`).toContain(PAYLOAD);
    }
    // The details of each kind, the story panel, the announcement and the tables.
    for (const id of ['rotterdam', 'colombia', 'colombia-guayaquil', 'europol']) {
      el.selected = id;
      await vi.waitFor(() => expect(root.querySelector('.details-title')?.textContent, id).toContain(PAYLOAD), {timeout: 10_000});
      expect(root.querySelector('[role=status][aria-live]')!.textContent).toContain(PAYLOAD);
    }
    el.chapter = 'mainports';
    await vi.waitFor(() => expect(root.querySelector('.chapter-title')?.textContent).toContain(PAYLOAD), {timeout: 10_000});
    root.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('.tables tbody tr').length).toBe(counts.ports + counts.routes + counts.events), {timeout: 10_000});
    expect(root.textContent!.split(PAYLOAD).length - 1).toBeGreaterThan(200);
    assertInert();
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });

  it('script payloads in every attribute do nothing but what the attribute allows', async () => {
    const watch = watchUncaught();
    const {el, errors} = await runningMap();
    for (const name of ['lang', 'chapter', 'selected', 'theme', 'projection', 'year', 'layers', 'controls', 'interactive', 'autoplay', 'presenter', 'hash']) {
      el.setAttribute(name, PAYLOAD);
      await el.updateComplete;
    }
    // The three URL attributes: a javascript: or markup address is fetched as nothing and reported.
    for (const name of ['data', 'basemap', 'story']) {
      el.setAttribute(name, `javascript:window.__pwned=5//${PAYLOAD}`);
      await el.updateComplete;
    }
    // A new basemap or story starts the map again; once it is up, everything it loaded has been reported.
    await nextReady(el);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(el.year).toBeUndefined();
    expect(errors.map((e) => e.message).join('\n')).toContain('layers attribute: "<img" is not a known name');
    expect(el.shadowRoot!.querySelector('.problems')!.textContent).toContain('javascript:window.__pwned=5//<img src=x onerror=');
    assertInert();
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });
});
