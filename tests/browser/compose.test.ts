/**
 * One composed interface, and the search in it. The parts over the map (search, legend, time bar,
 * details, story panel, buttons, notices, tables, the presenter's key) are measured in the views a
 * visitor and a presenter see, at 1920×1080, 1280×720, 1024×640 and 390×844, with a selection, the
 * time bar, the tables, a chapter or the search open; none may cover another, and each lies inside
 * the box. One map serves every view, resized as a window is.
 */
import {afterAll, describe, expect, it, vi} from 'vitest';
import {page, userEvent} from 'vitest/browser';
import type {RouteMap} from '../../src/index';
import {mount} from './helpers';

const PARTS = ['.search', '.legend', '.timebar', '.details', '.panel', '.toggles', '.problems', '.tables', '.key', '.sampled', '.slot-title', '.slot-caption'];
const SIZES = [[1920, 1080], [1280, 720], [1024, 640], [390, 844]] as const;

let shared: Promise<RouteMap> | undefined;
async function mapAt(width: number, height: number): Promise<RouteMap> {
  await page.viewport(width, height);
  shared ??= (async () => {
    // An unknown layer name: a notice among the parts.
    const {el, ready} = mount({layers: 'source ocean onward synthetic money ports organisations events countries atlantis'}, {width, height});
    await ready;
    return el;
  })();
  const el = await shared;
  el.style.width = `${width}px`;
  el.style.height = `${height}px`;
  el.map!.resize();
  await el.updateComplete;
  return el;
}
afterAll(async () => {
  (await shared)?.remove();
  await page.viewport(1024, 640);
});

const root = (el: RouteMap) => el.shadowRoot!;

