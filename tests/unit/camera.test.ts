/** The camera as arithmetic: fitting bounds as MapLibre does, and placing a picture drawn with another camera. */
import {describe, expect, it} from 'vitest';
import {cameraForBounds, fromUnit, placement, project, toUnit} from '../../src/components/route-map/map/camera';
import type {LngLat} from '../../src/data/schema';

const close = (a: number, b: number, digits = 6) => expect(a).toBeCloseTo(b, digits);

describe('the camera', () => {
  it('turns places into shares of the world and back', () => {
    expect(toUnit([0, 0])).toEqual([0.5, 0.5]);
    expect(toUnit([-180, 85.051129])[1]).toBeCloseTo(0, 6);
    const [lng, lat] = fromUnit(toUnit([4.03, 51.96]));
    close(lng, 4.03);
    close(lat, 51.96);
  });

  it('fits bounds into the padded part of the box, filling it on one axis and centred in it', () => {
    const bounds: [LngLat, LngLat] = [[-12, 35], [30, 62]];
    const padding = {left: 460, top: 250, right: 20, bottom: 90};
    const camera = cameraForBounds(bounds, 1280, 720, padding)!;
    const [x0, y0] = project([-12, 62], camera, 1280, 720);
    const [x1, y1] = project([30, 35], camera, 1280, 720);
    // Inside the padded box, touching it on one axis, and centred in it on both.
    expect(x0).toBeGreaterThanOrEqual(padding.left - 1e-6);
    expect(x1).toBeLessThanOrEqual(1280 - padding.right + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(padding.top - 1e-6);
    expect(y1).toBeLessThanOrEqual(720 - padding.bottom + 1e-6);
    expect(Math.min(x0 - padding.left, y0 - padding.top)).toBeCloseTo(0, 6);
    close((x0 + x1) / 2, (padding.left + 1280 - padding.right) / 2);
    close((y0 + y1) / 2, (padding.top + 720 - padding.bottom) / 2);
  });

  it('keeps to the zoom limits, and gives nothing where the padding leaves no room', () => {
    const bounds: [LngLat, LngLat] = [[4, 51.9], [4.1, 52]];
    const none = {left: 0, top: 0, right: 0, bottom: 0};
    expect(cameraForBounds(bounds, 800, 600, none, {maxZoom: 9})!.zoom).toBe(9);
    expect(cameraForBounds([[-180, -80], [180, 80]], 300, 300, none, {minZoom: 1})!.zoom).toBe(1);
    // One world fills the box: no zooming out beyond it.
    expect(cameraForBounds([[-180, -80], [180, 80]], 1024, 300, none)!.zoom).toBe(1);
    expect(cameraForBounds(bounds, 800, 600, {left: 500, top: 0, right: 400, bottom: 0})).toBeUndefined();
  });

  it('places a picture so that every place in it lands where the new camera shows it', () => {
    const from = {center: [-30, 20] as LngLat, zoom: 1.7};
    const to = {center: [-25, 18] as LngLat, zoom: 2.1};
    const {scale, x, y} = placement(from, 1280, 720, to, 1440, 810);
    close(scale, 2 ** 0.4);
    for (const place of [[4.03, 51.96], [-79.9, -2.28], [-46.3, -23.96], [55.3, 25.3]] as LngLat[]) {
      const [px, py] = project(place, from, 1280, 720);
      const [qx, qy] = project(place, to, 1440, 810);
      close(x + scale * px, qx, 4);
      close(y + scale * py, qy, 4);
    }
    // The same camera and size: the picture stays where it is.
    expect(placement(from, 1280, 720, from, 1280, 720)).toEqual({scale: 1, x: 0, y: 0});
  });
});
