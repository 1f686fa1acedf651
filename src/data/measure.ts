/**
 * How long a route is and which way it goes: the great-circle distance between its ends and the
 * compass direction it sets out in, by Turf (`@turf/distance`, `@turf/bearing`). The arcs on the
 * map are drawn for legibility, so the words say "as the crow flies". Pure, so Node tests cover it.
 */
import turfDistance from '@turf/distance';
import turfBearing from '@turf/bearing';
import type {LngLat, Route} from './schema';
import {formatNumber} from './format';
import type {Lang} from '../i18n/strings';

export interface Measure {
  /** Great-circle kilometres between the ends. */
  km: number;
  /** The compass bearing from the start, in degrees clockwise from north (0–360). */
  bearing: number;
}

export function measure(from: LngLat, to: LngLat): Measure {
  const bearing = turfBearing(from, to);
  return {km: turfDistance(from, to, {units: 'kilometers'}), bearing: (bearing + 360) % 360};
}

/** Routes are validated records that never change: each is measured once, however often the tooltip, details, table or sort ask. */
const measured = new WeakMap<Route, Measure>();

export function measureRoute(route: Route): Measure {
  let m = measured.get(route);
  if (!m) measured.set(route, (m = measure(route.sourcePosition, route.targetPosition)));
  return m;
}

/** A chain of legs (producer → port → hub → European port): the sum of its legs, in the order they follow each other. */
export function chainKm(routes: readonly Route[], chain: string): number {
  return routes.filter((r) => r.chains.includes(chain)).reduce((sum, r) => sum + measureRoute(r).km, 0);
}

const POINTS = {
  en: ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'],
  nl: ['noord', 'noordoost', 'oost', 'zuidoost', 'zuid', 'zuidwest', 'west', 'noordwest'],
};

/** One of the eight points of the compass for a bearing. */
export const compass = (bearing: number, lang: Lang): string => POINTS[lang][Math.round((((bearing % 360) + 360) % 360) / 45) % 8];

/** A distance as people say it: to the nearest 100 km from 1,000 km, else to the nearest 10. */
export const roundKm = (km: number): number => (km >= 1000 ? Math.round(km / 100) * 100 : Math.max(10, Math.round(km / 10) * 10));

/** "about 9,400 km as the crow flies, north-east" / "ongeveer 9.400 km hemelsbreed, noordoost". */
export function measureText(m: Measure, lang: Lang): string {
  const km = formatNumber(roundKm(m.km), lang);
  return lang === 'en' ? `about ${km} km as the crow flies, ${compass(m.bearing, lang)}` : `ongeveer ${km} km hemelsbreed, ${compass(m.bearing, lang)}`;
}
