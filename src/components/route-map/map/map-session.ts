/**
 * The map session: one MapLibre map with its deck.gl overlay, from the element's `data`,
 * `basemap` and `story` inputs. It creates them, swaps new data into the running map, survives
 * a lost WebGL context and falls back to a picture without WebGL (both in webgl-loss.ts), and
 * releases everything on disconnect. It draws the layers it is handed; what they are is the scene's business.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Map as MapLibreMap, ErrorEvent, GeoJSONSource} from 'maplibre-gl';
import type {MapLibreOverlay} from '@deck.gl/maplibre';
import type {Layer} from '@deck.gl/core';
import {LAYER_NAMES, type RouteData} from '../../../data/schema';
import {NO_RECORDS, indexRecords, type Records} from '../../../data/records';
import {loadData} from '../../../data/load';
import type {Story} from '../../../story/story';
import {registerFonts} from '../../../fonts';
import {packageFile} from '../../../base-path';
import {SOURCES, offlineStyle} from '../../../layers/basemap-style';
import {DETAIL_ZOOM, countryLabelsUrl, loadWorld, shapesForChecks, withDetail, type CountryShapes} from '../../../layers/basemap-data';
import {overLabelBudget} from '../../../layers/place-labels';
import {isDense} from '../../../layers/route-layers';
import bundledStoryUrl from '../../../../geo/story.json?url';
import {fire, type RouteMapReadyDetail} from '../events';
import type * as EngineModule from './engine';
import type {Notices} from '../notices';
import type {Ambient} from '../ambient';
import {WebGLLoss} from './webgl-loss';
import {NOBODY, addDataLayers, captureSettings, deckDevice, drawn, labelsInView, loadStory, pictured, removeWithoutTrace, sourceLoaded, styleParsed, watchBasemap} from './map-tools';

/** The first view: Latin America's producers and ports to Europe's ports and Scandinavia. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [[-92, -30], [28, 62]];
/** The map's closest zoom. */
export const MAX_ZOOM = 9;

type Engine = typeof EngineModule;

/** What the session reads of its element: the inputs it loads, and where it publishes what it loaded. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  data?: string;
  basemap?: string;
  story?: string;
  map?: MapLibreMap;
  routeData?: RouteData;
  storyData?: Story;
}

export interface SessionOptions {
  ambient: Ambient;
  notices: Notices;
  /** Without WebGL, before the fallback shows: load what it needs. */
  fallback: () => Promise<unknown>;
  /** The element shows something else than the map (it is a presenter's console): no map is made. */
  idle: () => boolean;
}

/** What most parts read of the session: the records, and whether the first picture is drawn. */
export type SessionState = Pick<MapSession, 'records' | 'ready'>;

/** What the session tells the parts built after it: set where the element is wired. */
export interface SessionMoments {
  /** The data and the story are in, before the map: the interface over the poster can show them. */
  loaded: () => void;
  /**
   * With a poster: resolves once it and the interface over it are on screen. MapLibre, deck.gl and
   * the basemap, most of the bytes, load after it, so that on a slow line the picture comes first.
   * Undefined without a poster: they load at once.
   */
  pictured: () => Promise<void> | undefined;
  /** A map was made: listen to it. */
  created: (map: MapLibreMap) => void;
  /** The data is on a new map: bring it up to date (camera, chapter, settings) before the first picture. */
  opened: (map: MapLibreMap) => Promise<void>;
  /** New records replaced the old ones on the running map. */
  swapped: () => void;
  /** The map and everything that went with it was released. */
  released: () => void;
  /** The first picture is drawn. */
  ready: () => void;
}

