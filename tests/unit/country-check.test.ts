/**
 * Places against the country they name, with Turf and the basemap's own shapes: a swapped pair,
 * a flipped sign and a wrong country are each named with the feature, both positions and the slip;
 * every bundled place passes.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {feature} from 'topojson-client';
import type {Topology, GeometryCollection} from 'topojson-specification';
import {placeProblems, placesOf, type CountryShapesLike, type Placed} from '../../src/data/country-check';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES, type LngLat} from '../../src/data/schema';

const shapes = (name: string) => {
  const topo = JSON.parse(readFileSync(new URL(`../../geo/basemap/${name}`, import.meta.url), 'utf8')) as Topology<{countries: GeometryCollection<{iso3: string}>}>;
  return (feature(topo, topo.objects.countries) as CountryShapesLike).features;
};
const detail = shapes('europe-10m.topo.json');
const finer = new Set(detail.map((f) => f.properties.iso3));
const world: CountryShapesLike = {type: 'FeatureCollection', features: [...shapes('world-50m.topo.json').filter((f) => !finer.has(f.properties.iso3)), ...detail]};

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs);
const place = (id: string, country: string, position: LngLat): Placed => ({file: 'geo/ports.geojson', index: 10, id, country, position});

describe('places in the country they name', () => {
  it('every bundled port, seat and country anchor lies in its country', () => {
    const places = placesOf(data, () => ({file: 'geo', index: 0}));
    expect(places.length).toBeGreaterThan(50);
    expect(placeProblems(places, world)).toEqual([]);
  });

  it('names a swapped pair, a flipped sign and a wrong country, with both positions', () => {
    expect(placeProblems([place('rotterdam', 'NLD', [51.96, 4.03])], world)[0].message)
      .toMatch(/^lies at 51\.96° E, 4\.03° N, [\d,]+ km from NLD; longitude and latitude swapped\?$/);
    expect(placeProblems([place('santos', 'BRA', [46.3, -23.96])], world)[0].message).toMatch(/from BRA; the longitude's sign flipped\?$/);
    expect(placeProblems([place('rotterdam', 'NLD', [4.05, -51.95])], world)[0].message).toMatch(/the latitude's sign flipped\?$/);
    expect(placeProblems([place('antwerp', 'NLD', [4.4, 51.23])], world)[0].message).toMatch(/it lies in BEL: the wrong country\?$/);
    expect(placeProblems([place('rotterdam', 'NLD', [51.96, 4.03])], world)[0]).toMatchObject({file: 'geo/ports.geojson', index: 10, id: 'rotterdam'});
  });

  it('a coastal port just off its shape passes; an unknown country code is said once and the place kept', () => {
    // Vlissingen on the water line, about a kilometre off the 1:10m coast.
    expect(placeProblems([place('vlissingen', 'NLD', [3.68, 51.45])], world)).toEqual([]);
    const unknown = placeProblems([place('a', 'XXX', [0, 0]), place('b', 'XXX', [1, 1])], world);
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toBe('names the country "XXX", which the basemap does not know; drawn without the check');
  });
});

describe('many places at once', () => {
  it('10,000 places, every one off its country, are answered in seconds; past the first 100 without their exact distance', () => {
    const places = Array.from({length: 10_000}, (_, i) => place(`h${i}`, 'NLD', [-170 + (i % 340), -60 + (i % 120)]));
    const t0 = performance.now();
    const problems = placeProblems(places, world);
    const ms = performance.now() - t0;
    console.log(`country check: ${places.length} misplaced places in ${Math.round(ms)} ms`);
    expect(problems.length).toBeGreaterThan(9_900);
    expect(problems[0].message).toMatch(/^lies at 170\.00° W, 60\.00° S, [\d,]+ km from NLD; /);
    expect(problems[150].message).toMatch(/, more than [\d,]+ km from NLD; /);
  }, 30_000);
});