/** Every pair of parts that cover each other, and every part that reaches outside the box. */
async function overlaps(el: RouteMap): Promise<string[]> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const host = el.getBoundingClientRect();
  const boxes = PARTS.flatMap((selector) => [...root(el).querySelectorAll<HTMLElement>(selector)].map((node) => ({selector, r: node.getBoundingClientRect()})))
    .filter(({r}) => r.width > 1 && r.height > 1);
  const found: string[] = [];
  const px = (r: DOMRect) => `${Math.round(r.left - host.left)},${Math.round(r.top - host.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  for (const [i, a] of boxes.entries()) {
    if (a.r.left < host.left - 0.5 || a.r.top < host.top - 0.5 || a.r.right > host.right + 0.5 || a.r.bottom > host.bottom + 0.5) found.push(`${a.selector} (${px(a.r)}) outside the box`);
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5) found.push(`${a.selector} (${px(a.r)}) covers ${b.selector} (${px(b.r)}) by ${Math.round(w)}×${Math.round(h)}`);
    }
  }
  return found;
}

/** Opens a part folded to its one line, as a visitor's click would. */
async function unfold(el: RouteMap, selector: string) {
  const part = root(el).querySelector<HTMLDetailsElement>(selector);
  if (part && !part.open) part.querySelector('summary')!.click();
  await el.updateComplete;
}

async function typeInSearch(el: RouteMap, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('.search input')!;
  input.focus();
  // The matching's code arrives on first focus.
  await (el as unknown as {parts: {search: {loaded(): Promise<unknown>}}}).parts.search.loaded();
  await userEvent.fill(input, text);
  await el.updateComplete;
}

describe('one composed interface', () => {
  for (const [width, height] of SIZES) {
    it(`at ${width}×${height}: a selection, the time bar, the legend, a notice, the tables, the search, a chapter, presenter mode: nothing covers anything`, async () => {
      const el = await mapAt(width, height);
      const seen: Record<string, string[]> = {};
      el.selected = 'moin-rotterdam';
      await vi.waitFor(() => expect(root(el).querySelector('.details-title')).not.toBeNull(), {timeout: 10_000});
      await unfold(el, '.timebar');
      await unfold(el, '.legend');
      expect(root(el).querySelector('.problems')).not.toBeNull();
      seen['selection with the time bar and legend open'] = await overlaps(el);
      // Choose an event: its card opens in the time bar.
      root(el).querySelector<HTMLButtonElement>('.time-events button')?.click();
      seen['an event chosen'] = await overlaps(el);
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      seen['the tables open'] = await overlaps(el);
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      await typeInSearch(el, 'an');
      expect(root(el).querySelectorAll('.search [role=option]').length).toBeGreaterThan(1);
      seen['the search open'] = await overlaps(el);
      await typeInSearch(el, '');
      await el.goTo(2, {animate: false});
      el.selected = 'rotterdam';
      await el.updateComplete;
      seen['a chapter and a selection'] = await overlaps(el);
      el.presenter = true;
      await el.goTo(3, {animate: false});
      el.selected = 'antwerp';
      await el.updateComplete;
      seen['presenter mode with a selection'] = await overlaps(el);
      el.presenter = false;
      el.leaveStory();
      el.selected = undefined;
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((view) => [view, []])));
    });
  }
});

describe('the search box', () => {
  it('type, arrows and Enter select and announce the answer; Escape clears and gives the focus back to the map', async () => {
    const el = await mapAt(1280, 720);
    el.lang = 'en';
    await typeInSearch(el, 'curacao');
    const input = root(el).querySelector<HTMLInputElement>('.search input')!;
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = () => [...root(el).querySelectorAll('.search [role=option]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    expect(options()).toContain('Willemstad (Curaçao): transit hub');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const active = input.getAttribute('aria-activedescendant')!;
    expect(root(el).getElementById(active)!.getAttribute('aria-selected')).toBe('true');
    expect(root(el).getElementById(active)!.textContent).toContain('Willemstad');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(el.selected).toBe('willemstad'));
    expect(input.value).toBe('Willemstad (Curaçao)');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await vi.waitFor(() => expect(root(el).querySelector('.sr-only[role=status]')!.textContent).toMatch(/^Willemstad \(Curaçao\): /));
    // The answer is on screen, in the part of the box the interface leaves free.
    const at = el.map!.project([-68.93, 12.11]);
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(1280);
    await userEvent.keyboard('{Escape}');
    expect(input.value).toBe('');
    expect(root(el).activeElement).toBe(el.map!.getCanvas());
    expect(el.selected).toBe('willemstad');
    // `/` on the map focuses the box; typed there it is a character, not a presenter's key.
    await userEvent.keyboard('/');
    expect(root(el).activeElement).toBe(input);
    el.selected = undefined;
  });

  it('says "no match" for nothing and for text with no match; long text and markup are text, answered at once', async () => {
    const el = await mapAt(1280, 720);
    await typeInSearch(el, 'hamburg is not atlantis');
    expect([...root(el).querySelectorAll('.search [role=option]')].map((o) => o.textContent)).toEqual(['No match']);
    await typeInSearch(el, '<img src=x onerror="window.__searched = 1">'.repeat(250));
    expect(root(el).querySelector('.search img')).toBeNull();
    expect(root(el).querySelector('.search [role=option]')!.textContent).toBe('No match');
    expect((window as unknown as {__searched?: number}).__searched).toBeUndefined();
    await typeInSearch(el, '');
    root(el).querySelector<HTMLInputElement>('.search input')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(root(el).querySelector('.search [role=option]')!.textContent).toBe('No match');
    await userEvent.keyboard('{Escape}');
  });

  it('at 390 px wide: the box spans the top, the answers list under it, and the choice shows in the sheet; in Dutch too', async () => {
    const el = await mapAt(390, 844);
    el.lang = 'nl';
    await el.updateComplete;
    await typeInSearch(el, 'antwerp');
    const box = root(el).querySelector('.search')!.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(390 - 30);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(root(el).querySelector('.details-title')?.textContent).toBe('Antwerpen'));
    // The sheet takes the story panel's place.
    expect(root(el).querySelector('.panel')).toBeNull();
    el.selected = 'santos-antwerp';
    await vi.waitFor(() => expect(root(el).querySelector('.details .distance')?.textContent).toBe('ongeveer 9.700 km hemelsbreed, noordoost'));
    el.lang = 'en';
    await vi.waitFor(() => expect(root(el).querySelector('.details .distance')?.textContent).toBe('about 9,700 km as the crow flies, north-east'));
    el.selected = undefined;
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).not.toBeNull();
  });
});