export class MapSession implements ReactiveController {
  /** The deck.gl overlay inside the map's WebGL context. */
  overlay?: MapLibreOverlay;
  /** MapLibre, deck.gl and the layers (engine.ts), once loaded. */
  engine?: Engine;
  /** Who hears the session's moments; nobody until the element is wired. */
  on: SessionMoments = NOBODY;
  /** The validated records, indexed. */
  records: Records = NO_RECORDS;
  /** The first picture is drawn (and, after a data swap, the new records are). */
  ready = false;
  /** A lost WebGL context, and none at all (webgl-loss.ts). */
  private readonly webgl: WebGLLoss;
  private boxes?: Map<string, [number, number, number, number]>;
  /** The inputs the running session was started from; undefined until started and after release. */
  private inputs?: {data?: string; basemap?: string; story?: string};
  private abort?: AbortController;
  /** Cancels a `data` swap in flight when a newer one starts. */
  private dataAbort?: AbortController;
  /** The running start(): it ends once the first picture is drawn, or the start is abandoned. */
  private starting?: Promise<void>;
  /** Work in flight that changes what is drawn (the finer basemap); see settled(). */
  private pending: Promise<unknown> = Promise.resolve();
  private world?: CountryShapes;
  private detailRequested = false;
  /**
   * Until the land is drawn, no arcs are; so many routes wait for the whole basemap: each tile and
   * label that arrives redraws the map, and on a slow GPU every redraw with the arcs costs a second or more.
   */
  private arcsHeld = true;
  /** The deck.gl layers to draw. */
  private layers: Layer[] = [];

  constructor(private readonly host: SessionHost, private readonly options: SessionOptions) {
    host.addController(this);
    this.webgl = new WebGLLoss(host, {
      notices: options.notices, fallback: options.fallback,
      restart: (map) => {
        if (this.host.map === map) this.restart();
      },
    });
  }

  /** The WebGL context is lost: a notice shows until the browser restores it. */
  get contextLost(): boolean {
    return this.webgl.lost;
  }

  /** WebGL is missing: the element shows a picture and the tables instead of the map. */
  get noWebGL(): boolean {
    return this.webgl.missing;
  }

  /** The map while its WebGL context is live: style changes throw while it is lost. */
  get live(): MapLibreMap | undefined {
    return this.contextLost ? undefined : this.host.map;
  }

  /** Each country's bounding box by ISO code (none before the world's shapes and the engine are loaded); worked out on first use. */
  get countryBoxes(): Map<string, [number, number, number, number]> {
    if (!this.world || !this.engine) return new Map();
    this.boxes ??= this.engine.countryBoxes(this.world);
    return this.boxes;
  }

  get data(): RouteData | undefined {
    return this.host.routeData;
  }

  hostConnected() {
    // Moved in the DOM or re-attached: start again what disconnecting released.
    if (this.host.hasUpdated && !this.inputs) this.host.requestUpdate();
  }

  hostDisconnected() {
    this.teardown();
  }

  /** Before each render: the map follows its inputs, so the render shows it loading. */
  hostUpdate() {
    if (this.host.hasUpdated) this.follow();
  }

  /** The first start needs the map's box, which the first render makes. */
  hostUpdated() {
    if (!this.inputs) this.follow();
  }

  /** Starts, or starts again when an input changed; a new `data` on a running map swaps in place. */
  private follow() {
    if (!this.host.isConnected || this.options.idle()) return;
    const {data, basemap, story} = this.host;
    const inputs = this.inputs;
    if (inputs && inputs.basemap === basemap && inputs.story === story) {
      if (inputs.data === data) return;
      if (this.data && this.overlay && this.host.map && !this.contextLost) {
        inputs.data = data;
        void this.reloadData(this.host.map);
        return;
      }
    }
    this.restart();
  }

  private restart() {
    this.teardown();
    this.starting = this.start();
  }

  /** Draws these deck.gl layers (none while the arcs are held back). */
  setLayers(layers: Layer[]) {
    this.layers = layers;
    const {map} = this.host;
    // deck.gl adds its layers to MapLibre's once the style is parsed (see styleParsed).
    if (map && this.overlay) styleParsed(map, () => this.overlay?.setProps({layers: this.arcsHeld ? [] : layers}));
  }

  /**
   * Draws the layers again with the map's projection: the deck.gl overlay takes its view (flat or
   * globe) from the map only when its props are set, and a still map sets none until it moves.
   */
  followProjection() {
    this.setLayers(this.layers);
  }

  /** Draws one frame of these layers, e.g. the flows a moment on, without keeping them. */
  drawFrame(layers: Layer[]) {
    this.overlay?.setProps({layers});
  }

