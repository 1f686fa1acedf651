/**
 * The flat map's camera as arithmetic: where MapLibre's `fitBounds` puts bounds in a box of a given
 * size, and where a picture drawn with one camera lands under another. Web Mercator, 512-pixel
 * world at zoom 0, no bearing or pitch: the opening view and every chapter. Pure, so Node tests
 * cover it; tests/browser/camera.test.ts checks it against MapLibre itself.
 */
import type {LngLat} from '../../../data/schema';

/** MapLibre's world size at zoom 0, in pixels (its tiles are 512 pixels). */
const WORLD = 512;
/** Where MapLibre stops Web Mercator's latitude. */
const MAX_LAT = 85.051129;

export interface Camera {
  center: LngLat;
  zoom: number;
}

export interface Padding {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A longitude and latitude as a share of the world's width and height, from the top left. */
export function toUnit([lng, lat]: LngLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export function fromUnit([x, y]: [number, number]): LngLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/**
 * The camera `fitBounds(bounds, {padding})` gives a `width` × `height` map: the zoom at which the
 * bounds fill the padded box on one axis, and the center that puts them in the middle of it. As
 * MapLibre's own `fitBounds` on a map that draws one world (`renderWorldCopies: false`, at bearing
 * 0), but needing no map. Undefined when the padding leaves no room, where MapLibre does not move.
 */
export function cameraForBounds([[west, south], [east, north]]: [LngLat, LngLat], width: number, height: number, padding: Padding,
  {minZoom = 0, maxZoom = 22} = {}): Camera | undefined {
  const [x0, y0] = toUnit([west, north]);
  const [x1, y1] = toUnit([east, south]);
  const roomX = width - padding.left - padding.right;
  const roomY = height - padding.top - padding.bottom;
  if (roomX < 0 || roomY < 0) return undefined;
  const scale = Math.min(roomX / (Math.abs(x1 - x0) * WORLD), roomY / (Math.abs(y1 - y0) * WORLD));
  const fitted = Math.min(maxZoom, Math.log2(scale));
  // The padding moves the center by half its difference on each axis, at the fitted zoom.
  const fittedSize = WORLD * 2 ** fitted;
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / fittedSize;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / fittedSize;
  // Then the map's limits: one world, not copies, so it zooms out no further than the world fills
  // the box, and keeps the world's edges out of view.
  const zoom = Math.max(minZoom, Math.log2(Math.max(width, height) / WORLD), fitted);
  const size = WORLD * 2 ** zoom;
  const clamp = (v: number, half: number) => Math.max(half, Math.min(1 - half, v));
  return {center: fromUnit([clamp(cx, width / 2 / size), clamp(cy, height / 2 / size)]), zoom};
}

/** Where `at` lies on a `width` × `height` map with `camera`, in pixels from its top left. */
export function project(at: LngLat, camera: Camera, width: number, height: number): [number, number] {
  const size = WORLD * 2 ** camera.zoom;
  const [x, y] = toUnit(at);
  const [cx, cy] = toUnit(camera.center);
  return [(x - cx) * size + width / 2, (y - cy) * size + height / 2];
}

/**
 * How to place a picture drawn with camera `from` on a `fromWidth` × `fromHeight` map so that every
 * place in it lies where camera `to` shows it on a `toWidth` × `toHeight` map: scale it by `scale`
 * about its top left corner, then move it by `x`, `y` pixels (CSS `translate(x, y) scale(scale)`).
 */
export function placement(from: Camera, fromWidth: number, fromHeight: number, to: Camera, toWidth: number, toHeight: number) {
  const scale = 2 ** (to.zoom - from.zoom);
  // The picture's top left corner, in shares of the world (not as a place: it may lie beyond the
  // latitudes Mercator draws), projected with the new camera.
  const fromSize = WORLD * 2 ** from.zoom;
  const toSize = WORLD * 2 ** to.zoom;
  const [fx, fy] = toUnit(from.center);
  const [tx, ty] = toUnit(to.center);
  const x = (fx - fromWidth / 2 / fromSize - tx) * toSize + toWidth / 2;
  const y = (fy - fromHeight / 2 / fromSize - ty) * toSize + toHeight / 2;
  return {scale, x, y};
}
