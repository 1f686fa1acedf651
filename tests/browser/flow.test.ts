import {afterEach, describe, expect, it, vi} from 'vitest';
import {mount} from './helpers';

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el.remove()));

describe('moving flows', () => {
  it('move while the map is on screen, stop when it scrolls away or the motion is reduced', async () => {
    const {el, ready} = mount();
    await ready;
    await vi.waitFor(() => expect(el.animating).toBe(true));
    el.style.top = '5000px';
    await vi.waitFor(() => expect(el.animating).toBe(false));
    el.style.top = '0px';
    await vi.waitFor(() => expect(el.animating).toBe(true));
    el.reducedMotion = true;
    await vi.waitFor(() => expect(el.animating).toBe(false));
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
