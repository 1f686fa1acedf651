/** Every citation in geo/ can be followed: most carry an address, and every address is well formed. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {GEO_FILES} from '../../src/data/files';
import {addressProblem, auditSources, describeCounts, refusedSite} from '../../src/data/source-audit';

const refused = JSON.parse(readFileSync(new URL('../../scripts/refused-sites.json', import.meta.url), 'utf8')).sites;
const bundled = Object.values(GEO_FILES).flat().map((name) => ({
  file: `geo/${name}`, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}));

const fc = (...sources: object[]) => ({type: 'FeatureCollection', features: [{type: 'Feature', properties: {id: 'x', sources}, geometry: null}]});

describe('the sources in geo/', () => {
  const audit = auditSources(bundled, {refused});

  it('gives an address for at least 95% of source entries (printed for the record)', () => {
    for (const line of describeCounts(audit)) console.log(line);
    expect(audit.total).toBeGreaterThan(250);
    expect(audit.addressed / audit.total).toBeGreaterThanOrEqual(0.95);
  });

  it('has only well-formed addresses, each cited for one publisher, each source with a kind and none from a refused site', () => {
    expect(audit.problems).toEqual([]);
  });

  it('names a publisher and a title for every entry', () => {
    for (const {file, json} of bundled) {
      for (const f of json.features) {
        for (const s of f.properties.sources ?? []) {
          expect(s.publisher, `${file}: ${f.properties.id}`).toMatch(/\S/);
          expect(s.title, `${file}: ${f.properties.id}`).toMatch(/\S/);
        }
      }
    }
  });
});

describe('the source audit', () => {
  it('accepts http and https addresses, and names what is wrong with others', () => {
    expect(addressProblem('https://www.douane.nl/a?b=c#d')).toBeUndefined();
    expect(addressProblem('http://example.org/')).toBeUndefined();
    expect(addressProblem('https://example.org/a b')).toBe('contains white space');
    expect(addressProblem('https://example.org/a\n')).toBe('contains white space');
    expect(addressProblem('ftp://example.org/a')).toBe('uses ftp: (only https: and http:)');
    expect(addressProblem('javascript:alert(1)')).toBe('uses javascript: (only https: and http:)');
    expect(addressProblem('www.example.org/a')).toBe('is not an address');
    expect(addressProblem('https://localhost/a')).toBe('has no host name');
  });

  it('counts per file and reports a bad address with file, feature and field', () => {
    const audit = auditSources([
      {file: 'geo/a.geojson', json: fc({publisher: 'P', title: 't', url: 'https://example.org/1'}, {publisher: 'P', title: 'u'})},
      {file: 'geo/b.geojson', json: fc({publisher: 'Q', title: 't', url: 'https://example.org/ x'})},
    ]);
    expect(audit.files).toEqual([{file: 'geo/a.geojson', total: 2, addressed: 1, figures: 0, officialFigures: 0}, {file: 'geo/b.geojson', total: 1, addressed: 1, figures: 0, officialFigures: 0}]);
    expect([audit.total, audit.addressed]).toEqual([3, 2]);
    expect(audit.problems.filter((p) => !p.includes('has no kind'))).toEqual(['geo/b.geojson: feature "x": sources[0].url contains white space: "https://example.org/ x"']);
    expect(describeCounts(audit)).toEqual([
      'geo/a.geojson: 1 of 2 sources without an address',
      'geo/b.geojson: 0 of 1 source without an address',
      'sources: 2 of 3 have an address (66.7%)',
      'figures: 0 of 0 from an official source (100.0%)',
      'sources by kind: 0 official, 0 press, 0 research, 3 none; 0 refused',
    ]);
  });

  it('fails one address cited for two publishers, and allows one publisher cited many times', () => {
    const same = {publisher: 'NOS', kind: 'press', title: 't', url: 'https://example.org/n'};
    expect(auditSources([{file: 'geo/a.geojson', json: fc(same, same)}]).problems).toEqual([]);
    const audit = auditSources([{file: 'geo/a.geojson', json: fc(same, {...same, publisher: 'NOS (OM figures)'})}]);
    expect(audit.problems).toEqual(['https://example.org/n is cited with 2 publishers: "NOS" (geo/a.geojson: "x" sources[0]), "NOS (OM figures)" (geo/a.geojson: "x" sources[1])']);
  });

  it('names file, feature and source for a refused site, a source with no kind, a broken range and a year after today', () => {
    const feature = (properties: object) => ({type: 'Feature', geometry: null, properties: {id: 'p', ...properties}});
    const json = {type: 'FeatureCollection', features: [feature({
      sources: [
        {publisher: 'Pledge Times (HARC figures)', kind: 'press', title: 't', url: 'https://pledgetimes.com/a'},
        {publisher: 'ANP', kind: 'press', title: 't', url: 'https://www.nieuws.nl/b'},
        {publisher: 'Douane', title: 't', url: 'https://www.douane.nl/c'},
        {publisher: 'Douane', kind: 'official', title: 't', url: 'https://www.douane.nl/d'},
      ],
      figures: [
        {metric: 'seizures', value: 5, unit: 't', year: 2024, low: 6, high: 4, source: 3},
        {metric: 'seizures', value: 9, unit: 't', year: 2024, low: 6, high: 8, source: 3},
        {metric: 'seizures', value: 5, unit: 't', year: 2024, low: 4, source: 3},
        {metric: 'seizures', value: 5, unit: 't', year: 2027, source: 2},
        {metric: 'seizures', value: 5, unit: 't', year: 2026, low: 4, high: 6, source: 3},
      ],
    })]};
    const audit = auditSources([{file: 'geo/p.geojson', json}], {refused, today: new Date('2026-12-04')});
    expect(audit.problems).toEqual([
      'geo/p.geojson: feature "p": sources[0] (Pledge Times (HARC figures)): pledgetimes.com is refused: content farm: machine-rewritten copies of others\' articles',
      'geo/p.geojson: feature "p": sources[1] (ANP): nieuws.nl is refused: reprints the ANP wire; cite the release it carries (om.nl, douane.nl) or a newspaper of record',
      'geo/p.geojson: feature "p": sources[2] (Douane): has no kind (official, press or research)',
      'geo/p.geojson: feature "p": figures[0] (source 3: Douane): low 6 is above high 4',
      'geo/p.geojson: feature "p": figures[1] (source 3: Douane): value 9 is outside its range 6–8',
      'geo/p.geojson: feature "p": figures[2] (source 3: Douane): a range needs both low and high',
      'geo/p.geojson: feature "p": figures[3] (source 2: Douane): year 2027 is after today',
    ]);
    expect(audit.files[0]).toMatchObject({figures: 5, officialFigures: 4});
    expect([audit.kinds, audit.refused]).toEqual([{press: 2, none: 1, official: 1}, 2]);
  });

  it('refuses a site by its address or by the publisher it names, and not a site whose name only ends alike', () => {
    expect(refusedSite({publisher: 'NU.nl via Headliner'}, refused)?.site).toBe('headliner.nl');
    expect(refusedSite({publisher: 'X', url: 'https://www.blikopnieuws.nl/x'}, refused)?.site).toBe('blikopnieuws.nl');
    expect(refusedSite({publisher: 'NH Nieuws', url: 'https://www.nhnieuws.nl/x'}, refused)).toBeUndefined();
    for (const r of refused) expect(r.why, r.site).toMatch(/copies|copy|aggregator|content farm|reprints/);
  });

  it('skips what is not a source without throwing', () => {
    const audit = auditSources([{file: 'geo/a.geojson', json: {features: [null, {properties: {sources: 'no'}}, {properties: {sources: [null, 3]}}]}}]);
    expect([audit.total, audit.problems]).toEqual([0, []]);
  });
});
