/**
 * Each country's bounding box, for the presenter's key (which countries a chapter's camera shows).
 * By Turf's bbox; loaded with the map's engine (engine.ts), not before the first picture.
 */
import turfBbox from '@turf/bbox';
import type {CountryShapes} from './basemap-data';

/** Each country's bounding box, [west, south, east, north], by ISO code (Turf's bbox of its shapes): what a camera's bounds may show of it. */
export function countryBoxes(shapes: CountryShapes): Map<string, [number, number, number, number]> {
  const boxes = new Map<string, [number, number, number, number]>();
  for (const f of shapes.features) {
    if (!f.geometry) continue;
    const [w, s, e, n] = turfBbox(f);
    const box = boxes.get(f.properties.iso3);
    boxes.set(f.properties.iso3, box ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)] : [w, s, e, n]);
  }
  return boxes;
}
