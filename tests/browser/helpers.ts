/** Mounting `<route-map>` in the test page and reading what it drew. */
import '../../src/route-map';
import type {RouteMap, RouteMapErrorDetail, RouteMapReadyDetail} from '../../src/index';
import type {Route} from '../../src/data/schema';
import {arcMiddle as arcMiddleOnMap} from '../../src/layers/route-layers';
import type {Scene} from '../../src/components/route-map/map/scene';

export interface Mounted {
  el: RouteMap;
  ready: Promise<RouteMapReadyDetail>;
  errors: RouteMapErrorDetail[];
}

/**
 * Mounts a map. Motion is reduced unless `motion` is asked for: moving dashes keep a core drawing
 * frames, which only tests of motion need, and the flows' colours then stand still to be read.
 */
export function mount(attributes: Record<string, string> = {}, size = {width: 1024, height: 640}, {motion = false} = {}): Mounted {
  const el = document.createElement('route-map');
  if (!motion) el.setAttribute('reduced-motion', '');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.style.cssText = `display:block;position:fixed;left:0;top:0;width:${size.width}px;height:${size.height}px`;
  const errors: RouteMapErrorDetail[] = [];
  el.addEventListener('route-map-error', (e) => errors.push(e.detail));
  const ready = new Promise<RouteMapReadyDetail>((resolve) => el.addEventListener('route-map-ready', (e) => resolve(e.detail), {once: true}));
  document.body.append(el);
  return {el, ready, errors};
}

/** RGBA at CSS pixel (x, y), read inside a render callback while the frame is still in the buffer. */
export function readPixel(el: RouteMap, x: number, y: number): Promise<[number, number, number, number]> {
  const map = el.map!;
  return new Promise((resolve) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext;
      const ratio = canvas.width / canvas.clientWidth;
      const out = new Uint8Array(4);
      gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
      resolve([out[0], out[1], out[2], out[3]]);
    });
    map.triggerRepaint();
  });
}

/** The screen point at the middle of a route's arc. */
export const arcMiddle = (el: RouteMap, route: Route) => arcMiddleOnMap(el.map!, route);

export const near = (a: number[], b: number[], tolerance = 24) => a.slice(0, 3).every((v, i) => Math.abs(v - b[i]) <= tolerance);

/** Moves the pointer over the map as a mouse would, with events MapLibre listens to. */
export function pointAt(el: RouteMap, x: number, y: number) {
  const canvas = el.map!.getCanvas();
  const box = canvas.getBoundingClientRect();
  const init = {bubbles: true, composed: true, clientX: box.left + x, clientY: box.top + y};
  canvas.dispatchEvent(new MouseEvent('mousemove', init));
}

export const tooltipText = (el: RouteMap) => el.shadowRoot!.querySelector('.tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Jumps the camera and resolves once the map has drawn the new view, finer basemap included. */
export async function flyTo(el: RouteMap, center: [number, number], zoom: number): Promise<void> {
  el.map!.jumpTo({center, zoom});
  await el.settled();
}

/** What the element draws now: its scene's records and deck.gl layers (see src/components/route-map/map/scene.ts). */
export const sceneOf = (el: RouteMap) => (el as unknown as {parts: {scene: Scene}}).parts.scene;

/**
 * Resolves once the element has drawn everything it has and nothing more is on its way: settled,
 * then two animation frames without a frame of the map's (the boxes of the interface, which labels
 * keep clear of, reach the map a frame after the interface changes). Settled means MapLibre is idle,
 * which it is only once labels have faded in: no wait for them.
 */
export async function quiet(el: RouteMap) {
  const map = el.map!;
  for (let i = 0; i < 20; i++) {
    await el.updateComplete;
    await el.settled();
    let drew = false;
    const onRender = () => (drew = true);
    map.on('render', onRender);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    map.off('render', onRender);
    if (!drew && map.loaded() && !map.isMoving()) return;
  }
  throw new Error('the map kept drawing');
}
