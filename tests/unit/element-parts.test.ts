/** The element's pure parts, in Node: record lookups, the view its state draws, place labels, what a selection announces, shared loading. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES, type Port, type RouteData} from '../../src/data/schema';
import {indexRecords, recordOf} from '../../src/data/records';
import {validateStory, type Chapter} from '../../src/story/story';
import {viewFor, viewOf} from '../../src/story/view';
import {LABEL_BUDGET, labelFont, placeLabels} from '../../src/layers/place-labels';
import {FONT_BOLD, FONT_REGULAR} from '../../src/layers/basemap-style';
import {announceSelection} from '../../src/components/route-map/parts/announce';
import {navigatorItems} from '../../src/components/route-map/parts/navigator';
import {select} from '../../src/data/select';
import {sharedLoader} from '../../src/data/shared';

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs);
const {story} = validateStory('geo/story.json', JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8')));
const chapter = (id: string) => story!.chapters.find((c) => c.id === id)!;
const shown = () => false;

describe('records', () => {
  const records = indexRecords(data);

  it('finds every record by id, with its kind', () => {
    expect(records.byId.size).toBe(data.routes.length + data.ports.length + data.countries.length + data.organisations.length);
    expect(records.byId.get('rotterdam')?.kind).toBe('port');
    expect(records.byId.get('colombia')?.kind).toBe('country');
    expect(records.byId.get('europol')?.kind).toBe('organisation');
    expect(recordOf(records.byId.get('colombia-guayaquil')!).id).toBe('colombia-guayaquil');
  });

  it('finds countries by the ISO code the basemap carries, and places by id', () => {
    expect(records.countriesByIso.get('COL')?.id).toBe('colombia');
    expect(records.places.get('guayaquil')?.name.en).toBe('Guayaquil');
  });
});

describe('the view the element state draws', () => {
  it('is the chapter narrowed by the switches, the year and the focus', () => {
    expect(viewFor(undefined, {isHidden: shown})).toEqual(viewOf(undefined));
    const view = viewFor(chapter('onward'), {isHidden: (name) => name === 'onward' || name === 'ports', year: 2020, focus: 'rotterdam'});
    expect(view.legs.has('onward')).toBe(false);
    expect(view.ports).toBe(false);
    expect(view.year).toBe(2020);
    expect([...view.highlight]).toEqual(['rotterdam']);
  });

  it("keeps the chapter's own year unless a year is asked for", () => {
    // Made from one chapter, so every case is checked whatever years the bundled story's chapters carry.
    const hub = chapter('hub');
    const cases: [string, Chapter, number | undefined][] = [
      ['no year, no date', {...hub, year: undefined, date: undefined}, undefined],
      ['its own year', {...hub, year: 2019, date: undefined}, 2019],
      ['a date, whose year it takes', {...hub, year: undefined, date: '2021-12'}, 2021],
      ['a year and a date: the year wins', {...hub, year: 2019, date: '2021-12'}, 2019],
    ];
    for (const [what, c, year] of cases) {
      const view = viewFor(c, {isHidden: shown});
      expect('year' in view, what).toBe(year !== undefined);
      expect(view.year, what).toBe(year);
      expect(viewFor(c, {isHidden: shown, year: 2016}).year, `${what}, 2016 asked for`).toBe(2016);
    }
    // The bundled story's one chapter with a year, which csp.html opens on.
    expect(viewFor(chapter('mainports'), {isHidden: shown}).year).toBe(2023);
  });
});

describe('place labels', () => {
  it('labels every port and organisation of the bundled data; crowded ports from a closer zoom, organisations wherever there is room', () => {
    const labels = placeLabels(data, () => true);
    // And the Netherlands, where the synthetic drugs and money start.
    expect(labels.features.length).toBe(data.ports.length + data.organisations.length + 1);
    expect(labels.features.find((f) => f.properties.id === 'netherlands')?.properties.order).toBe(-100);
    const minzoom = (id: string) => labels.features.find((f) => f.properties.id === id)!.properties.minzoom;
    // A port close to a clearly bigger one is named from zoom 4: today Rotterdam, beside Antwerp's larger total.
    expect([minzoom('antwerp'), minzoom('rotterdam')]).toEqual([0, 4]);
    // Organisations at every zoom, but after every port, so that where they cluster the ports keep their names.
    const organisations = labels.features.filter((f) => data.organisations.some((o) => o.id === f.properties.id));
    expect(organisations.every((f) => f.properties.minzoom === 0)).toBe(true);
    const ports = labels.features.filter((f) => data.ports.some((p) => p.id === f.properties.id));
    expect(Math.min(...organisations.map((f) => f.properties.order))).toBeGreaterThan(Math.max(...ports.map((f) => f.properties.order)));
  });

  it(`beyond ${LABEL_BUDGET} places labels only the largest in view`, () => {
    const port = data.ports[0];
    const many: RouteData = {...data, organisations: [], ports: Array.from({length: 2000}, (_, i): Port => ({...port, id: `p${i}`, position: [i % 2 ? 10 : -10, 0]}))};
    const labels = placeLabels(many, ([lon]) => lon > 0);
    expect(labels.features.length).toBe(LABEL_BUDGET);
    expect(labels.features.every((f) => f.geometry.coordinates[0] > 0)).toBe(true);
  });

  it('uses our font unless a user style serves glyphs', () => {
    expect(labelFont({version: 8, sources: {}, layers: []})).toBe(FONT_BOLD);
    expect(labelFont({version: 8, glyphs: 'https://example.org/{fontstack}/{range}.pbf', sources: {}, layers: []})).toBe(FONT_REGULAR);
  });
});

describe('what a selection announces', () => {
  const records = indexRecords(data);
  const placeName = (id: string) => records.places.get(id)?.name.en ?? id;

  it('names the record, its key figure and the routes in and out', () => {
    const text = announceSelection(records.byId.get('rotterdam'), data, 'en', placeName);
    expect(text).toMatch(/^Rotterdam: /);
    expect(text).toMatch(/\d+ incoming/);
    expect(announceSelection(undefined, data, 'nl', placeName)).toBe('Selectie gewist');
  });

  it('reads a route as a sentence: its ends, how far and which way, and its newest figure with its year', () => {
    const text = announceSelection(records.byId.get('moin-rotterdam'), data, 'en', placeName);
    expect(text).toMatch(/: from Moín( \/ Limón)? to Rotterdam, about \d{1,2},\d00 km as the crow flies, (north-east|east|north); .*\(20\d\d\)$/);
    expect(announceSelection(records.byId.get('moin-rotterdam'), data, 'nl', placeName)).toMatch(/van .* naar Rotterdam, ongeveer \d{1,2}\.\d00 km hemelsbreed, /);
  });

  it('the navigator steps through places by role west to east, then routes, then organisations', () => {
    const items = navigatorItems(select(data, viewOf(undefined)));
    const kinds = items.map((h) => h.kind);
    expect(kinds.indexOf('route')).toBe(data.ports.length);
    expect(kinds.lastIndexOf('route')).toBe(data.ports.length + data.routes.length - 1);
    expect(kinds.at(-1)).toBe('organisation');
    expect(navigatorItems(undefined)).toEqual([]);
  });
});

describe('a loader shared by the maps of a page', () => {
  it('loads each key once, and again after a failure', async () => {
    const calls: string[] = [];
    let fail = true;
    const load = sharedLoader(async (key: string) => { calls.push(key); return fail ? 'failed' : `ok ${key}`; }, (r) => r === 'failed');
    expect(await load('a')).toBe('failed');
    fail = false;
    expect(await Promise.all([load('a'), load('a'), load('b')])).toEqual(['ok a', 'ok a', 'ok b']);
    expect(await load('a')).toBe('ok a');
    expect(calls).toEqual(['a', 'a', 'b']);
  });
});
