/**
 * Time in the element: the events in the strip and the tables, choosing one (by pointer and by
 * keyboard alone), the coalition as drawn before, at and after its dates, the `date` attribute
 * and its errors. One map serves the tests in turn, as a visitor's would; each starts from it at
 * the latest, tables closed, so each passes alone and in any order.
 */
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import axe from 'axe-core';
import {mount, sceneOf} from './helpers';
import type {RouteMap, RouteMapErrorDetail} from '../../src/index';
import type {RouteMapTimeDetail} from '../../src/components/route-map/events';
import {LAYERS} from '../../src/layers/basemap-style';
import {ROLE_FILLS, css} from '../../src/layers/theme';
import {eventsInOrder} from '../../src/data/time';

const COALITION = ['NLD', 'BEL', 'FRA', 'ESP', 'DEU', 'ITA', 'SWE'];

/** The ISO codes the map fills in the coalition's tint now. */
function tintedCoalition(el: RouteMap): string[] {
  const color = el.map!.getPaintProperty(LAYERS.roleFill, 'fill-color');
  if (!Array.isArray(color)) return [];
  const pairs = color.slice(2, -1) as string[];
  const tint = css(ROLE_FILLS.coalition);
  return pairs.filter((_, i) => i % 2 === 0 && pairs[i + 1] === tint).filter((iso) => COALITION.includes(iso));
}

const root = (el: RouteMap) => el.shadowRoot!;
const strip = (el: RouteMap) => [...root(el).querySelectorAll<HTMLButtonElement>('.time-events button')];
const status = (el: RouteMap) => root(el).querySelector('.sr-only[role=status]')!.textContent!;
const summary = (el: RouteMap) => root(el).querySelector('.timebar summary')!.textContent!.replace(/\s+/g, ' ').trim();

