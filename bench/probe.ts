/**
 * The benchmark's probe into `<route-map>`: FOR MEASUREMENT ONLY, never for pages or apps.
 *
 * scripts/bench.mjs reads the element through its public contract (`map`, `routeData`,
 * `settled()`, `animating`, `reducedMotion`, `route-map-ready`, the `tooltip` part) wherever that
 * suffices. What a measurement needs beyond it (which arcs are drawn, the deck.gl layers, drawing
 * only some of them) is read here and nowhere else, so that when the element's insides change
 * there is one file to mend. `npm run typecheck` checks these reads against the element's
 * controllers, and tests/e2e/bench-smoke.test.ts (`node scripts/bench.mjs --smoke`) fails the day
 * they break at run time.
 *
 * Not loaded by any page as it loads: bench/ours.html only has it built (dist/bench/assets/
 * probe-*.js), and the benchmark imports it into a page after its first picture, so its bytes and
 * its work are never measured. Importing it sets `window.__routeMapProbe`.
 */
import type {RouteMap} from '../src/index';
import type {Scene} from '../src/components/route-map/map/scene';
import type {MapSession} from '../src/components/route-map/map/map-session';
import {arcMiddle} from '../src/layers/route-layers';

/** The element's private controllers the probe reads: what is drawn (scene) and the map it draws on (session). */
type Insides = {scene: Scene; session: MapSession};

function insides(el: RouteMap): Insides {
  const {scene, session} = (el as unknown as {parts?: Partial<Insides>}).parts ?? {};
  // A clear message, not "Cannot read properties of undefined" somewhere in the benchmark.
  if (!Array.isArray(scene?.drawnRoutes) || !Array.isArray(scene?.layers) || typeof session?.drawFrame !== 'function') {
    throw new Error('bench/probe.ts: <route-map> no longer has parts.scene.drawnRoutes, parts.scene.layers or parts.session.drawFrame; mend the probe');
  }
  if (!el.map) throw new Error('bench/probe.ts: <route-map> has no map yet (probe after route-map-ready)');
  return {scene, session};
}

/** Draws one frame of `keep`'s deck.gl layers; deck.gl finalizes a layer it stops drawing, so each set is made of fresh clones. */
function drawDeck(el: RouteMap, keep: (id: string) => boolean) {
  const {scene, session} = insides(el);
  session.drawFrame(scene.layers.filter((l) => keep(l.id)).map((l) => l.clone({})));
}

export const routeMapProbe = {
  /** The screen point (CSS pixels from the map's top left) at the middle of each arc drawn now, in drawing order. */
  arcMiddles(el: RouteMap): {x: number; y: number}[] {
    const {scene} = insides(el);
    return scene.drawnRoutes.map((route) => arcMiddle(el.map!, route));
  },

  /** Ids of the deck.gl layers drawn now, bottom to top. */
  deckLayerIds(el: RouteMap): string[] {
    return insides(el).scene.layers.map((l) => l.id);
  },

  /**
   * Draws only the deck.gl layers named, until drawAll() or the element's next drawing (any change,
   * or the next frame of moving flows: set `reducedMotion` first and wait for `settled()`).
   */
  drawOnly(el: RouteMap, ids: string[]) {
    drawDeck(el, (id) => ids.includes(id));
  },

  /** Draws every deck.gl layer of the scene again, after drawOnly(). */
  drawAll(el: RouteMap) {
    drawDeck(el, () => true);
  },
};

export type RouteMapProbe = typeof routeMapProbe;

declare global {
  interface Window {
    /** For measurement only: see bench/probe.ts. */
    __routeMapProbe?: RouteMapProbe;
  }
}

window.__routeMapProbe = routeMapProbe;
