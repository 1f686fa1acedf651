/**
 * Distances and directions of routes, by Turf, against the geodesic on the WGS84 ellipsoid
 * (Vincenty's inverse formula, written here independently) for known pairs of ports.
 */
import {describe, expect, it} from 'vitest';
import {compass, measure, measureText, roundKm} from '../../src/data/measure';
import type {LngLat} from '../../src/data/schema';

/** Vincenty's inverse formula: the geodesic distance in km on WGS84. */
function vincentyKm([lon1, lat1]: LngLat, [lon2, lat2]: LngLat): number {
  const a = 6378137, f = 1 / 298.257223563, b = a * (1 - f);
  const rad = Math.PI / 180;
  const L = (lon2 - lon1) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(lat1 * rad)), U2 = Math.atan((1 - f) * Math.tan(lat2 * rad));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L, sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda), cosL = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cos2Alpha ? cosSigma - (2 * sinU1 * sinU2) / cos2Alpha : 0;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const next = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(next - lambda) < 1e-12) { lambda = next; break; }
    lambda = next;
  }
  const u2 = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const dSigma = B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM ** 2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return (b * A * (sigma - dSigma)) / 1000;
}

const ROTTERDAM: LngLat = [4.05, 51.95];
const GUAYAQUIL: LngLat = [-79.9, -2.2];
const ANTWERP: LngLat = [4.4, 51.23];
const SANTOS: LngLat = [-46.3, -23.96];

describe('distances and directions', () => {
  it('Guayaquil–Rotterdam and Santos–Antwerp are within 1% of the geodesic', () => {
    for (const [from, to] of [[GUAYAQUIL, ROTTERDAM], [SANTOS, ANTWERP], [ROTTERDAM, ANTWERP]] as [LngLat, LngLat][]) {
      const {km} = measure(from, to);
      expect(Math.abs(km - vincentyKm(from, to)) / vincentyKm(from, to)).toBeLessThan(0.01);
    }
    expect(roundKm(measure(GUAYAQUIL, ROTTERDAM).km)).toBe(9800);
  });

  it('names the direction a route sets out in, in either language', () => {
    expect(compass(measure(GUAYAQUIL, ROTTERDAM).bearing, 'en')).toBe('north-east');
    expect(compass(measure(SANTOS, ANTWERP).bearing, 'nl')).toBe('noordoost');
    expect([0, 44, 46, 180, 270, 338, 359, -90].map((b) => compass(b, 'en'))).toEqual(['north', 'north-east', 'north-east', 'south', 'west', 'north', 'north', 'west']);
  });

  it('says it as a visitor would, and says the arcs are not the way ships sail', () => {
    expect(measureText(measure(GUAYAQUIL, ROTTERDAM), 'en')).toBe('about 9,800 km as the crow flies, north-east');
    expect(measureText(measure(GUAYAQUIL, ROTTERDAM), 'nl')).toBe('ongeveer 9.800 km hemelsbreed, noordoost');
    expect([roundKm(3), roundKm(154), roundKm(999), roundKm(1049), roundKm(10_251)]).toEqual([10, 150, 1000, 1000, 10_300]);
  });
});
