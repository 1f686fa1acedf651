/** The bundled dataset in geo/: complete, consistent, sourced, and where it says it is. */
import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {feature} from 'topojson-client';
import {geoContains, geoDistance} from 'd3-geo';
import type {Feature, MultiPolygon, Polygon} from 'geojson';
import {describeProblem, validateData, type Input} from '../../src/data/validate';
import {figureConfidence} from '../../src/data/format';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES, type LngLat} from '../../src/data/schema';

const require = createRequire(import.meta.url);
const geo = (name: string) => new URL(`../../geo/${name}`, import.meta.url);
const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: `geo/${name}`, json: JSON.parse(readFileSync(geo(name), 'utf8')),
}))]));
const {data, problems} = validateData(inputs, {strict: true});
const all = [...data.routes, ...data.ports, ...data.countries, ...data.organisations, ...data.events];

/** Natural Earth 10m countries by ISO alpha-3: the shapes the basemap draws. */
const countryShapes: Map<string, Feature<Polygon | MultiPolygon>> = (() => {
  const isoCodes = require('i18n-iso-countries');
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  // Some codes have several Natural Earth features (Australia and Ashmore and Cartier Islands share 036): merge them.
  const polygons = new Map<string, Polygon['coordinates'][]>();
  for (const f of (feature(topo, topo.objects.countries) as unknown as {features: Feature<Polygon | MultiPolygon>[]}).features) {
    const iso3 = f.id !== undefined && isoCodes.numericToAlpha3(String(f.id));
    if (!iso3) continue;
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    polygons.set(iso3, [...(polygons.get(iso3) ?? []), ...parts]);
  }
  return new Map([...polygons].map(([iso3, coordinates]): [string, Feature<MultiPolygon>] => [iso3, {type: 'Feature', properties: {}, geometry: {type: 'MultiPolygon', coordinates}}]));
})();

/** Kilometres from a point to the nearest vertex of a shape (Natural Earth 10m is dense enough for this). */
function kmFrom(shape: Feature<Polygon | MultiPolygon>, [lon, lat]: LngLat): number {
  if (geoContains(shape, [lon, lat])) return 0;
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let min = Infinity;
  for (const ring of polygons.flat()) for (const v of ring) min = Math.min(min, geoDistance([lon, lat], v as [number, number]));
  return min * 6371;
}

