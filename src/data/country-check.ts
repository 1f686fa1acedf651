/**
 * Places checked against the country they name, with Turf: a port, a seat or a country's anchor
 * must lie in that country's shape (the basemap's Natural Earth shapes), or near enough to it for a
 * port on a coast or an island the shapes draw coarsely. One that does not is named with both
 * positions and the likely slip: longitude and latitude swapped, a sign flipped, another country.
 * Pure, so `npm run data:check` and Node tests run it; the polygons load only where data is checked.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import turfBbox from '@turf/bbox';
import type {Feature, FeatureCollection, Geometry, MultiPolygon, Polygon} from 'geojson';
import {PLACED, type LayerName, type LngLat, type Problem, type RouteData} from './schema';
import type {Accept} from './validate';

/**
 * How far outside its country's shape a place in the sea may lie, in km. A port sits on the water
 * line, Natural Earth's coasts at 1:50m are generalised by a few km, and small islands are drawn
 * coarsely or not at all: 30 km keeps those, and is far less than a flipped sign or a swapped pair
 * moves a place (hundreds of km and more). Every bundled place lies within 2 km of its country.
 */
export const COAST_TOLERANCE_KM = 30;
/** How far into a neighbour a place near a border may lie: borders at 1:50m are drawn to within a few km. */
export const BORDER_TOLERANCE_KM = 5;

type Shape = Feature<Polygon | MultiPolygon, {iso3: string}>;
export type CountryShapesLike = FeatureCollection<Geometry, {iso3: string}>;

/** A place to check: where it is, and the country it names. */
export interface Placed {
  file: string;
  index: number;
  id: string;
  country: string;
  position: LngLat;
}

/** Every place in the data that names a country: ports, organisations' seats, countries' anchors. */
export function placesOf(data: RouteData, fileOf: (layer: 'ports' | 'organisations' | 'countries', id: string) => {file: string; index: number}): Placed[] {
  return [
    ...data.ports.filter((p) => p.country).map((p) => ({...fileOf('ports', p.id), id: p.id, country: p.country, position: p.position})),
    ...data.organisations.map((o) => ({...fileOf('organisations', o.id), id: o.id, country: o.country, position: o.position})),
    ...data.countries.filter((c) => c.position).map((c) => ({...fileOf('countries', c.id), id: c.id, country: c.iso3, position: c.position!})),
  ];
}

const isArea = (f: Feature<Geometry, {iso3: string}>): f is Shape => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** A shape with its box, [west, south, east, north] (Turf's bbox), worked out once: most questions are answered by the box alone. */
interface Boxed {
  shape: Shape;
  box: number[];
}

/** Whether a point lies within `km` of a box (0: inside it), in degrees that are never too few. */
function nearBox([lon, lat]: LngLat, [west, south, east, north]: number[], km = 0): boolean {
  const pad = km * 1.1;
  const dLat = pad / 110;
  const dLon = pad / (111.32 * Math.max(Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180), 0.02));
  return lon >= west - dLon && lon <= east + dLon && lat >= south - dLat && lat <= north + dLat;
}

const inside = (position: LngLat, shapes: Boxed[]) => shapes.some(({shape, box}) => nearBox(position, box) && booleanPointInPolygon(position, shape));

/** Kilometres from a point to the nearest of these shapes; 0 inside one. */
function kmFrom(position: LngLat, shapes: Boxed[]): number {
  if (inside(position, shapes)) return 0;
  return Math.min(...shapes.map(({shape}) => Math.abs(pointToPolygonDistance(position, shape, {units: 'kilometers'}))));
}

/** Whether a point lies within `km` of these shapes; the exact distance only where the boxes leave it open. */
const within = (position: LngLat, shapes: Boxed[], km: number) =>
  shapes.some(({box}) => nearBox(position, box, km)) && kmFrom(position, shapes.filter(({box}) => nearBox(position, box, km))) <= km;

/** Past this many misplaced places, each is said without its exact distance: a file of 10,000 wrong places is answered in seconds, not minutes. */
const MEASURED = 100;

const degrees = ([lon, lat]: LngLat) => `${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}, ${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}`;
const km = (n: number) => `${Math.round(n).toLocaleString('en-GB')} km`;

