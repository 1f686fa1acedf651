/**
 * The legend, the time control, the themes and the slots. One map serves the tests in turn, as a
 * visitor's would, with the page's own title, caption and footer slotted in; each starts from the
 * map at 1024×640, light, at the latest, every layer on, so each passes alone and in any order.
 */
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {mount, sceneOf} from './helpers';
import type {Leg} from '../../src/data/schema';
import type {RouteMap} from '../../src/index';

const SLOTS = ['title', 'caption', 'footer'];
let shared: Promise<RouteMap> | undefined;
const visitor = () => (shared ??= (async () => {
  const {el, ready} = mount();
  for (const name of SLOTS) {
    const p = document.createElement('p');
    p.slot = name;
    p.textContent = `my ${name}`;
    el.append(p);
  }
  await ready;
  return el;
})());
afterAll(async () => (await shared)?.remove());
beforeEach(async () => {
  const el = await visitor();
  for (const name of ['theme', 'date', 'year', 'layers']) el.removeAttribute(name);
  Object.assign(el.style, {width: '1024px', height: '640px'});
  await el.updateComplete;
  await el.settled();
});

/** The routes the map draws now (the element's current selection of records). */
const drawnLegs = (el: RouteMap) => new Set(sceneOf(el).selection!.routes.map((r) => r.leg));

describe('the legend', () => {
  it('switches layers off and on, and explains the encodings', async () => {
    const el = await visitor();
    const legend = el.shadowRoot!.querySelector('.legend')!;
    expect(legend.textContent).toContain('line width ranks routes but is illustrative');
    expect(drawnLegs(el).has('money' as Leg)).toBe(true);
    const money = [...legend.querySelectorAll('label')].find((l) => l.textContent!.includes('criminal money'))!;
    await userEvent.click(money.querySelector('input')!);
    await vi.waitFor(() => expect(drawnLegs(el).has('money' as Leg)).toBe(false), {timeout: 10_000});
    await userEvent.click(money.querySelector('input')!);
    await vi.waitFor(() => expect(drawnLegs(el).has('money' as Leg)).toBe(true), {timeout: 10_000});
  });

  it('opens where the box has room, folds when the box becomes a phone\'s, and keeps what the visitor chose', async () => {
    const el = await visitor();
    const legend = () => el.shadowRoot!.querySelector<HTMLDetailsElement>('.legend')!;
    const resize = async (width: number, height: number) => {
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
      // The element renders again when its box crosses a laptop's size; the toggle event of a change the template made arrives after.
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
    };
    expect(legend().open).toBe(true);
    await resize(390, 844);
    expect(legend().open).toBe(false);
    await userEvent.click(legend().querySelector('summary')!);
    await resize(1024, 640);
    await resize(390, 844);
    expect(legend().open).toBe(true);
  });

  it('the time control sets the year of the ports\' seizures, and plays through the years and events', async () => {
    const el = await visitor();
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('.timebar input[type=range]')!;
    // December 2019: the 2019 totals size the ports.
    slider.value = String(3 * 12 + 11);
    slider.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(el.year).toBe(2019), {timeout: 10_000});
    expect(el.getAttribute('date')).toBe('2019-12');
    expect(sceneOf(el).layers.find((l) => l.id === 'ports')!.props.updateTriggers.getRadius).toContain(2019);
    vi.useFakeTimers({toFake: ['setInterval', 'clearInterval']});
    try {
      // The stops after December 2019: the end of 2020, then the UAE treaties of 29 August 2021.
      el.togglePlay();
      expect(el.date).toBe('2020');
      vi.advanceTimersByTime(1200);
      await vi.waitFor(() => expect(el.date).toBe('2021-08-29'), {timeout: 10_000});
      el.togglePlay();
      vi.advanceTimersByTime(1200 * 3);
      expect(el.date).toBe('2021-08-29');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('themes', () => {
  it('dark: the basemap, the country tints and the panels follow', async () => {
    const {readPixel, near} = await import('./helpers');
    const {DARK, BASE} = await import('../../src/layers/theme');
    const el = await visitor();
    const sea = el.map!.project([-25, -20]);
    expect(near(await readPixel(el, sea.x, sea.y), BASE.sea, 6)).toBe(true);
    el.theme = 'dark';
    await vi.waitFor(async () => expect(near(await readPixel(el, sea.x, sea.y), DARK.base.sea, 6)).toBe(true), {timeout: 10_000});
    expect(getComputedStyle(el.shadowRoot!.querySelector('.legend')!).color).toBe('rgb(232, 232, 232)');
  });
});

describe('slots', () => {
  it('shows the page\'s own title, caption and footer over the map', async () => {
    const el = await visitor();
    for (const name of SLOTS) {
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name=${name}]`)!;
      expect(slot.assignedElements().map((e) => e.textContent)).toEqual([`my ${name}`]);
      const box = slot.assignedElements()[0].getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
    }
  });
});