  /** Resolves once loading has finished (the first picture, the finer basemap); the map may still be drawing. */
  async loaded(): Promise<void> {
    await this.starting;
    await this.pending;
  }

  /** Resolves once loading has finished and the map has drawn everything it has. */
  async settled(): Promise<void> {
    await this.loaded();
    if (this.host.map) await drawn(this.host.map);
  }

  /** Releases everything acquired in start(): requests, map, WebGL context, listeners. */
  private teardown() {
    this.inputs = undefined;
    this.abort?.abort();
    this.abort = undefined;
    const map = this.host.map;
    if (map && this.overlay) {
      const device = deckDevice(map.getCanvas());
      this.overlay.finalize();
      // luma.gl leaves the device's canvas observers running on a context it did not create, and
      // they hold the whole deck.gl instance: about 5 MB per map made and removed. Stop them.
      device?.canvasContext?.destroy();
    }
    this.overlay = undefined;
    this.layers = [];
    if (map) removeWithoutTrace(map);
    this.host.map = undefined;
    this.detailRequested = false;
    if (this.webgl.reset() || this.ready) this.host.requestUpdate();
    this.ready = false;
    this.on.released();
  }

  private async start() {
    const {data: dataUrl, basemap, story: storyUrl} = this.host;
    this.inputs = {data: dataUrl, basemap, story: storyUrl};
    this.arcsHeld = true;
    const abort = new AbortController();
    this.abort = abort;
    const {signal} = abort;
    const {notices} = this.options;
    notices.show([]);
    // The interface is measured for the first view's framing: in the faces it will be drawn in,
    // or the camera differs by a few pixels from one load to the next.
    const fontsLoaded = registerFonts();
    const dataLoaded = loadData(dataUrl, signal, {shapes: shapesForChecks});
    const storyLoaded = storyUrl ? loadStory(storyUrl, signal) : loadStory(packageFile(bundledStoryUrl), signal, true);
    // The interface over the poster (legend, time bar, story panel) shows as soon as it has the data and the story.
    const contentLoaded = Promise.all([dataLoaded, storyLoaded]).then(([{data, problems}, story]) => {
      if (signal.aborted) return;
      this.setRecords(data);
      this.host.storyData = story.story;
      this.on.loaded();
      if (problems.length || story.problems.length) notices.report([...problems, ...story.problems]);
    });
    const pictured = this.on.pictured();
    const mapWanted = pictured ? contentLoaded.then(() => pictured) : Promise.resolve();
    const engineLoaded = mapWanted.then(() => import('./engine'));
    const worldLoaded = this.world ? Promise.resolve(this.world) : mapWanted.then(loadWorld);
    const offline = () => offlineStyle(packageFile(countryLabelsUrl));
    let engine: Engine;
    try {
      engine = await engineLoaded;
    } catch (e) {
      if (!signal.aborted) notices.report([{file: 'map', message: `the map's code did not load: ${(e as Error).message}`}]);
      return;
    }
    if (signal.aborted) return;
    this.engine = engine;
    engine.ensureWorker();
    let map: MapLibreMap;
    try {
      map = new engine.MapLibreMap({
        container: this.host.renderRoot.querySelector<HTMLElement>('.map')!, style: basemap ?? offline(),
        bounds: DEFAULT_BOUNDS, fitBoundsOptions: {padding: 16}, renderWorldCopies: false,
        // Not compact: the compact button's icon is a data: image, which a strict img-src blocks.
        attributionControl: {compact: false}, maxZoom: MAX_ZOOM,
        ...captureSettings(this.host),
      });
    } catch (e) {
      // No WebGL (an old machine, a blocklisted driver, a locked-down browser): never a blank box.
      void this.webgl.showFallback(contentLoaded, signal, (e as Error).message);
      return;
    }
    this.host.map = map;
    const fallBack = basemap ? watchBasemap(map, basemap, signal, notices, offline) : () => false;
    map.on('error', (e: ErrorEvent) => {
      const message = e.error?.message ?? String(e.error);
      if (!signal.aborted && !fallBack(message)) notices.report([{file: basemap ? 'basemap style' : 'map', message}]);
    });
    this.webgl.watch(map);
    map.on('zoom', () => this.maybeLoadDetail(map));
    map.on('moveend', () => {
      if (this.data && overLabelBudget(this.data)) this.updatePlaceLabels();
    });
    this.on.created(map);

    // Our layers go in as soon as the style itself is parsed, before its first picture: the
    // basemap is then drawn once with them, not first alone.
    const styleLoaded = new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));
    const [{data}, world] = await Promise.all([dataLoaded, worldLoaded, contentLoaded, styleLoaded, fontsLoaded]);
    if (signal.aborted) return;

    if ('message' in world) notices.report([world]);
    else this.world = world;
    this.showData(map, data);
    // The first picture is already the chapter asked for, with the element's settings.
    await this.on.opened(map);
    if (signal.aborted) return;
    const resume = this.webgl.takeCamera();
    if (resume) map.jumpTo(resume);
    // The arcs come with the land under them, never over an empty sea. So many routes wait for the
    // basemap's whole first picture: each tile or label that arrives would redraw them all.
    await (isDense(data.routes.length) ? drawn(map) : sourceLoaded(map, SOURCES.countries));
    if (signal.aborted) return;
    this.arcsHeld = false;
    this.setLayers(this.layers);
    await drawn(map);
    if (signal.aborted) return;
    this.becomeReady(data);
  }

  private becomeReady(data: RouteData) {
    this.ready = true;
    this.host.requestUpdate();
    this.on.ready();
    fire<RouteMapReadyDetail>(this.host, 'route-map-ready', Object.fromEntries(LAYER_NAMES.map((l) => [l, data[l].length])) as RouteMapReadyDetail);
  }

  /**
   * A new `data` URL on a running map: load and validate it, then swap the records in place (same
   * map, same WebGL context) and fire route-map-ready again once drawn. A newer URL cancels this one.
   */
  private async reloadData(map: MapLibreMap) {
    this.dataAbort?.abort();
    const abort = new AbortController();
    this.dataAbort = abort;
    const signal = AbortSignal.any([abort.signal, this.abort!.signal]);
    const {notices} = this.options;
    notices.show([]);
    // Not ready until the new records are drawn: the status shows, and the flows pause so the map can go idle.
    this.ready = false;
    this.host.requestUpdate();
    const {data, problems} = await loadData(this.host.data, signal, {shapes: shapesForChecks});
    if (signal.aborted || this.host.map !== map) return;
    this.setRecords(data);
    this.updatePlaceLabels();
    if (problems.length) notices.report(problems);
    this.on.swapped();
    await pictured(map);
    if (!signal.aborted) this.becomeReady(data);
  }

  private setRecords(data: RouteData) {
    this.host.routeData = data;
    this.records = indexRecords(data);
  }

  /** After a data swap, and after every move when the data has more places than can be labelled. */
  private updatePlaceLabels() {
    const {live: map, data} = this;
    if (map && data) map.getSource<GeoJSONSource>(SOURCES.portLabels)?.setData(labelsInView(map, data));
  }

  /** Puts the data on the map: MapLibre sources and layers for countries and labels, and the deck.gl overlay. */
  private showData(map: MapLibreMap, data: RouteData) {
    addDataLayers(map, data, this.world, this.options.ambient.language);
    // deck.gl's layers, drawn inside MapLibre's WebGL context (interleaved, below the labels).
    const {pixelRatio} = captureSettings(this.host);
    this.overlay = new this.engine!.MapLibreOverlay({interleaved: true, layers: [], ...(pixelRatio ? {useDevicePixels: pixelRatio} : {})});
    map.addControl(this.overlay);
  }

  /** From DETAIL_ZOOM on, the finer country shapes, loaded once. */
  private maybeLoadDetail(map: MapLibreMap) {
    const world = this.world;
    if (!world || this.detailRequested || map.getZoom() < DETAIL_ZOOM) return;
    this.detailRequested = true;
    const signal = this.abort?.signal;
    this.pending = withDetail(world).then((shapes) => {
      if (signal?.aborted || this.host.map !== map) return;
      if ('message' in shapes) this.options.notices.report([shapes]);
      else map.getSource<GeoJSONSource>(SOURCES.countries)?.setData(shapes);
    });
  }
}