/** Each country's polygons by ISO code, each with its own box: France's whole box, with its overseas parts, spans the world. */
function indexShapes(world: CountryShapesLike): Map<string, Boxed[]> {
  const byIso = new Map<string, Boxed[]>();
  for (const f of world.features) {
    if (!isArea(f)) continue;
    const parts: Shape[] = f.geometry.type === 'Polygon' ? [f]
      : f.geometry.coordinates.map((coordinates) => ({type: 'Feature', properties: f.properties, geometry: {type: 'Polygon', coordinates}}));
    byIso.set(f.properties.iso3, [...(byIso.get(f.properties.iso3) ?? []), ...parts.map((shape) => ({shape, box: turfBbox(shape)}))]);
  }
  return byIso;
}

const indexed = new WeakMap<CountryShapesLike, Map<string, Boxed[]>>();

/** What the check says of one place: why it is skipped, or (`keep`) a note that it is drawn unchecked. */
export interface PlaceVerdict {
  message: string;
  keep?: boolean;
}

/**
 * A check of places against `world`'s shapes: for each place, nothing when it lies in the country it
 * names (within the tolerance), else why not, with where it lies, how far from its country and the
 * likely slip. A country code the shapes do not know, or a place with no country, is said once and
 * the place kept. The shapes are indexed once; each call measures one place.
 */
export function placeChecker(world: CountryShapesLike, tolerance = COAST_TOLERANCE_KM, byIso = indexShapes(world)): (place: Omit<Placed, 'file' | 'index'>) => PlaceVerdict | undefined {
  const inCountry = (position: LngLat) => [...byIso.entries()].find(([, shapes]) => inside(position, shapes))?.[0];
  const unknown = new Set<string>();
  const near = (position: LngLat, iso: string) => within(position, byIso.get(iso)!, tolerance);
  let measured = 0;
  return (place) => {
    const shapes = byIso.get(place.country);
    if (!shapes) {
      if (unknown.has(place.country)) return undefined;
      unknown.add(place.country);
      return {keep: true, message: place.country ? `names the country "${place.country}", which the basemap does not know; drawn without the check`
        : 'names no country; drawn without the check'};
    }
    if (inside(place.position, shapes)) return undefined;
    const other = inCountry(place.position);
    // In the sea near its coast, or just over a border as the shapes draw it.
    if (within(place.position, shapes, other ? BORDER_TOLERANCE_KM : tolerance)) return undefined;
    const [lon, lat] = place.position;
    const slip = near([lat, lon], place.country) ? 'longitude and latitude swapped?'
      : near([-lon, lat], place.country) ? 'the longitude\'s sign flipped?'
        : near([lon, -lat], place.country) ? 'the latitude\'s sign flipped?'
          : other ? `it lies in ${other}: the wrong country?` : 'a wrong position or country?';
    const off = measured++ < MEASURED ? km(kmFrom(place.position, shapes)) : `more than ${km(other ? BORDER_TOLERANCE_KM : tolerance)}`;
    return {message: `lies at ${degrees(place.position)}, ${off} from ${place.country}; ${slip}`};
  };
}

/** The places that lie outside the country they name, each as a problem naming the file and the feature; and each unknown country code, once. */
export function placeProblems(places: Placed[], world: CountryShapesLike, tolerance = COAST_TOLERANCE_KM): Problem[] {
  const check = placeChecker(world, tolerance);
  return places.flatMap(({file, index, id, ...place}) => {
    const verdict = check({id, ...place});
    return verdict ? [{file, index, id, message: verdict.message}] : [];
  });
}


/**
 * The loader's check of a user's places, in `layers`, against their countries' `shapes` (the
 * basemap's); without shapes (the basemap failed to load), none.
 */
export async function placeCheck(shapes: () => Promise<CountryShapesLike | undefined>, layers: (layer: LayerName) => boolean): Promise<Accept | undefined> {
  const world = await shapes();
  if (!world) return undefined;
  // The shapes are indexed once per world (the basemap's are shared by every map on a page); each load gets its own record of unknown codes.
  let index = indexed.get(world);
  if (!index) indexed.set(world, (index = indexShapes(world)));
  const check = placeChecker(world, COAST_TOLERANCE_KM, index);
  return (layer, record) => {
    if (!layers(layer) || !PLACED.includes(layer)) return undefined;
    const place = record as {id: string; country?: string; iso3?: string; kind?: string; position?: LngLat};
    if (layer === 'countries') return place.position ? check({id: place.id, country: place.iso3 ?? '', position: place.position}) : undefined;
    // A region (West Africa, Scandinavia) names no one country.
    if (layer === 'ports' && place.kind === 'region' && !place.country) return undefined;
    return place.position ? check({id: place.id, country: place.country ?? '', position: place.position}) : undefined;
  };
}
