import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {describeProblem, validateCollection, validateData} from '../../src/data/validate';
import {LAYER_NAMES, type LayerName} from '../../src/data/schema';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('validation of malformed input', () => {
  const fixture = read('tests/fixtures/malformed-ports.geojson');

  it('reports each malformed feature by index, id and field, and keeps the valid ones', () => {
    const {records, problems} = validateCollection('malformed-ports.geojson', 'ports', fixture);
    expect(records.map((r) => r.id)).toEqual(['good-one', 'good-two']);
    const lines = problems.map(describeProblem);
    expect(lines).toEqual([
      'malformed-ports.geojson: feature 1 ("no-geometry"): geometry must be a Point, got null',
      'malformed-ports.geojson: feature 2 ("swapped"): geometry.coordinates[1] (latitude) must be a number from -90 to 90, got 104.03',
      'malformed-ports.geojson: feature 3 ("string-coords"): geometry.coordinates[0] (longitude) must be a number from -180 to 180, got "4.1"',
      'malformed-ports.geojson: feature 4 ("bad-source-index"): figures[0].source must be the index of one of the feature\'s 1 sources, got 3',
      'malformed-ports.geojson: feature 5 ("script-url"): sources[0].url must be an http(s) address, got "javascript:alert(1)"',
      'malformed-ports.geojson: feature 6: type must be "Feature", got "Point"',
      'malformed-ports.geojson: feature 8 ("good-one"): id must be unique among the ports, got "good-one"',
    ]);
  });

  it('keeps a figure\'s range and a source\'s kind, and skips a feature whose range is broken or whose kind is unknown', () => {
    const port = (id: string, figure: object, source: object = {}) => ({type: 'Feature', geometry: {type: 'Point', coordinates: [4, 52]}, properties: {
      id, name: id, kind: 'seaport', role: 'entry', country: 'NLD', confidence: 'official', asOf: '2026-12-04',
      sources: [{publisher: 'UNODC', title: 't', kind: 'official', ...source}],
      figures: [{metric: 'coca-area', value: 253000, unit: 'ha', year: 2023, qualifier: 'estimated', source: 0, ...figure}],
    }});
    const {records, problems} = validateCollection('r.geojson', 'ports', {type: 'FeatureCollection', features: [
      port('ok', {low: 230000, high: 276000}),
      port('reversed', {low: 276000, high: 230000}),
      port('outside', {low: 100, high: 200}),
      port('one-end', {low: 230000}),
      port('kind', {}, {kind: 'blog'}),
    ]});
    expect(records.map((r) => r.id)).toEqual(['ok']);
    expect(records[0].figures[0]).toMatchObject({low: 230000, high: 276000, qualifier: 'estimated'});
    expect(records[0].sources[0].kind).toBe('official');
    expect(problems.map(describeProblem)).toEqual([
      'r.geojson: feature 1 ("reversed"): figures[0].low must be at most high (230000), got 276000',
      'r.geojson: feature 2 ("outside"): figures[0].value must be within its range 100–200, got 253000',
      'r.geojson: feature 3 ("one-end"): figures[0].high must be a number (a range has both ends), got undefined',
      'r.geojson: feature 4 ("kind"): sources[0].kind must be one of official, press, research, got "blog"',
    ]);
  });

  it.each([
    ['invalid document', 'not json at all', /not a GeoJSON FeatureCollection .*found string/],
    ['an array', [], /found an array/],
    ['a lone Feature', {type: 'Feature'}, /found type "Feature"/],
    ['null', null, /found object/],
  ])('reports %s as a whole-file problem without throwing', (_, json, message) => {
    const {records, problems} = validateCollection('x.json', 'routes', json);
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(message);
  });

  it('skips a route that names an unknown port and keeps the rest', () => {
    const routes = read('geo/routes.geojson');
    routes.features[0].properties.to = 'atlantis';
    const {data, problems} = validateData({
      routes: {file: 'r.geojson', json: routes},
      ports: {file: 'p.geojson', json: read('geo/ports.geojson')},
      countries: {file: 'c.geojson', json: read('geo/countries.geojson')},
    });
    expect(problems.map(describeProblem)).toEqual(['r.geojson: feature "colombia-guayaquil": names unknown place "atlantis"; skipped']);
    expect(data.routes.length).toBe(routes.features.length - 1);
  });

  it('takes a route whose ends come from its own LineString', () => {
    const json = {type: 'FeatureCollection', features: [{type: 'Feature', geometry: {type: 'LineString', coordinates: [[-79, -2], [4, 52, 10]]},
      properties: {id: 'r', name: 'A → B', leg: 'ocean', weight: {value: 1, basis: 'illustrative'}, confidence: 'illustrative', asOf: '2026'}}]};
    const {data, problems} = validateData({routes: {file: 'u', json}});
    expect(problems).toEqual([]);
    expect(data.routes[0]).toMatchObject({sourcePosition: [-79, -2], targetPosition: [4, 52], name: {en: 'A → B', nl: 'A → B'}});
  });

  it('rejects every layer name it does not know', () => {
    // One feature with properties, so the layer's parser runs (a bare 42 would be refused before any parser is looked up).
    const oneFeature = {type: 'FeatureCollection', features: [{type: 'Feature', properties: {}, geometry: null}]};
    const empty = {type: 'FeatureCollection', features: []};
    // Every known layer is parsed: its feature comes back as a problem, nothing throws.
    for (const layer of LAYER_NAMES) {
      expect(validateCollection('f', layer, oneFeature).problems, layer).toHaveLength(1);
      expect(() => validateCollection('f', layer, empty), layer).not.toThrow();
    }
    // A misspelt, singular, capitalised or Object.prototype name is a caller's mistake, refused whatever the data,
    // with the name quoted (a bare "route" would be found in the list of known names).
    for (const layer of ['bogus', 'route', 'Routes', 'toString', 'constructor', '__proto__']) {
      for (const json of [empty, oneFeature]) {
        expect(() => validateCollection('f', layer as LayerName, json), layer).toThrow(JSON.stringify(layer));
      }
    }
  });
});
