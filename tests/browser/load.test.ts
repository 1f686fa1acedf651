/**
 * Load: user data with 10,000 routes on the map: it draws a sample of them that it names, its
 * flows stand still, hover shows a tooltip and a click selects. What is asserted is behaviour;
 * how fast is `npm run bench`'s to measure. 100,000 routes go through the same loader and scene
 * in Node (tests/unit/load-scale.test.ts).
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {mount, pointAt, sceneOf, tooltipText} from './helpers';
import {manyRoutes} from '../fixtures/many-routes';
import type {Route} from '../../src/data/schema';
import bundledPorts from '../../geo/ports.geojson?raw';

afterEach(() => {
  document.querySelectorAll('route-map').forEach((el) => el.remove());
});

describe('large user data', () => {
  it('10,000 routes: draws a sample it names, answers hover and selection', async () => {
    const count = 10_000;
    const url = URL.createObjectURL(new Blob([JSON.stringify(manyRoutes(count))], {type: 'application/json'}));
    try {
      // Motion allowed, so that only the number of routes stills the flows.
      const {el, ready, errors} = mount({data: url, controls: 'legend'}, undefined, {motion: true});
      const counts = await ready;
      expect(counts.routes).toBe(count);
      expect(errors).toEqual([]);
      // So many routes are a density picture: no moving dashes, and the heaviest 2,000 with an end in view drawn, which the map says (see DENSE_ROUTES).
      expect(el.animating).toBe(false);
      const scene = sceneOf(el);
      const sample = () => {
        const bounds = el.map!.getBounds();
        const inView = (r: Route) => bounds.contains(r.sourcePosition) || bounds.contains(r.targetPosition);
        const visible = el.routeData!.routes.filter(inView);
        expect(scene.drawnRoutes).toHaveLength(2000);
        expect(scene.drawnRoutes.every(inView)).toBe(true);
        expect(scene.sampled).toEqual({drawn: 2000, inView: visible.length});
        expect(el.shadowRoot!.querySelector('.sampled')?.textContent).toBe(
          `2,000 of the ${visible.length.toLocaleString('en')} routes in view are drawn: those with the greatest weight. Zoom in to see others; the table lists them all.`);
        const arcs = scene.layers.find((l) => l.id === 'routes')!;
        expect(arcs.props.data).toBe(scene.drawnRoutes);
        expect(arcs.props.extensions).toEqual([]);
        return visible.length;
      };
      const before = sample();

      // Hover the middle of the map, where arcs cross: some route or port of the data answers.
      pointAt(el, 500, 300);
      await vi.waitFor(() => expect(tooltipText(el)).not.toBe(''), {timeout: 20_000, interval: 50});
      const hovered = el.shadowRoot!.querySelector('.tooltip .title')!.textContent!;
      expect(hovered).toMatch(/Route \d+|Port \d+/);
      // A click there selects it: its details, and the selected attribute names a record of the data.
      await userEvent.click(el.map!.getCanvas(), {position: {x: 500, y: 300}, timeout: 30_000});
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')?.textContent).toBe(hovered), {timeout: 20_000, interval: 50});
      const data = el.routeData!;
      expect([...data.routes, ...data.ports].some((r) => r.id === el.selected)).toBe(true);

      // Zoomed in: the sample is of the fewer routes in the new view (with nothing selected, which is drawn wherever it is).
      el.selected = undefined;
      el.map!.jumpTo({zoom: el.map!.getZoom() + 1.5});
      await el.settled();
      const after = await vi.waitFor(sample, {timeout: 20_000});
      expect(after).toBeLessThan(before);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, 240_000);
});

describe('a user\'s places, checked against their country', () => {
  it('a port with longitude and latitude swapped is skipped and named in route-map-error, with both positions; the rest shows', async () => {
    const features = (JSON.parse(bundledPorts) as {features: {geometry: {coordinates: number[]}; properties: {id: string}}[]}).features
      .filter((f) => ['rotterdam', 'antwerp', 'santos'].includes(f.properties.id)).map((f) => structuredClone(f));
    const rotterdam = features.find((f) => f.properties.id === 'rotterdam')!;
    rotterdam.geometry.coordinates.reverse();
    const route = (id: string, from: string, to: string) => ({type: 'Feature', geometry: null, properties: {
      id, name: {en: id, nl: id}, from, to, leg: 'ocean', weight: {value: 1, basis: 'illustrative'}, confidence: 'illustrative', asOf: '2026-12-04',
      sources: [], figures: []}});
    const bundle = {ports: {type: 'FeatureCollection', features}, routes: {type: 'FeatureCollection', features: [route('s-a', 'santos', 'antwerp'), route('s-r', 'santos', 'rotterdam')]}};
    const url = URL.createObjectURL(new Blob([JSON.stringify(bundle)], {type: 'application/json'}));
    try {
      const {el, ready, errors} = mount({data: url});
      const counts = await ready;
      expect([counts.ports, counts.routes]).toEqual([2, 1]);
      const problems = errors.flatMap((e) => e.problems);
      const index = features.indexOf(rotterdam);
      expect(problems.find((p) => p.id === 'rotterdam')).toEqual({file: expect.stringContaining('(ports)'), index, id: 'rotterdam',
        message: expect.stringMatching(/^lies at 51\.9\d° E, 4\.0\d° N, [\d,]+ km from NLD; longitude and latitude swapped\?; skipped$/)});
      // The route to it has nowhere to go, and says so; Santos and Antwerp are drawn where they are.
      expect(problems.find((p) => p.id === 's-r')?.message).toMatch(/unknown place "rotterdam"/);
      expect(el.shadowRoot!.querySelector('.problems')!.textContent).toContain('rotterdam');
      expect(el.routeData!.ports.map((p) => p.id).sort()).toEqual(['antwerp', 'santos']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
