#!/usr/bin/env node
// Prepares the offline basemap from Natural Earth (world-atlas, public domain) into geo/basemap/.
// MapLibre draws these GeoJSON files directly; nothing is fetched from a tile or glyph server.
//   node scripts/build-basemap.mjs [--if-missing]
import {mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {feature, quantize} from 'topojson-client';
import {topology as toTopology} from 'topojson-server';
import {geoEquirectangular, geoArea} from 'd3-geo';
import {geoProject} from 'd3-geo-projection';
import polylabel from 'polylabel';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const outDir = fileURLToPath(new URL('../geo/basemap/', import.meta.url));
// Bump when the output format changes, so --if-missing rebuilds stale files.
const FORMAT = 3;
const stamp = `${outDir}format.json`;

if (process.argv.includes('--if-missing') && existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).format === FORMAT) {
  process.exit(0);
}

countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/nl.json'));

/** Natural Earth ids that have no ISO code of their own. */
const NO_ISO = {Kosovo: 'XKX', Somaliland: 'SOL', 'N. Cyprus': 'CYN'};

const topology = (res) => JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${res}.json`), 'utf8'));

/**
 * An identity projection (degrees in, degrees out) whose only job is d3's clipping:
 * polygons and lines crossing the antimeridian are cut there, so no ring jumps across
 * the whole map in mercator.
 */
const cutter = () => geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);

/**
 * Countries drawn from Natural Earth 10m at close zoom: the port region from Le Havre to
 * Hamburg and its neighbours. The map swaps them in for their 50m shapes above zoom 5.
 */
const DETAIL_COUNTRIES = ['NLD', 'BEL', 'LUX', 'DEU', 'FRA', 'GBR', 'IRL', 'DNK', 'CHE', 'AUT', 'ESP', 'PRT', 'ITA'];

const round = (digits) => {
  const f = 10 ** digits;
  const r = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f] : c.map(r));
  return (geometry) => geometry && {...geometry, coordinates: r(geometry.coordinates)};
};

function countryProps(g) {
  const name = g.properties.name;
  const iso3 = (g.id && countries.numericToAlpha3(g.id)) || NO_ISO[name] || '';
  const nl = (iso3 && countries.getName(iso3, 'nl', {select: 'alias'})) || name;
  return {iso3, name_en: name, name_nl: nl};
}

function build(res, {only, digits}) {
  const topo = topology(res);
  const project = cutter();
  const rounding = round(digits);
  const land = feature(topo, topo.objects.countries).features.map((f, i) => {
    const g = topo.objects.countries.geometries[i];
    return {type: 'Feature', properties: countryProps(g), geometry: f.geometry};
  }).filter((f) => !only || only.includes(f.properties.iso3));
  const shapes = land
    .map((f) => ({...f, geometry: rounding(geoProject(f, project).geometry)}))
    .filter((f) => f.geometry);
  // Re-encoded as quantized TopoJSON: less than half the bytes of GeoJSON, and the browser
  // derives coastlines and borders from the shared arcs.
  return {topology: quantize(toTopology({countries: {type: 'FeatureCollection', features: shapes}}), 1e5), land};
}

/** One label point per country: the pole of inaccessibility of its largest part, ranked by area. */
function labels(land) {
  const points = land.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best = polys[0];
    let bestArea = -1;
    for (const poly of polys) {
      const a = geoArea({type: 'Polygon', coordinates: poly});
      if (a > bestArea) [best, bestArea] = [poly, a];
    }
    const [lon, lat] = polylabel(best, 0.05);
    return {type: 'Feature', properties: {...f.properties, area: geoArea(f)}, geometry: {type: 'Point', coordinates: [+lon.toFixed(3), +lat.toFixed(3)]}};
  });
  points.sort((a, b) => b.properties.area - a.properties.area);
  points.forEach((p, i) => {
    p.properties.rank = i;
    delete p.properties.area;
  });
  return {type: 'FeatureCollection', features: points};
}

mkdirSync(outDir, {recursive: true});
const write = (name, data) => {
  const text = JSON.stringify(data);
  writeFileSync(outDir + name, text);
  console.log(`geo/basemap/${name}: ${(text.length / 1024).toFixed(0)} KB`);
};

const world = build('50m', {digits: 3});
write('world-50m.topo.json', world.topology);
write('country-labels.geojson', labels(world.land));

// Finer coastlines and borders for close-ups of the European port region (Natural Earth 10m).
const europe = build('10m', {only: DETAIL_COUNTRIES, digits: 4});
write('europe-10m.topo.json', europe.topology);

writeFileSync(stamp, JSON.stringify({format: FORMAT, source: 'world-atlas 2.0.2 (Natural Earth 4.1.0, public domain)'}));
