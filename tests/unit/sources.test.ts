/** Every citation in geo/ can be followed: most carry an address, and every address is well formed. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {GEO_FILES} from '../../src/data/files';
import {addressProblem, auditSources, describeCounts} from '../../src/data/source-audit';

const bundled = Object.values(GEO_FILES).flat().map((name) => ({
  file: `geo/${name}`, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}));

const fc = (...sources: object[]) => ({type: 'FeatureCollection', features: [{type: 'Feature', properties: {id: 'x', sources}, geometry: null}]});

describe('the sources in geo/', () => {
  const audit = auditSources(bundled);

  it('gives an address for at least 95% of source entries (printed for the record)', () => {
    for (const line of describeCounts(audit)) console.log(line);
    expect(audit.total).toBeGreaterThan(250);
    expect(audit.addressed / audit.total).toBeGreaterThanOrEqual(0.95);
  });

  it('has only well-formed addresses, each cited for one publisher', () => {
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
    expect(audit.files).toEqual([{file: 'geo/a.geojson', total: 2, addressed: 1}, {file: 'geo/b.geojson', total: 1, addressed: 1}]);
    expect([audit.total, audit.addressed]).toEqual([3, 2]);
    expect(audit.problems).toEqual(['geo/b.geojson: feature "x": sources[0].url contains white space: "https://example.org/ x"']);
    expect(describeCounts(audit)).toEqual([
      'geo/a.geojson: 1 of 2 sources without an address',
      'geo/b.geojson: 0 of 1 source without an address',
      'sources: 2 of 3 have an address (66.7%)',
    ]);
  });

  it('fails one address cited for two publishers, and allows one publisher cited many times', () => {
    const same = {publisher: 'NOS', title: 't', url: 'https://example.org/n'};
    expect(auditSources([{file: 'geo/a.geojson', json: fc(same, same)}]).problems).toEqual([]);
    const audit = auditSources([{file: 'geo/a.geojson', json: fc(same, {...same, publisher: 'NOS (OM figures)'})}]);
    expect(audit.problems).toEqual(['https://example.org/n is cited with 2 publishers: "NOS" (geo/a.geojson: "x" sources[0]), "NOS (OM figures)" (geo/a.geojson: "x" sources[1])']);
  });

  it('skips what is not a source without throwing', () => {
    const audit = auditSources([{file: 'geo/a.geojson', json: {features: [null, {properties: {sources: 'no'}}, {properties: {sources: [null, 3]}}]}}]);
    expect([audit.total, audit.problems]).toEqual([0, []]);
  });
});
