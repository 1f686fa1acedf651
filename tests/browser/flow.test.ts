import {afterEach, describe, expect, it, vi} from 'vitest';
import {mount} from './helpers';

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el.remove()));

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
    const {el, ready} = mount({'reduced-motion': ''});
    await ready;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.animating).toBe(false);
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
    const {el, ready} = mount({'reduced-motion': ''});
    await ready;
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
