/** The camera arithmetic (src/components/route-map/map/camera.ts) against MapLibre itself, at the sizes the posters are made for. */
import {afterAll, describe, expect, it} from 'vitest';
import {Map as MapLibreMap} from 'maplibre-gl';
import {ensureWorker} from '../../src/maplibre-worker';
import {cameraForBounds} from '../../src/components/route-map/map/camera';
import {DEFAULT_BOUNDS} from '../../src/components/route-map/map/map-session';
import type {LngLat} from '../../src/data/schema';

const maps: MapLibreMap[] = [];
afterAll(() => { for (const m of maps) { m.getContainer().remove(); m.remove(); } });

function bareMap(width: number, height: number): MapLibreMap {
  ensureWorker();
  const container = document.createElement('div');
  container.style.cssText = `position: fixed; left: 0; top: 0; width: ${width}px; height: ${height}px`;
  document.body.append(container);
  const map = new MapLibreMap({container, style: {version: 8, sources: {}, layers: []}, renderWorldCopies: false, maxZoom: 9, attributionControl: false});
  maps.push(map);
  return map;
}

describe('the camera arithmetic', () => {
  const cases: {size: [number, number]; bounds: [LngLat, LngLat]; padding: {left: number; top: number; right: number; bottom: number}}[] = [
    {size: [1280, 720], bounds: DEFAULT_BOUNDS as [LngLat, LngLat], padding: {left: 470, top: 260, right: 30, bottom: 110}},
    {size: [1920, 1080], bounds: [[-92, -30], [28, 62]], padding: {left: 96, top: 96, right: 640, bottom: 200}},
    {size: [390, 844], bounds: [[-10, 35], [20, 60]], padding: {left: 12, top: 120, right: 12, bottom: 420}},
    // Zoomed out as far as one world allows, and kept from its edges.
    {size: [1366, 768], bounds: [[-170, -60], [170, 75]], padding: {left: 20, top: 20, right: 20, bottom: 20}},
  ];
  for (const {size: [w, h], bounds, padding} of cases) {
    it(`fits bounds as MapLibre's fitBounds does, at ${w}×${h}`, () => {
      const map = bareMap(w, h);
      map.fitBounds(bounds, {padding, animate: false});
      const ours = cameraForBounds(bounds, w, h, padding, {maxZoom: 9})!;
      expect(ours.zoom).toBeCloseTo(map.getZoom(), 6);
      expect(ours.center[0]).toBeCloseTo(map.getCenter().lng, 5);
      expect(ours.center[1]).toBeCloseTo(map.getCenter().lat, 5);
    });
  }
});
