import {afterEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {flyTo, mount} from './helpers';
import type {RouteMapSelectDetail} from '../../src/index';

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el.remove()));

describe('selecting a place', () => {
  it('a click on a port selects it: its flows come forward, its details and sources show, and it is announced; Esc clears', async () => {
    const {el, ready} = mount();
    await ready;
    const events: RouteMapSelectDetail[] = [];
    el.addEventListener('route-map-select', (e) => events.push(e.detail));
    await flyTo(el, [4.034, 51.957], 6);
    const p = el.map!.project([4.034, 51.957]);
    await userEvent.click(el.map!.getCanvas(), {position: {x: p.x, y: p.y}});
    await vi.waitFor(() => expect(el.selected).toBe('rotterdam'), {timeout: 10_000});
    expect(events).toEqual([{id: 'rotterdam', kind: 'port', name: 'Rotterdam'}]);
    expect(el.getAttribute('selected')).toBe('rotterdam');
    // The details' code loads on first use.
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')?.textContent).toBe('Rotterdam'), {timeout: 5000});
    const details = el.shadowRoot!.querySelector('.details')!;
    expect(details.querySelector('.chart')!.getAttribute('aria-label')).toMatch(/^seized: 13,312 kg seized \(2016\); 18,947 kg/);
    expect(details.textContent).toContain('45,506 kg seized (2023)');
    // Every source of Rotterdam has an address: each is a link that opens a new tab.
    expect(details.querySelectorAll('.sources li')).toHaveLength(details.querySelectorAll('.sources a').length);
    for (const a of details.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect([a.target, a.rel]).toEqual(['_blank', 'noopener noreferrer']);
    }
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).toBe('Rotterdam: about 11,500 kg seized (2025), 4 incoming routes, 6 outgoing routes');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(el.selected).toBeUndefined(), {timeout: 10_000});
    expect(events.at(-1)).toEqual({id: null});
    expect(el.shadowRoot!.querySelector('.details')).toBeNull();
  });

  it('the selected attribute selects from the page, and an unknown id selects nothing', async () => {
    const {el, ready} = mount({selected: 'antwerp'});
    const events: RouteMapSelectDetail[] = [];
    el.addEventListener('route-map-select', (e) => events.push(e.detail));
    await ready;
    expect(events).toEqual([{id: 'antwerp', kind: 'port', name: 'Antwerp'}]);
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')?.textContent).toBe('Antwerp'), {timeout: 10_000});
    // A source with no address is text, and says so; the others are links. Official publishers first (Europol).
    el.selected = 'guayaquil';
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')?.textContent).toBe('Guayaquil'), {timeout: 10_000});
    const items = [...el.shadowRoot!.querySelectorAll('.details .sources li')];
    expect(items.map((li) => [li.textContent!.split(',')[0], li.querySelector('a') !== null, li.querySelector('.not-online')?.textContent])).toEqual([
      ['Europol', true, undefined], ['AFP', false, '(not online)'], ['NH Nieuws', true, undefined], ['Gibraltar Chronicle', true, undefined], ['NRC (HARC figures)', true, undefined],
    ]);
    el.selected = 'atlantis';
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details')).toBeNull(), {timeout: 10_000});
  });
});