describe('the bundled data in geo/', () => {
  it('lists every file in geo/ under a layer, and every listed file exists', () => {
    const onDisk = readdirSync(geo('')).filter((f) => f.endsWith('.geojson')).sort();
    expect(Object.values(GEO_FILES).flat().sort()).toEqual(onDisk);
  });

  it('validates with no problem: schema, unique ids per layer, every route and event reference resolves', () => {
    expect(problems.map(describeProblem)).toEqual([]);
  });

  it('has unique ids across all layers', () => {
    const ids = all.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('covers what the brief asks for', () => {
    const ports = (role: string) => data.ports.filter((p) => p.role === role);
    expect(ports('departure').length + ports('transit').length).toBeGreaterThanOrEqual(12);
    expect(ports('entry').length).toBeGreaterThanOrEqual(14);
    const withRole = (role: string) => data.countries.filter((c) => c.roles.includes(role as never)).map((c) => c.iso3).sort();
    expect(withRole('producer')).toEqual(['BOL', 'COL', 'PER']);
    expect(withRole('coalition')).toEqual(['BEL', 'DEU', 'ESP', 'FRA', 'ITA', 'NLD', 'SWE']);
    // The European Commission's list of EL PAcCTO 2.0 partners (31), plus the UAE and Morocco.
    expect(withRole('partner')).toHaveLength(33);
    expect(new Set(data.routes.map((r) => r.leg))).toEqual(new Set(['source', 'ocean', 'onward', 'synthetic', 'money']));
    const colombia2024 = data.countries.find((c) => c.iso3 === 'COL')!.figures.filter((f) => f.year === 2024);
    expect(colombia2024.length).toBeGreaterThan(0);
    expect(colombia2024.every((f) => f.provisional)).toBe(true);
  });

  it('keeps national totals apart from port figures', () => {
    for (const p of data.ports) expect(p.figures.filter((f) => f.metric === 'national-seizures'), p.id).toEqual([]);
    for (const c of data.countries) expect(c.figures.filter((f) => f.metric === 'seizures'), c.id).toEqual([]);
  });

  it('sources every figure, and marks every width without a sourced figure as illustrative', () => {
    for (const f of all) {
      for (const fig of f.figures) expect(f.sources[fig.source], `${f.id}: ${fig.metric} ${fig.year}`).toBeDefined();
      if (f.confidence !== 'illustrative') expect(f.sources.length, f.id).toBeGreaterThan(0);
    }
    for (const r of data.routes) if (r.weight.basis === 'sourced') expect(r.figures.length, r.id).toBeGreaterThan(0);
  });

  it('shows the figures as the sources publish them (spot checks, with the latest years found)', () => {
    /** [feature id, metric, year, value, qualifier, a word from the figure's source's publisher] */
    const checks: [string, string, number, number, string | undefined, string][] = [
      ['netherlands', 'national-seizures', 2023, 59116, undefined, 'Douane'],
      ['netherlands', 'national-seizures', 2024, 38000, 'about', 'HARC'],
      ['netherlands', 'national-seizures', 2025, 24.5, undefined, 'Douane'],
      ['rotterdam', 'seizures', 2021, 72808, undefined, 'Schuttevaer'],
      ['rotterdam', 'seizures', 2024, 25900, undefined, 'Crimesite'],
      ['rotterdam', 'seizures', 2025, 11500, 'about', 'Douane'],
      ['vlissingen', 'seizures', 2025, 7000, 'about', 'Douane'],
      ['schiphol', 'seizures', 2024, 2400, 'about', 'Douane'],
      ['amsterdam', 'single-shipment', 2025, 4500, undefined, 'Crimesite'],
      ['antwerp', 'seizures', 2023, 116, undefined, 'FOD Financiën'],
      ['antwerp', 'seizures', 2024, 44, 'about', 'FOD Financiën'],
      ['antwerp', 'seizures', 2025, 55, 'about', 'FOD Financiën'],
      ['france', 'national-seizures', 2024, 53.5, undefined, 'Europe 1'],
      ['france', 'national-seizures', 2025, 81, undefined, 'Euronews'],
      ['ecuador', 'national-seizures', 2024, 294.61, undefined, 'EFE'],
      ['ecuador', 'national-seizures', 2025, 222.037, undefined, 'Policía Nacional'],
      ['santos', 'seizures', 2025, 7000, 'more than', 'g1'],
      ['gioia-tauro', 'seizures', 2023, 7, 'more than', 'Libera'],
      ['colombia', 'cocaine-output', 2024, 3001, undefined, 'El País'],
      ['peru', 'coca-area', 2024, 89755, undefined, 'DEVIDA'],
      ['peru', 'cocaine-output', 2023, 800, 'about', 'DEVIDA'],
      ['bolivia', 'coca-area', 2024, 34000, undefined, 'UNODC'],
      ['european-ports-alliance', 'member-ports', 2024, 31, undefined, 'Belga'],
      ['el-paccto', 'partner-countries', 2023, 33, undefined, 'FIIAPP'],
    ];
    for (const [id, metric, year, value, qualifier, publisher] of checks) {
      const f = all.find((x) => x.id === id)!;
      const fig = f.figures.find((x) => x.metric === metric && x.year === year);
      expect(fig, `${id} ${metric} ${year}`).toBeDefined();
      expect([fig!.value, fig!.qualifier], `${id} ${metric} ${year}`).toEqual([value, qualifier]);
      expect(f.sources[fig!.source].publisher, `${id} ${metric} ${year}`).toContain(publisher);
      expect(f.sources[fig!.source].url, `${id} ${metric} ${year}`).toMatch(/^https?:\/\//);
    }
    // Provisional where the source says so.
    const provisional = (id: string, year: number) => all.find((x) => x.id === id)!.figures.filter((x) => x.year === year).every((x) => x.provisional);
    expect([provisional('gioia-tauro', 2023), provisional('hamburg', 2024), provisional('colombia', 2024)]).toEqual([true, true, true]);
    // The response's dates, to the day where the sources give the day.
    const steps = (id: string) => data.countries.find((c) => c.id === id)!.agreements!.flatMap((a) => a.steps.map((st) => `${st.step} ${st.date ?? '-'}`));
    expect(steps('morocco')).toEqual(['talks 2023-02-06', 'main-lines 2023-06-22', 'signed 2023-12-18', 'in-force -']);
    expect(steps('uae')).toEqual(['signed 2021-08-29', 'in-force 2023-08-01']);
    const since = (iso3: string) => data.countries.find((c) => c.iso3 === iso3)!.since;
    // December 2021: the day of the declaration was only on a copy of the release (issue 29).
    expect(['NLD', 'BEL', 'FRA', 'ESP', 'DEU', 'ITA', 'SWE'].map(since)).toEqual(['2021-12', '2021-12', '2021-12', '2021-12', '2022-10-07', '2022-10-07', '2024-05-07']);
    expect(['taghi-arrest', 'coalition-declaration', 'morocco-treaty-signed', 'c7-non-paper'].map((id) => data.events.find((e) => e.id === id)!.date)).toEqual(['2019-12-16', '2021-12', '2023-12-18', '2025-04-29']);
    // Things the sources scope wider or narrower than the place say so on screen.
    const note = (id: string, metric: string, year: number) => all.find((x) => x.id === id)!.figures.find((x) => x.metric === metric && x.year === year)?.note?.en ?? '';
    expect(note('schiphol', 'seizures', 2024)).toMatch(/air cargo/);
    expect(note('ecuador', 'national-seizures', 2025)).toMatch(/all drugs/);
    expect(all.find((x) => x.id === 'vlissingen')!.figures.some((x) => x.year === 2023)).toBe(false);
    expect(all.find((x) => x.id === 'liaison-suriname')).toMatchObject({since: '2023'});
  });

  it('joins every country code to a Natural Earth shape', () => {
    const codes = [...data.countries.map((c) => c.iso3), ...data.ports.map((p) => p.country).filter(Boolean), ...data.organisations.map((o) => o.country)];
    expect(codes.filter((code) => !countryShapes.has(code))).toEqual([]);
  });

  it('puts every coordinate inside or within 5 km of its named country (catches swapped latitude and longitude)', () => {
    const placed: [string, string, LngLat][] = [
      ...data.ports.filter((p) => p.country).map((p): [string, string, LngLat] => [p.id, p.country, p.position]),
      ...data.organisations.map((o): [string, string, LngLat] => [o.id, o.country, o.position]),
      ...data.countries.filter((c) => c.position).map((c): [string, string, LngLat] => [c.id, c.iso3, c.position!]),
    ];
    const far = placed.map(([id, iso3, at]) => [id, iso3, Math.round(kmFrom(countryShapes.get(iso3)!, at))] as const).filter(([, , km]) => km > 5);
    expect(far).toEqual([]);
  });

  it('counts figures by confidence (printed for the record)', () => {
    const counts: Record<string, number> = {};
    for (const f of all) for (const fig of f.figures) counts[figureConfidence(fig, f)] = (counts[figureConfidence(fig, f)] ?? 0) + 1;
    console.log('figures by confidence:', counts, '· features per layer:', Object.fromEntries(LAYER_NAMES.map((l) => [l, data[l].length])));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  });
});
