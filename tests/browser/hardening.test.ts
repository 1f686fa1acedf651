/**
 * Hardening in real Chromium: a lost GPU, no WebGL at all, malformed and hostile data.
 * Nothing may throw, nothing valid may be lost, and every failure is said on screen and in one event.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {arcMiddle, mount, near, readPixel} from './helpers';
import {BASE} from '../../src/layers/theme';
import type {RouteMap} from '../../src/index';

afterEach(() => {
  document.querySelectorAll('route-map').forEach((el) => el.remove());
});

/** Errors that reach the window: none are allowed. */
function watchUncaught() {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {uncaught, stop: () => { window.removeEventListener('error', onError); window.removeEventListener('unhandledrejection', onRejection); }};
}

const loseContext = (el: RouteMap) => el.map!.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a lost GPU', () => {
  it('says so on the map and in one route-map-error, and draws basemap and arcs again when the context comes back', async () => {
    const watch = watchUncaught();
    const {el, ready, errors} = mount({'reduced-motion': ''});
    await ready;
    const lose = loseContext(el);
    lose.loseContext();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.context-lost')?.textContent).toContain('WebGL context lost'));
    expect(errors).toEqual([{message: expect.stringContaining('WebGL context lost'), problems: [{file: 'map', message: expect.stringContaining('WebGL context lost')}]}]);
    lose.restoreContext();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.context-lost')).toBeNull(), {timeout: 5000});
    await el.settled();
    const map = el.map!;
    const sea = map.project([-25, -20]);
    expect(near(await readPixel(el, sea.x, sea.y), BASE.sea, 6)).toBe(true);
    const mid = arcMiddle(el, el.routeData!.routes.find((r) => r.id === 'manzanillo-rotterdam')!);
    const arc = await readPixel(el, mid.x, mid.y);
    expect(near(arc, BASE.sea, 20), `arc pixel ${arc} is drawn again`).toBe(false);
    expect(errors).toHaveLength(1);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });

  it('lost before the style loads, then restored: nothing throws and the map still comes up', async () => {
    const watch = watchUncaught();
    const {el, ready} = mount({'reduced-motion': ''});
    await vi.waitFor(() => expect(el.map).toBeDefined());
    const lose = loseContext(el);
    lose.loseContext();
    await pause(300);
    lose.restoreContext();
    const counts = await ready;
    expect(counts.routes).toBeGreaterThan(20);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });

  it('lost after removal, or while hovering and changing attributes: nothing throws', async () => {
    const watch = watchUncaught();
    const {el, ready} = mount();
    await ready;
    const lose = loseContext(el);
    lose.loseContext();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.context-lost')).not.toBeNull());
    // Everything a visitor or a page can do meanwhile.
    const canvas = el.map!.getCanvas();
    canvas.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: 300, clientY: 300}));
    for (const [k, v] of [['lang', 'nl'], ['theme', 'dark'], ['year', '2020'], ['selected', 'rotterdam'], ['layers', 'ocean'], ['projection', 'globe'], ['chapter', 'money']]) el.setAttribute(k, v);
    await el.updateComplete;
    await expect(el.exportPng()).rejects.toThrow('WebGL context lost');
    el.remove();
    lose.restoreContext();
    await pause(500);
    const other = mount();
    await other.ready;
    const again = loseContext(other.el);
    other.el.remove();
    again.loseContext();
    await pause(300);
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });
});

describe('no WebGL at all', () => {
  it('shows a picture of the default view and the data tables, says why, and fires one route-map-error', async () => {
    const watch = watchUncaught();
    const original = HTMLCanvasElement.prototype.getContext;
    // What a browser without WebGL answers.
    const stub = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original);
    try {
      const {el, errors} = mount({lang: 'nl'});
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.fallback .tables table')).not.toBeNull(), {timeout: 10_000});
      const root = el.shadowRoot!;
      expect(root.querySelector('.fallback-note')!.textContent).toContain('WebGL is niet beschikbaar');
      const img = root.querySelector<HTMLImageElement>('.fallback img')!;
      expect(img.alt).toMatch(/^Kaart: cocaïneroutes/);
      await vi.waitFor(() => expect(img.complete && img.naturalWidth).toBe(1024));
      const [places, routes] = root.querySelectorAll('.fallback table');
      expect(places.querySelectorAll('tbody tr').length).toBe(el.routeData!.ports.length);
      expect(routes.querySelectorAll('tbody tr').length).toBe(el.routeData!.routes.length);
      expect(errors).toEqual([{message: expect.stringContaining('WebGL is not available'), problems: [expect.objectContaining({file: 'map'})]}]);
      expect(el.getBoundingClientRect().height).toBeGreaterThan(100);
    } finally {
      stub.mockRestore();
    }
    watch.stop();
    expect(watch.uncaught).toEqual([]);
  });
});
