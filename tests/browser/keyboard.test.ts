/**
 * The keyboard, the screen reader's announcements and the data table. One map serves both tests, as
 * a visitor's would; each starts from it with nothing selected and the tables closed.
 */
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {mount, tooltipText, type Mounted} from './helpers';
import type {RouteMapReadyDetail} from '../../src/index';

let shared: Promise<Mounted & {counts: RouteMapReadyDetail}> | undefined;
const visitor = () => (shared ??= (async () => {
  const mounted = mount();
  return {...mounted, counts: await mounted.ready};
})());
afterAll(async () => (await shared)?.el.remove());
beforeEach(async () => {
  const {el} = await visitor();
  el.removeAttribute('selected');
  if (el.shadowRoot!.querySelector('.tables table')) el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
  await el.updateComplete;
});

describe('keyboard and screen reader', () => {
  it('Tab reaches the map, then its ports and routes; arrows move, Enter selects Rotterdam and it is announced', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    const {el} = await visitor();
    before.focus();
    await userEvent.tab();
    // First stop: the map itself (MapLibre's canvas, where arrows pan and PageDown steps the story).
    expect(el.shadowRoot!.activeElement).toBe(el.map!.getCanvas());
    // Tab on until the ports-and-routes list has focus.
    for (let i = 0; i < 30 && el.shadowRoot!.activeElement?.getAttribute('role') !== 'listbox'; i++) await userEvent.tab();
    const list = el.shadowRoot!.activeElement!;
    expect(list.getAttribute('role')).toBe('listbox');
    // Focus activates the first item; only the active option is in the DOM, with its place in the list.
    const option = () => list.querySelector('[role=option]');
    await vi.waitFor(() => expect(option()).not.toBeNull(), {timeout: 10_000});
    expect(option()!.getAttribute('aria-posinset')).toBe('1');
    const total = Number(option()!.getAttribute('aria-setsize'));
    expect(total).toBeGreaterThan(40);
    for (let i = 0; i < total && !option()!.textContent!.startsWith('Rotterdam,'); i++) await userEvent.keyboard('{ArrowDown}');
    expect(option()!.textContent).toMatch(/^Rotterdam,/);
    expect(list.getAttribute('aria-activedescendant')).toBe(option()!.id);
    await vi.waitFor(() => expect(tooltipText(el)).toMatch(/^Rotterdam/), {timeout: 10_000});
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(el.selected).toBe('rotterdam'), {timeout: 10_000});
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).toBe('Rotterdam: about 11,500 kg seized (2025), 4 incoming routes, 6 outgoing routes');
    before.remove();
  });
});

describe('the data table', () => {
  it('lists every route and place, sorts by a column, and selects in sync with the map', async () => {
    const {el, counts} = await visitor();
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
    await userEvent.click(toggle);
    // The table's code loads on first use.
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.tables table')).not.toBeNull(), {timeout: 5000});
    const tables = el.shadowRoot!.querySelector('.tables')!;
    const [places, routes] = tables.querySelectorAll('table');
    expect(places.querySelectorAll('tbody tr')).toHaveLength(counts.ports);
    expect(routes.querySelectorAll('tbody tr')).toHaveLength(counts.routes);
    // Sorted by latest seizures, largest first: Antwerp (about 55 t in 2025) above Rotterdam (about 11,500 kg in 2025).
    const placeNames = () => [...places.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(placeNames().indexOf('Antwerp')).toBeLessThan(placeNames().indexOf('Rotterdam'));
    const nameHeader = places.querySelector<HTMLButtonElement>('thead th button')!;
    await userEvent.click(nameHeader);
    await vi.waitFor(() => expect(places.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending'), {timeout: 10_000});
    const sorted = placeNames();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
    const rotterdam = [...places.querySelectorAll<HTMLButtonElement>('tbody th button')].find((b) => b.textContent === 'Rotterdam')!;
    await userEvent.click(rotterdam);
    await vi.waitFor(() => expect(el.selected).toBe('rotterdam'), {timeout: 10_000});
    expect(places.querySelector('tr.selected th')!.textContent!.trim()).toBe('Rotterdam');
  });
});
