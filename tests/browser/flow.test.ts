/**
 * Moving flows, static ones with arrowheads, and the globe. The moving test has a map of its own;
 * the static one and the globe share a map that reduced motion from its start, watched from then on
 * by whichever test starts it, so that each passes alone and in any order.
 */
import {afterAll, describe, expect, it, vi} from 'vitest';
import type {Layer} from '@deck.gl/core';
import type {Route} from '../../src/data/schema';
import type {RouteMap} from '../../src/index';
import {mount, sceneOf} from './helpers';

let shared: Promise<{el: RouteMap; moved: boolean}> | undefined;
/** A map with motion reduced from the start; `moved` says whether its dashes moved in any frame until it settled. */
const still = () => (shared ??= (async () => {
  const {el, ready} = mount({'reduced-motion': ''});
  let moved = false;
  let watching = true;
  const watch = () => {
    if (el.animating) moved = true;
    if (watching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  await ready;
  await el.settled();
  watching = false;
  return {el, moved};
})());
afterAll(async () => (await shared)?.el.remove());

// Observer callbacks wait for frames, which take ~200 ms each in software WebGL under a busy CPU.
const SLOW = {timeout: 8000};

describe('moving flows', () => {
  it('move while the map is on screen, stop when it scrolls away or the motion is reduced', async () => {
    const {el, ready} = mount({}, undefined, {motion: true});
    await ready;
    await vi.waitFor(() => expect(el.animating).toBe(true), SLOW);
    el.style.top = '5000px';
    await vi.waitFor(() => expect(el.animating).toBe(false), SLOW);
    el.style.top = '0px';
    await vi.waitFor(() => expect(el.animating).toBe(true), SLOW);
    el.reducedMotion = true;
    await vi.waitFor(() => expect(el.animating).toBe(false), SLOW);
    el.remove();
    expect(el.animating).toBe(false);
  });

  it('are static under reduced motion from the start, with arrowheads', async () => {
    const {captureMap} = await import('../../src/story/export');
    // Watched from the start, every frame: the dashes never start moving.
    const {el, moved} = await still();
    el.projection = 'mercator';
    await el.settled();
    expect(moved).toBe(false);
    expect(el.animating).toBe(false);

    const {layers, drawnRoutes} = sceneOf(el);
    const arcs = layers.find((l) => l.id === 'routes')!;
    expect(arcs.props.extensions).toEqual([]);
    // An arrowhead at the end of every drawn route.
    const arrows = layers.find((l) => l.id === 'route-arrows')!;
    expect(arrows, 'the arrowheads layer').toBeDefined();
    expect(arrows.props.visible).toBe(true);
    expect(arrows.props.data).toBe(drawnRoutes);
    expect(drawnRoutes.length).toBeGreaterThan(10);

    // Drawn: the map with and without the arrowheads differs at each arrowhead's place (around the
    // route's end, where the arc and the port's circle also are).
    const pixels = (shot: HTMLCanvasElement) => shot.getContext('2d')!.getImageData(0, 0, shot.width, shot.height).data;
    const session = (el as unknown as {parts: {session: {drawFrame(layers: Layer[]): void}}}).parts.session;
    const withArrows = pixels(await captureMap(el.map!));
    session.drawFrame(layers.map((l) => (l === arrows ? l.clone({visible: false}) : l)));
    const without = pixels(await captureMap(el.map!));
    session.drawFrame(layers);
    const canvas = el.map!.getCanvas();
    const ratio = canvas.width / canvas.clientWidth;
    const changed: {x: number; y: number}[] = [];
    for (let i = 0; i < withArrows.length; i += 4) {
      const d = Math.abs(withArrows[i] - without[i]) + Math.abs(withArrows[i + 1] - without[i + 1]) + Math.abs(withArrows[i + 2] - without[i + 2]);
      if (d > 60) changed.push({x: ((i / 4) % canvas.width) / ratio, y: Math.floor(i / 4 / canvas.width) / ratio});
    }
    // Each arrowhead's tip is on its route's end and it reaches back its size (see deck-layers.ts).
    const size = (arrows.props as unknown as {getSize: (r: Route) => number}).getSize;
    const heads = drawnRoutes.map((r) => ({...el.map!.project(r.targetPosition), reach: size(r) + 2}));
    const near = (p: {x: number; y: number}, h: {x: number; y: number; reach: number}) => Math.abs(p.x - h.x) <= h.reach && Math.abs(p.y - h.y) <= h.reach;
    const onScreen = heads.filter(({x, y, reach}) => x > reach && y > reach && x < el.clientWidth - reach && y < el.clientHeight - reach);
    expect(onScreen.length).toBeGreaterThan(10);
    expect(onScreen.filter((h) => !changed.some((p) => near(p, h))), 'route ends where no arrowhead is drawn').toEqual([]);
    // And nowhere else.
    expect(changed.filter((p) => !heads.some((h) => near(p, h))), 'pixels the arrowheads change away from any route end').toEqual([]);

    // Static: two frames some time apart are the same, pixel for pixel (moving dashes would differ).
    const first = pixels(await captureMap(el.map!));
    for (let i = 0; i < 10; i++) await new Promise(requestAnimationFrame);
    const later = pixels(await captureMap(el.map!));
    let differing = 0;
    for (let i = 0; i < first.length; i++) if (first[i] !== later[i]) differing++;
    expect(differing).toBe(0);
  });
});

describe('the globe', () => {
  it('switches between the flat map and a globe, with the arcs drawn on both', async () => {
    const {captureMap} = await import('../../src/story/export');
    const {LEG_COLORS} = await import('../../src/layers/theme');
    const orange = async (el: import('../../src/index').RouteMap) => {
      const shot = await captureMap(el.map!);
      const {data} = shot.getContext('2d')!.getImageData(0, 0, shot.width, shot.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - LEG_COLORS.ocean[0]) < 30 && Math.abs(data[i + 1] - LEG_COLORS.ocean[1]) < 30 && Math.abs(data[i + 2] - LEG_COLORS.ocean[2]) < 30) n++;
      }
      return n;
    };
    const {el} = await still();
    const flat = await orange(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.projection-toggle')!.click();
    await vi.waitFor(() => expect(el.map!.getProjection()?.type).toBe('globe'), {timeout: 10_000});
    await el.settled();
    expect(el.getAttribute('projection')).toBe('globe');
    const globe = await orange(el);
    expect(flat).toBeGreaterThan(500);
    expect(globe).toBeGreaterThan(500);
    el.projection = 'mercator';
    await vi.waitFor(() => expect(el.map!.getProjection()?.type).toBe('mercator'), {timeout: 10_000});
  });
});
