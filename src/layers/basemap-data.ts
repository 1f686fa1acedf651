/**
 * The prepared Natural Earth shapes (see scripts/build-basemap.mjs), decoded from TopoJSON.
 * The world at 50m loads first; finer 10m shapes of the European port region replace their
 * 50m countries the first time the map zooms in close.
 */
import {feature} from 'topojson-client';
import type {Topology, GeometryCollection} from 'topojson-specification';
import type {FeatureCollection, Geometry} from 'geojson';
import worldUrl from '../../geo/basemap/world-50m.topo.json?url';
import detailUrl from '../../geo/basemap/europe-10m.topo.json?url';
import labelsUrl from '../../geo/basemap/country-labels.geojson?url';
import {fetchPackageFile} from '../data/load';
import {packageFile} from '../base-path';
import {sharedLoader} from '../data/shared';
import type {Problem} from '../data/schema';

export {labelsUrl as countryLabelsUrl};

export interface CountryShapeProps {
  iso3: string;
  name_en: string;
  name_nl: string;
}
export type CountryShapes = FeatureCollection<Geometry, CountryShapeProps>;

/** Zoom from which the 10m detail is fetched and shown. */
export const DETAIL_ZOOM = 4.5;

async function loadShapes(url: string): Promise<CountryShapes | Problem> {
  const fetched = await fetchPackageFile(url);
  if ('problem' in fetched) return {...fetched.problem, message: `basemap ${fetched.problem.message}`};
  const topo = fetched.json as Topology<{countries: GeometryCollection<CountryShapeProps>}>;
  if (topo?.type !== 'Topology' || !topo.objects?.countries) return {file: fetched.file, message: 'is not the prepared basemap TopoJSON; the map shows sea only'};
  return feature(topo, topo.objects.countries) as CountryShapes;
}

/**
 * Decoded once per page and shared by every map on it (and by a map started again): decoding the
 * world takes about a second on a slow machine. A failure is not kept, so the next map tries again.
 */
const sharedShapes = sharedLoader(loadShapes, (result) => 'message' in result);

/** The world at 50m. Callers check their own abort signal once it resolves. */
export const loadWorld = () => sharedShapes(packageFile(worldUrl));

/** The world with the detailed countries swapped in. */
export async function withDetail(world: CountryShapes): Promise<CountryShapes | Problem> {
  const detail = await sharedShapes(packageFile(detailUrl));
  if ('message' in detail) return detail;
  const replaced = new Set(detail.features.map((f) => f.properties.iso3));
  return {type: 'FeatureCollection', features: [...world.features.filter((f) => !replaced.has(f.properties.iso3)), ...detail.features]};
}

const forChecks = new WeakMap<CountryShapes, CountryShapes>();

/**
 * The shapes a user's places are checked against: the world with the finer European countries,
 * the same object for every check on the page (the check indexes it once); none if the world fails to load.
 */
export async function shapesForChecks(): Promise<CountryShapes | undefined> {
  const world = await loadWorld();
  if ('message' in world) return undefined;
  if (!forChecks.has(world)) {
    const detailed = await withDetail(world);
    forChecks.set(world, 'message' in detailed ? world : detailed);
  }
  return forChecks.get(world);
}