describe('time', () => {
  let shared: Promise<{el: RouteMap; times: RouteMapTimeDetail[]; errors: RouteMapErrorDetail[]}> | undefined;
  const visitor = () => (shared ??= (async () => {
    const {el, ready, errors} = mount({'reduced-motion': ''}, {width: 1280, height: 720});
    const times: RouteMapTimeDetail[] = [];
    el.addEventListener('route-map-time', (e) => times.push(e.detail));
    await ready;
    await el.updateComplete;
    return {el, times, errors};
  })());
  afterAll(async () => (await shared)?.el.remove());
  // Back to the latest, no event chosen, the tables closed and no notice on the map (a reported
  // date's notice covers the strip's right end at this size), whatever the test before left.
  beforeEach(async () => {
    const {el} = await visitor();
    el.date = undefined;
    if (root(el).querySelector('.tables table')) root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    root(el).querySelector<HTMLButtonElement>('.problems button')?.click();
    await el.updateComplete;
    await vi.waitFor(() => {
      expect(el.date).toBeUndefined();
      expect(el.hasAttribute('date')).toBe(false);
      expect(root(el).querySelector('.time-latest')).toBeNull();
      expect(root(el).querySelector('.tables table')).toBeNull();
      expect(root(el).querySelector('[part=problems]')).toBeNull();
    });
  }, 120_000);

  it('every event is in the strip, in date order, with its date as precise as its source', async () => {
    const {el} = await visitor();
    const events = eventsInOrder(el.routeData!.events);
    expect(events).toHaveLength(16);
    const buttons = strip(el);
    expect(buttons.map((b) => b.querySelector('.event-name')!.textContent)).toEqual(events.map((e) => e.name.en));
    // As precise as the source: to the day where it gives one, the year where it does not.
    expect(buttons[0].querySelector('.event-date')!.textContent).toBe('16 Dec 2019');
    expect(buttons.find((b) => b.textContent!.includes('Antwerp'))!.querySelector('.event-date')!.textContent).toBe('Jun 2023');
    // At the latest, seven members, and the bar says so.
    expect(summary(el)).toBe('latest Coalition: 7 countries (since 7 May 2024)');
    expect(tintedCoalition(el).sort()).toEqual([...COALITION].sort());
    // The eight events that have a place are marked there; the eight without one are in the strip only.
    const marked = sceneOf(el).layers.find((l) => l.id === 'events')!.props.data as {id: string}[];
    expect(marked.map((e) => e.id)).toEqual(events.filter((e) => e.position).map((e) => e.id));
    expect(marked).toHaveLength(8);
  });

  it('choosing an event moves the time to its date, brings forward what it concerns, and says so', async () => {
    const {el, times} = await visitor();
    const button = strip(el).find((b) => b.textContent!.includes('Hamburg'))!;
    await userEvent.click(button);
    await vi.waitFor(() => expect(el.date).toBe('2024-05-07'));
    expect(el.getAttribute('date')).toBe('2024-05-07');
    expect(el.year).toBe(2024);
    expect(times.at(-1)).toEqual({date: '2024-05-07', year: 2024});
    expect(status(el)).toBe('7 May 2024: Third ministerial meeting in Hamburg; Sweden joins. Coalition as of 7 May 2024: 7 countries');
    expect(summary(el)).toBe('Coalition as of 7 May 2024: 7 countries');
    const selection = sceneOf(el).selection!;
    expect(selection.countryFocus).toEqual(expect.arrayContaining(['SWE', 'DEU', 'NLD']));
    // Its card: date and place, title, text and sources, as text.
    const card = root(el).querySelector('.event-card')!;
    expect(card.textContent).toContain('7 May 2024 · Hamburg');
    expect(card.textContent).toContain('dpa via Backnanger Kreiszeitung');
    await vi.waitFor(() => expect(tintedCoalition(el)).toHaveLength(7));
  });

  it('before December 2021 no country is drawn as a coalition member; the slider steps by month', async () => {
    const {el, times} = await visitor();
    el.date = '2021-11';
    await vi.waitFor(() => expect(tintedCoalition(el)).toEqual([]));
    expect(summary(el)).toBe('As of Nov 2021: no coalition of port countries yet (it starts in Dec 2021)');
    expect(times.at(-1)).toEqual({date: '2021-11', year: 2021});
    const slider = root(el).querySelector<HTMLInputElement>('.time-axis input')!;
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(el.date).toBe('2021-12'));
    await vi.waitFor(() => expect(tintedCoalition(el).sort()).toEqual(['BEL', 'ESP', 'FRA', 'NLD']));
    // PageUp is the slider's (a year), not the story's next chapter.
    await userEvent.keyboard('{PageUp}');
    await vi.waitFor(() => expect(el.date).toBe('2022-12'));
    expect(el.chapter).toBeUndefined();
    expect(tintedCoalition(el)).toHaveLength(6);
    expect(slider.getAttribute('aria-valuetext')).toBe('Dec 2022');
  });

  it('keyboard alone reaches and chooses every event, in order', async () => {
    const {el} = await visitor();
    const events = eventsInOrder(el.routeData!.events);
    // A time of the visitor's own, so the bar offers the way back to the latest.
    el.date = '2021-11';
    await vi.waitFor(() => expect(root(el).querySelector('.time-latest')).not.toBeNull());
    root(el).querySelector<HTMLInputElement>('.time-axis input')!.focus();
    // From the slider: the play button, the latest button, then the strip's one tab stop.
    await userEvent.tab();
    expect(root(el).activeElement?.className).toBe('time-play');
    await userEvent.tab();
    expect(root(el).activeElement?.className).toBe('time-latest');
    await userEvent.tab();
    expect(root(el).activeElement?.closest('.time-events')).not.toBeNull();
    await userEvent.keyboard('{Home}');
    for (const [i, event] of events.entries()) {
      expect(root(el).activeElement!.querySelector('.event-name')!.textContent).toBe(event.name.en);
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(el.date).toBe(event.date));
      expect(status(el)).toContain(event.name.en);
      if (i < events.length - 1) await userEvent.keyboard('{ArrowRight}');
    }
    expect(strip(el).filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('axe finds no serious or critical violation with the strip open and a card shown', async () => {
    const {el} = await visitor();
    strip(el)[3].focus();
    await el.updateComplete;
    expect(root(el).querySelector('.event-card')).not.toBeNull();
    const result = await axe.run(el, {resultTypes: ['violations']});
    console.log(result.violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join('; ') || 'no violations');
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('every event is in the tables, and choosing one there does what the strip does', async () => {
    const {el} = await visitor();
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await vi.waitFor(() => expect(root(el).querySelector('.tables table')).not.toBeNull(), {timeout: 5000});
    const table = [...root(el).querySelectorAll('.tables table')].find((t) => t.querySelector('caption')!.textContent === 'Events of the response')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r.querySelector('th')!.textContent!.trim())).toEqual(eventsInOrder(el.routeData!.events).map((e) => e.name.en));
    expect(rows[0].textContent).toContain('Dubai');
    // Sortable like the others: by date, latest first.
    const dateHeader = [...table.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent === 'Date')!;
    dateHeader.click();
    await el.updateComplete;
    dateHeader.click();
    await vi.waitFor(() => expect(table.querySelector('tbody th')!.textContent!.trim()).toBe('Non-paper of the seven on an EU Ports Alliance and ports strategy'));
    table.querySelector<HTMLButtonElement>('tbody th button')!.click();
    await vi.waitFor(() => expect(el.date).toBe('2025-04-29'));
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
  });

  it('sources link to their pages in a new tab, in the card and the tables; one with no address says so', async () => {
    const {el} = await visitor();
    const wellFormed = (links: Iterable<HTMLAnchorElement>) => {
      for (const a of links) {
        expect(a.getAttribute('href')).toMatch(/^https?:\/\/\S+$/);
        expect([a.target, a.rel]).toEqual(['_blank', 'noopener noreferrer']);
      }
    };
    // The Toekomstagenda: the letter itself is not online; the debate about it is.
    el.chooseEvent('toekomstagenda');
    const card = await vi.waitFor(() => {
      const shown = root(el).querySelector<HTMLElement>('.event-card');
      expect(shown).not.toBeNull();
      return shown!;
    });
    await vi.waitFor(() => expect(card.textContent).toContain('Future agenda'));
    expect(card.querySelectorAll('a')).toHaveLength(1);
    wellFormed(card.querySelectorAll('a'));
    expect(card.querySelector('.not-online')!.textContent).toBe('(not online)');
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await vi.waitFor(() => expect(root(el).querySelector('.tables table')).not.toBeNull(), {timeout: 5000});
    const tables = root(el).querySelector('.tables')!;
    const links = tables.querySelectorAll<HTMLAnchorElement>('td a');
    // Every row's source is linked but the four not online.
    expect(links.length).toBeGreaterThan(70);
    wellFormed(links);
    const row = [...tables.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent!.includes('Future agenda'))!;
    expect(row.querySelectorAll('a')).toHaveLength(1);
    expect(row.querySelector('.not-online')!.textContent).toBe('(not online)');
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
  });

  it('a date that does not parse or lies outside the map\'s years is reported, and the time shown is unchanged', async () => {
    const {el, errors} = await visitor();
    el.date = '2023-06';
    await vi.waitFor(() => expect(el.year).toBe(2023));
    for (const bad of ['2030', '2023-02-30', 'soon']) {
      const before = errors.length;
      el.setAttribute('date', bad);
      await vi.waitFor(() => expect(errors.length).toBe(before + 1));
      expect(errors.at(-1)!.message).toContain(`"${bad}" is not a date from 2016 to 2025`);
      expect(el.date).toBe('2023-06');
      expect(el.getAttribute('date')).toBe('2023-06');
    }
    // year keeps working: it sets the date to the end of that year.
    el.year = 2019;
    await vi.waitFor(() => expect(el.date).toBe('2019'));
    expect(tintedCoalition(el)).toEqual([]);
    el.removeAttribute('date');
    await vi.waitFor(() => expect(el.year).toBeUndefined());
  });
});
