/**
 * When WebGL fails the map session: a context the GPU dropped, or no WebGL at all. A lost context
 * is said on the map and in a route-map-error until the browser restores it; then the session
 * starts again where the camera was. Without WebGL the element shows a picture of the map and the
 * data as tables, and says why once. The session owns one and asks it; this knows only what it is given.
 */
import type {ReactiveControllerHost} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {STRINGS} from '../../../i18n/strings';
import type {Notices} from '../notices';

type Camera = {center: [number, number]; zoom: number; bearing: number; pitch: number};

export interface WebGLLossOptions {
  notices: Notices;
  /** Starts the session again on this map's restored context, if it is still the session's map. */
  restart: (map: MapLibreMap) => void;
  /** Without WebGL, before the fallback shows: load what it needs. */
  fallback: () => Promise<unknown>;
}

export class WebGLLoss {
  /** The WebGL context is lost: a notice shows until the browser restores it. */
  lost = false;
  /** WebGL is missing: the element shows a picture and the tables instead of the map. */
  missing = false;
  /** Where the camera was when the context was lost, to start again there. */
  private camera?: Camera;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: WebGLLossOptions) {}

  /** Listens for a new map's context being lost and restored. */
  watch(map: MapLibreMap) {
    map.on('webglcontextlost', () => this.onLost());
    map.on('webglcontextrestored', () => this.onRestored(map));
  }

  /** The camera to start again from after a restored context, once. */
  takeCamera(): Camera | undefined {
    const camera = this.camera;
    this.camera = undefined;
    return camera;
  }

  /** The map was released, so no context is lost any more; whether one was. */
  reset(): boolean {
    const was = this.lost;
    this.lost = false;
    return was;
  }

  /**
   * The GPU dropped the WebGL context (a driver reset, a sleeping laptop, too many contexts):
   * say so on the map and in a route-map-error; the frame loop stops until it is back.
   */
  private onLost() {
    this.lost = true;
    this.host.requestUpdate();
    const message = STRINGS.en.contextLost;
    this.options.notices.emit([{file: 'map', message}], `map: ${message}`);
  }

  /**
   * The context is back. MapLibre would rebuild its style from a snapshot, without deck.gl's layers
   * and never if the loss came before the style loaded; starting again is simpler and always
   * complete. The camera stays where it was; a new route-map-ready follows.
   */
  private onRestored(map: MapLibreMap) {
    const {lng, lat} = map.getCenter();
    this.camera = {center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch()};
    // Not inside MapLibre's own event dispatch.
    setTimeout(() => this.options.restart(map));
  }

  /** Without WebGL: a picture of the default view and every record in the data tables, and one route-map-error. */
  async showFallback(contentLoaded: Promise<void>, signal: AbortSignal, reason: string) {
    this.missing = true;
    this.host.requestUpdate();
    // The data's own problems are reported as it loads.
    await Promise.all([contentLoaded, this.options.fallback()]);
    if (signal.aborted) return;
    this.host.requestUpdate();
    this.options.notices.emit([{file: 'map', message: `WebGL is not available (${reason}); showing a picture of the map and the data as tables`}]);
  }
}
