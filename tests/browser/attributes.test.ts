/**
 * Every attribute of the contract, changed while the map runs: the map follows without a page
 * reload, and the map, its WebGL context and its listeners stay the same unless the change asks
 * for new data (`data`, `basemap`, `story`).
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {mount, sceneOf} from './helpers';
import {LAYERS} from '../../src/layers/basemap-style';
import type {RouteMap, RouteMapChapterDetail, RouteMapSelectDetail} from '../../src/index';

afterEach(() => {
  document.querySelectorAll('route-map').forEach((el) => el.remove());
});

const shadow = (el: RouteMap) => el.shadowRoot!;
const legendRows = (el: RouteMap) => [...shadow(el).querySelectorAll('.legend label.row span')].map((s) => s.textContent);
/** The routes deck.gl draws now. */
const drawnRoutes = (el: RouteMap) => {
  const overlay = sceneOf(el).layers as unknown as {id: string; props: {data: {id: string; leg: string}[]}}[];
  return overlay.find((l) => l.id === 'routes')?.props.data ?? [];
};

describe('attributes changed at run time', () => {
  it('lang, theme, year, selected, chapter, layers, controls, interactive and reduced-motion update the same map', async () => {
    const {el, ready, errors} = mount({}, undefined, {motion: true});
    await ready;
    const map = el.map!;
    const chapters: RouteMapChapterDetail[] = [];
    const selections: RouteMapSelectDetail[] = [];
    el.addEventListener('route-map-chapter', (e) => chapters.push(e.detail));
    el.addEventListener('route-map-select', (e) => selections.push(e.detail));

    el.setAttribute('lang', 'nl');
    await el.updateComplete;
    expect(shadow(el).querySelector('.legend summary')!.textContent).toBe('Kaartlagen');
    expect(JSON.stringify(map.getLayoutProperty(LAYERS.portLabels, 'text-field'))).toContain('name_nl');

    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('.legend')!).backgroundColor).toBe('rgba(30, 35, 42, 0.92)');

    el.setAttribute('year', '2019');
    await el.updateComplete;
    expect(el.date).toBe('2019');
    expect(shadow(el).querySelector('.timebar summary')!.textContent).toContain('Per 2019: nog geen coalitie');

    el.setAttribute('selected', 'antwerp');
    await vi.waitFor(() => expect(shadow(el).querySelector('.details-title')?.textContent).toBe('Antwerpen'), {timeout: 5000});
    expect(selections).toEqual([{id: 'antwerp', kind: 'port', name: 'Antwerpen'}]);
    el.removeAttribute('selected');
    await el.updateComplete;
    expect(selections.at(-1)).toEqual({id: null});

    el.setAttribute('chapter', 'money');
    await vi.waitFor(() => expect(chapters.map((c) => c.id)).toEqual(['money']), {timeout: 10_000});
    expect(new Set(drawnRoutes(el).map((r) => r.leg))).toEqual(new Set(['money']));
    el.setAttribute('chapter', 'hub');
    await vi.waitFor(() => expect(chapters.map((c) => c.id)).toEqual(['money', 'hub']), {timeout: 10_000});
    el.leaveStory();

    el.setAttribute('layers', 'ocean ports');
    await el.updateComplete;
    expect(new Set(drawnRoutes(el).map((r) => r.leg))).toEqual(new Set(['ocean']));
    expect(legendRows(el)).toEqual(['over zee richting Europa', 'havens: oppervlak van de cirkel is de vangst van dat jaar']);
    el.setAttribute('layers', 'money, countries');
    await el.updateComplete;
    expect(new Set(drawnRoutes(el).map((r) => r.leg))).toEqual(new Set(['money']));
    // The money leg and the country roles the data has (no country's first role is destination).
    expect(legendRows(el)).toHaveLength(1 + 4);
    expect(legendRows(el)).not.toContain('over zee richting Europa');
    el.removeAttribute('layers');
    await el.updateComplete;
    expect(new Set(drawnRoutes(el).map((r) => r.leg))).toEqual(new Set(['source', 'ocean', 'onward', 'synthetic', 'money']));

    const has = (selector: string) => !!shadow(el).querySelector(selector);
    expect([has('.legend'), has('.panel'), has('.table-toggle'), has('.projection-toggle')]).toEqual([true, true, true, true]);
    el.setAttribute('controls', 'none');
    await el.updateComplete;
    expect([has('.legend'), has('.panel'), has('.table-toggle'), has('.projection-toggle')]).toEqual([false, false, false, false]);
    el.setAttribute('controls', 'legend table');
    await el.updateComplete;
    expect([has('.legend'), has('.panel'), has('.table-toggle'), has('.projection-toggle')]).toEqual([true, false, true, false]);

    expect(map.dragPan.isEnabled() && map.scrollZoom.isEnabled() && map.keyboard.isEnabled()).toBe(true);
    el.setAttribute('interactive', 'false');
    await el.updateComplete;
    expect([map.dragPan.isEnabled(), map.scrollZoom.isEnabled(), map.touchZoomRotate.isEnabled(), map.keyboard.isEnabled()]).toEqual([false, false, false, false]);
    el.removeAttribute('interactive');
    await el.updateComplete;
    expect(map.dragPan.isEnabled() && map.scrollZoom.isEnabled() && map.keyboard.isEnabled()).toBe(true);

    await vi.waitFor(() => expect(el.animating).toBe(true), {timeout: 8000});
    el.toggleAttribute('reduced-motion', true);
    await el.updateComplete;
    expect(el.animating).toBe(false);

    expect(el.map).toBe(map);
    expect(errors).toEqual([]);
  });

  it('autoplay starts stepping through the story when set', async () => {
    const {el, ready} = mount({'reduced-motion': ''});
    await ready;
    const chapters: string[] = [];
    el.addEventListener('route-map-chapter', (e) => chapters.push(e.detail.id));
    el.setAttribute('autoplay', '1');
    await vi.waitFor(() => expect(chapters.length).toBeGreaterThanOrEqual(2), {timeout: 6000});
    expect(chapters.slice(0, 2)).toEqual(['hub', 'source']);
    el.removeAttribute('autoplay');
    await el.updateComplete;
    const count = chapters.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(chapters.length).toBe(count);
  });

  it('data loads the new bundle in place, with a new ready event and no page reload', async () => {
    // Flows moving: the swap must still reach a new ready event.
    const {el, ready} = mount({}, undefined, {motion: true});
    await ready;
    const map = el.map;
    const again = new Promise<CustomEvent>((resolve) => el.addEventListener('route-map-ready', (e) => resolve(e), {once: true}));
    el.setAttribute('data', new URL('../fixtures/user-bundle.json', import.meta.url).href);
    const {detail} = await again;
    expect(detail.routes).toBe(el.routeData!.routes.length);
    expect(el.routeData!.routes.length).toBeLessThan(10);
    expect(el.map).toBe(map);
    await vi.waitFor(() => expect(el.animating).toBe(true), {timeout: 8000});
  });

  it('reports unknown names in layers or controls, and keeps the known ones', async () => {
    const {el, ready, errors} = mount({layers: 'ocean heroin', controls: 'legend zoom'});
    await ready;
    expect(errors.map((e) => e.message)).toEqual([
      'layers attribute: "heroin" is not a known name; use any of source, ocean, onward, synthetic, money, ports, organisations, events, producer, transit, coalition, partner, destination, countries, or none\n'
      + 'controls attribute: "zoom" is not a known name; use any of search, legend, story, table, projection, time, or none',
    ]);
    expect(new Set(drawnRoutes(el).map((r) => r.leg))).toEqual(new Set(['ocean']));
    expect(shadow(el).querySelector('.problems')!.textContent).toContain('"heroin"');
  });
});
