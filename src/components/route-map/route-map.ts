import {LitElement, html, nothing, svg, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {styleMap} from 'lit/directives/style-map.js';
import {Map as MapLibreMap, MercatorCoordinate, type ErrorEvent, type GeoJSONSource, type MapMouseEvent, type StyleSpecification} from 'maplibre-gl';
import {MapLibreOverlay} from '@deck.gl/maplibre';
import type {Layer} from '@deck.gl/core';
import {COUNTRY_ROLES, LAYER_NAMES, LEGS, type Country, type LayerName, type LngLat, type Organisation, type Port, type Problem, type Route, type RouteData} from '../../data/schema';
import type {ScatterplotLayer} from '@deck.gl/layers';
import {describeProblem, skippedPerFile} from '../../data/validate';
import {TIMEOUT_MS, fetchJson, loadData} from '../../data/load';
import storyUrl from '../../../geo/story.json?url';
import {chapterFromHash, validateStory, type Camera, type Chapter, type Story} from '../../story/story';
import {keyAction} from '../../story/keys';
import {EXPLORE, select, viewOf, withFocus, type Selection} from '../../story/view';
import {formatFigure, formatNumber, keyFigure, nameIn} from '../../data/format';
import {registerFonts} from '../../fonts';
import {ensureWorker} from '../../maplibre-worker';
import {COUNTRY_TOLERANCE, FONT_BOLD, FONT_REGULAR, LAYERS, SOURCES, labelName, labelSizes, roleFillColor, roleFillFilter, themePaint, offlineStyle, overlayLayers, placeLabelFilter, roleFillOpacity} from '../../layers/basemap-style';
import {DETAIL_ZOOM, countryLabelsUrl, loadWorld, withDetail, type CountryShapes} from '../../layers/basemap-data';
import {ORGANISATION_RADIUS, arcMiddle, isDense, isFaded, pickArc, pickCircle, portRadius, routeLayers, routesToDraw, withHighlight} from '../../layers/route-layers';
import {LEG_COLORS, ORGANISATION_COLOR, PORT_COLORS, css as rgb, palette, type Theme} from '../../layers/theme';
import {STRINGS, pickLang, type Lang} from '../../i18n/strings';
import {describe, tooltipContent, type Hovered} from './tooltip';
import type {TableSort} from './table';
import {parseControls, parseLayers, type Control} from './options';
import {mapLibreStyles, routeMapStyles} from './route-map.styles';
import fallbackUrl from '../../assets/default-view.webp?url';

/** Detail of `route-map-ready`: how many features of each layer are shown. */
export type RouteMapReadyDetail = Record<LayerName, number>;

/** Detail of `route-map-chapter`: the chapter now shown. */
export interface RouteMapChapterDetail {
  index: number;
  id: string;
  title: string;
}

/** Detail of `route-map-select`: what was selected, or `id: null` when the selection was cleared. */
export interface RouteMapSelectDetail {
  id: string | null;
  kind?: Hovered['kind'];
  name?: string;
}

/** Detail of `route-map-error`: a summary line and every problem found. */
export interface RouteMapErrorDetail {
  message: string;
  problems: Problem[];
}

declare global {
  interface HTMLElementTagNameMap {
    'route-map': RouteMap;
  }
  interface GlobalEventHandlersEventMap {
    'route-map-ready': CustomEvent<RouteMapReadyDetail>;
    'route-map-error': CustomEvent<RouteMapErrorDetail>;
    'route-map-chapter': CustomEvent<RouteMapChapterDetail>;
    'route-map-select': CustomEvent<RouteMapSelectDetail>;
  }
}

/** The first view: Latin America's producers and ports to Europe's ports and Scandinavia. */
const DEFAULT_BOUNDS: [[number, number], [number, number]] = [[-92, -30], [28, 62]];

/**
 * An interactive map of cocaine routes from Latin America into European ports and onward,
 * drawn offline: a MapLibre GL basemap from Natural Earth with deck.gl arcs on top.
 *
 * @tagname route-map
 * @fires route-map-ready - Once the basemap and the data layers are first drawn. Detail: feature counts.
 * @fires route-map-error - When data or the basemap fails to load or holds malformed features. Detail: the problems.
 * @fires route-map-chapter - When the story moves to a chapter. Detail: its index, id and title.
 * @fires route-map-select - When a port, country, route or organisation is selected, or the selection cleared. Detail: its id, kind and name.
 * @csspart map - The map's box.
 * @csspart tooltip - The hover card.
 * @csspart problems - The notice that lists data problems.
 * @csspart legend - The key to colours and arrows.
 * @csspart panel - The story panel: chapter title, text and controls.
 * @csspart blank - The black screen a presenter shows with B.
 * @csspart details - The panel with the selected feature's figures and sources.
 * @slot title - A heading shown over the top of the map, e.g. the page's own title for the map.
 * @slot caption - A short text at the bottom left, e.g. a credit or a date.
 * @slot footer - A line along the bottom, e.g. a link to the sources.
 * @cssprop --route-map-font - Font family of the interface.
 * @cssprop --route-map-text - Text colour of the interface.
 * @cssprop --route-map-sea - Background shown before the map draws.
 * @cssprop --route-map-tooltip-bg - Background of the hover card.
 * @cssprop --route-map-panel-bg - Background of the story, details and legend panels.
 * @cssprop --route-map-space - Around the globe.
 * @csspart table - The data tables.
 * @csspart table-toggle - The button that shows the tables.
 * @csspart projection-toggle - The button that switches to the globe.
 * @csspart fallback - Shown instead of the map where WebGL is missing: a picture of the map and the data tables.
 * @csspart sampled - The note that says how many of the routes in view are drawn, when they are too many to draw all.
 */
export class RouteMap extends LitElement {
  static styles = [mapLibreStyles, routeMapStyles];

  /** Interface and label language, `en` or `nl`; defaults to the document's language. */
  @property() lang = '';

  /** A MapLibre style URL to use instead of the bundled offline basemap. */
  @property() basemap?: string;

  /** URL of a JSON bundle `{routes, ports, countries}` (GeoJSON FeatureCollections) replacing the bundled layers it names. */
  @property() data?: string;

  /** URL of a story (JSON, see geo/story.json) replacing the bundled one. */
  @property() story?: string;

  /** Id of the story chapter shown; set it to open a chapter, read it to know the current one. */
  @property({reflect: true}) chapter?: string;

  /** Presenter mode: large type and thick arcs; → ← Space Home End and 1–9 step through chapters, B blanks, F full screen, Esc leaves. */
  @property({type: Boolean, reflect: true}) presenter = false;

  /** Kiosk: move to the next chapter every N seconds (12 when the attribute has no value), looping. */
  @property() autoplay?: string;

  /** Jump between chapters instead of flying. The system's reduced-motion setting does the same. */
  @property({type: Boolean, attribute: 'reduced-motion'}) reducedMotion = false;

  /** Keep the chapter in the page's URL hash (`#chapter=mainports`) and open the chapter it names. For one map per page. */
  @property({type: Boolean}) hash = false;

  /** Id of the selected port, country, route or organisation: its flows are brought forward and its details shown. */
  @property({reflect: true}) selected?: string;

  /** `light` or `dark`: the basemap, the panels and the country tints. */
  @property({reflect: true}) theme: Theme = 'light';

  /** `mercator` (the flat map) or `globe`. */
  @property({reflect: true}) projection: 'mercator' | 'globe' = 'mercator';

  /** The year whose seizure totals size the ports (2016–2025); the latest figure when unset. */
  @property({reflect: true, converter: {fromAttribute: (value: string | null) => (value && /^\d{4}$/.test(value.trim()) ? Number(value) : undefined)}})
  year?: number;

  /**
   * Which layers show, separated by spaces or commas: `source`, `ocean`, `onward`, `synthetic`, `money`,
   * `ports`, `organisations`, `countries` (every role) or a role: `producer`, `transit`, `coalition`,
   * `partner`, `destination`. All when absent; the legend then offers only these.
   */
  @property() layers?: string;

  /** `interactive="false"` fixes the camera (no panning or zooming by pointer, wheel, touch or keys); hover and selection still work. */
  @property({converter: {fromAttribute: (value: string | null) => value !== 'false', toAttribute: (value: boolean) => (value ? null : 'false')}})
  interactive = true;

  /** Which controls show, separated by spaces: `legend`, `story`, `table`, `projection`; `none` for none. All when absent. */
  @property() controls?: string;

  @state() private chapterIndex = -1;
  /** Layers the visitor switched off in the legend. */
  @state() private switchedOff = new Set<string>();
  /** The layers the `layers` attribute allows; all when undefined. */
  private allowedLayers?: ReadonlySet<string>;
  /** The controls the `controls` attribute asks for; all when undefined. */
  private shownControls?: ReadonlySet<Control>;
  /** Unknown names in `layers` or `controls`, reported once the element is connected. */
  private attributeProblems: Problem[] = [];
  @state() private playing = false;
  /** Index of the active item in the keyboard navigator (ports, then routes, then organisations). */
  @state() private navIndex = -1;
  @state() private tableOpen = false;
  @state() private tableSort: TableSort = {table: 'places', column: 3, descending: true};
  /** Whether the visitor opened or folded the legend; until then it is open where the map has room for it. */
  private legendOpen?: boolean;
  private playTimer?: ReturnType<typeof setInterval>;
  @state() private announcement = '';
  @state() private blanked = false;
  @state() private hovered?: {target: Hovered; x: number; y: number};
  @state() private problems: Problem[] = [];
  @state() private ready = false;
  /** The WebGL context is lost: a notice shows until the browser restores it. */
  @state() private contextLost = false;
  /** WebGL is missing: the element shows a picture and the tables instead of the map. */
  @state() private noWebGL = false;
  /** Where the camera was when the context was lost, to start again there. */
  private resumeCamera?: {center: [number, number]; zoom: number; bearing: number; pitch: number};

  /** The underlying MapLibre map while connected; for advanced use. */
  map?: MapLibreMap;
  /** The data shown, once loaded and validated. */
  routeData?: RouteData;
  /** The story, once loaded and validated. */
  storyData?: Story;
  private selection?: Selection;
  /**
   * Until the basemap is first drawn, deck.gl draws nothing: each tile and label that arrives
   * redraws the map, and on a slow GPU every redraw with the arcs costs a second or more.
   */
  private arcsHeld = true;
  /** The running start(): it ends once the first picture is drawn, or the start is abandoned. */
  private starting?: Promise<void>;
  /** The record highlighted under the pointer. */
  private highlightId?: string;
  /** The routes the arcs layer draws now. */
  private drawnRoutes: Route[] = [];
  /** Set when only some of the routes in view are drawn: how many are drawn, of how many. */
  @state() private sampled?: {drawn: number; inView: number};
  /** The deck.gl layers drawn now; the flow animation clones the arcs with a new time each frame. */
  private deckLayers: Layer[] = [];
  private flowFrame = 0;
  private onScreen = true;
  private visibility?: IntersectionObserver;
  private readonly onVisibilityChange = () => this.updateFlow();
  /** Every record by id, for selection. */
  private byId = new Map<string, Hovered>();
  /** What the pointer is over, brought forward like a selection while no selection is made. */
  private hoverId?: string;
  private autoplayTimer?: ReturnType<typeof setInterval>;
  private readonly onHashChange = () => {
    const id = chapterFromHash(location.hash);
    if (id && id !== this.chapter) this.goToId(id);
  };

  private overlay?: MapLibreOverlay;
  private abort?: AbortController;
  /** Cancels a `data` swap in flight when a newer one starts. */
  private dataAbort?: AbortController;
  private world?: CountryShapes;
  private detailRequested = false;
  /** Work in flight that changes what is drawn (the finer basemap); see settled(). */
  private pending: Promise<unknown> = Promise.resolve();
  private countriesByIso = new Map<string, Country>();
  private lazy: Partial<LazyModules> = {};
  private prefetchTimer?: ReturnType<typeof setTimeout>;
  private placeNames = new Map<string, Port | Country>();

  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  private get language(): Lang {
    return pickLang(this.lang, document.documentElement.lang);
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // Moved in the DOM or re-attached: start again what disconnecting released.
    if (this.hasUpdated && !this.abort) this.requestUpdate();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.teardown();
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('layers')) {
      const {names, problems} = parseLayers(this.layers);
      this.allowedLayers = names;
      this.switchedOff = new Set();
      this.attributeProblems.push(...problems);
    }
    if (changed.has('controls')) {
      const {names, problems} = parseControls(this.controls);
      this.shownControls = names;
      this.attributeProblems.push(...problems);
    }
  }

  protected updated(changed: PropertyValues<this>) {
    if (!this.isConnected) return;
    // New data on a running map swaps in place; anything else that changes the inputs starts again.
    const swap = changed.has('data') && this.routeData && this.overlay && this.map && !this.contextLost;
    if (!this.abort || changed.has('basemap') || changed.has('story') || (changed.has('data') && !swap)) {
      this.teardown();
      this.starting = this.start();
    } else {
      if (swap) void this.reloadData(this.map!);
      this.applyChanges(changed);
    }
    if (this.attributeProblems.length) {
      this.report(this.attributeProblems);
      this.attributeProblems = [];
    }
  }

  /** Brings the running map up to date with changed attributes, without starting it again. */
  private applyChanges(changed: PropertyValues<this>) {
    const legendChanged = changed.has('layers') || (changed as Map<string, unknown>).has('switchedOff');
    if (changed.has('lang')) this.applyLanguage();
    if (changed.has('chapter') && this.chapter && this.chapter !== this.currentChapter?.id) this.goToId(this.chapter);
    if (changed.has('presenter')) {
      this.applyPresenter();
      if (this.presenter && this.chapterIndex < 0) void this.goTo(0);
    }
    if (changed.has('autoplay')) this.scheduleAutoplay();
    if (changed.has('selected')) this.onSelected(changed.get('selected'));
    if (changed.has('projection')) this.applyProjection();
    if (changed.has('interactive')) this.applyInteractive();
    if (changed.has('theme') || legendChanged) this.applyColours();
    if (changed.has('year') || changed.has('reducedMotion') || legendChanged) this.applyView();
  }

  /** Whether a legend switch is off: by the visitor, or left out of the `layers` attribute. */
  private isHidden(name: string): boolean {
    return this.switchedOff.has(name) || (!!this.allowedLayers && !this.allowedLayers.has(name));
  }

  private showsControl(control: Control): boolean {
    return !this.shownControls || this.shownControls.has(control);
  }

  /** Shows or hides one layer of the legend: a leg, ports, organisations or a country role. */
  toggleLayer(name: string, show = this.switchedOff.has(name)) {
    const hidden = new Set(this.switchedOff);
    if (show) hidden.delete(name);
    else hidden.add(name);
    this.switchedOff = hidden;
  }

  /** Plays the years 2016–2025 on the ports' seizure circles, or pauses. */
  togglePlay() {
    clearInterval(this.playTimer);
    this.playing = !this.playing;
    if (!this.playing) return;
    if (!this.year || this.year >= LAST_YEAR) this.year = FIRST_YEAR;
    this.playTimer = setInterval(() => {
      if ((this.year ?? FIRST_YEAR) >= LAST_YEAR) {
        clearInterval(this.playTimer);
        this.playing = false;
      } else this.year = (this.year ?? FIRST_YEAR) + 1;
    }, 1200);
  }

  private onSelected(previous: string | undefined) {
    // Before the data is in, there is nothing to select yet; start() comes back here.
    if (this.selected === previous || !this.routeData) return;
    this.applyView();
    const target = this.selected ? this.byId.get(this.selected) : undefined;
    const lang = this.language;
    let name: string | undefined;
    if (target) {
      const {feature, title} = describe(target, lang, this.placeName);
      name = title;
      const figure = keyFigure(feature);
      const routes = this.routeData?.routes ?? [];
      const inbound = routes.filter((r) => r.to === feature.id).length;
      const outbound = routes.filter((r) => r.from === feature.id).length;
      const s = STRINGS[lang];
      this.announcement = [title, figure ? formatFigure(figure, lang) : '', inbound ? s.incoming(inbound) : '', outbound ? s.outgoing(outbound) : '']
        .filter(Boolean).join(', ').replace(', ', ': ');
    } else {
      this.announcement = STRINGS[lang].selectionCleared;
    }
    this.dispatchEvent(new CustomEvent<RouteMapSelectDetail>('route-map-select', {
      bubbles: true, composed: true, detail: target ? {id: this.selected!, kind: target.kind, name} : {id: null},
    }));
  }

  private readonly placeName = (id: string) => {
    const place = this.placeNames.get(id);
    return place ? nameIn(place.name, this.language) : id;
  };

  /** The chapter shown, if the story is on. */
  get currentChapter(): Chapter | undefined {
    return this.storyData?.chapters[this.chapterIndex];
  }

  /** Releases everything acquired in start(): requests, map, WebGL context, listeners. */
  private teardown() {
    cancelAnimationFrame(this.flowFrame);
    this.flowFrame = 0;
    this.visibility?.disconnect();
    this.visibility = undefined;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    clearInterval(this.autoplayTimer);
    clearInterval(this.playTimer);
    this.playing = false;
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.prefetchTimer);
    if (this.map && this.overlay) {
      const device = deckDevice(this.map.getCanvas());
      this.overlay.finalize();
      // luma.gl leaves the device's canvas observers running on a context it did not create, and
      // they hold the whole deck.gl instance: about 5 MB per map made and removed. Stop them.
      device?.canvasContext?.destroy();
    }
    this.overlay = undefined;
    this.deckLayers = [];
    this.map?.remove();
    this.map = undefined;
    this.detailRequested = false;
    this.hovered = undefined;
    this.ready = false;
    this.contextLost = false;
  }

  private async start() {
    this.arcsHeld = true;
    const abort = new AbortController();
    this.abort = abort;
    if (this.problems.length) this.problems = [];
    const container = this.renderRoot.querySelector<HTMLElement>('.map')!;
    registerFonts();
    ensureWorker();
    const dataLoaded = loadData(this.data, abort.signal);
    const storyLoaded = loadStory(this.story ?? new URL(storyUrl, document.baseURI).href, abort.signal);
    const worldLoaded = this.world ? Promise.resolve(this.world) : loadWorld();
    const offline = () => offlineStyle(new URL(countryLabelsUrl, document.baseURI).href);
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container, style: this.basemap ?? offline(),
        bounds: DEFAULT_BOUNDS, fitBoundsOptions: {padding: 16}, renderWorldCopies: false,
        // Not compact: the compact button's icon is a data: image, which a strict img-src blocks.
        attributionControl: {compact: false}, maxZoom: 9,
      });
    } catch (e) {
      // No WebGL (an old machine, a blocklisted driver, a locked-down browser): never a blank box.
      void this.showFallback(dataLoaded, abort.signal, (e as Error).message);
      return;
    }
    this.map = map;
    // The flows move only while someone can see them: on screen and in a visible tab.
    this.visibility = new IntersectionObserver(([entry]) => {
      this.onScreen = entry.isIntersecting;
      this.updateFlow();
    });
    this.visibility.observe(this);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    // A user's style that cannot load, or does not answer, must not leave a blank box: draw on the bundled basemap.
    let fellBack = false;
    const fallBack = (why: string) => {
      fellBack = true;
      this.report([{file: this.basemap!, message: `basemap style could not be used (${why}); showing the bundled basemap`}]);
      map.setStyle(offline());
    };
    map.on('error', (e: ErrorEvent) => {
      if (abort.signal.aborted) return;
      const message = e.error?.message ?? String(e.error);
      if (this.basemap && !fellBack && !map.isStyleLoaded()) fallBack(message);
      else this.report([{file: this.basemap ? 'basemap style' : 'map', message}]);
    });
    if (this.basemap) {
      const timer = setTimeout(() => {
        if (!abort.signal.aborted && !fellBack && !map.isStyleLoaded()) fallBack(`no answer within ${TIMEOUT_MS / 1000} s`);
      }, TIMEOUT_MS);
      abort.signal.addEventListener('abort', () => clearTimeout(timer));
    }
    map.on('mousemove', (e) => this.hoverAt(e));
    map.on('click', (e) => {
      this.hoverAt(e);
      const target = this.hovered?.target;
      this.selected = target ? describe(target, this.language, this.placeName).feature.id : undefined;
    });
    map.on('mouseout', () => {
      this.hovered = undefined;
      this.setHighlight(undefined);
      this.setHoverFocus(undefined);
    });
    map.on('movestart', () => {
      this.hovered = undefined;
      this.setHighlight(undefined);
    });
    map.on('webglcontextlost', () => this.onContextLost());
    map.on('webglcontextrestored', () => this.onContextRestored(map));
    map.on('zoom', () => this.maybeLoadDetail());
    map.on('moveend', () => {
      const data = this.routeData;
      if (data && data.ports.length + data.organisations.length > LABEL_BUDGET) this.updatePlaceLabels();
      if (isDense(this.selection?.routes.length ?? 0)) this.applyView();
    });

    // Our layers go in as soon as the style itself is parsed, before its first picture: the
    // basemap is then drawn once with them, not first alone.
    const styleLoaded = new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));
    const [{data, problems}, world, story] = await Promise.all([dataLoaded, worldLoaded, storyLoaded, styleLoaded]);
    if (abort.signal.aborted) return;

    if ('message' in world) problems.push(world);
    else this.world = world;
    problems.push(...story.problems);
    this.storyData = story.story;
    this.arcsHeld = isDense(data.routes.length);
    this.showData(map, data);
    // The arcs are drawn from the basemap's first frames on (see styleParsed).
    if (!this.arcsHeld) styleParsed(map, () => this.overlay?.setProps({layers: this.deckLayers}));
    if (this.selected) this.onSelected(undefined);
    if (problems.length) this.report(problems);
    this.applyPresenter();
    this.applyProjection();
    // The first picture is already the chapter asked for: by the URL hash, the attribute, or presenter mode.
    const opening = (this.hash ? chapterFromHash(location.hash) : undefined) ?? this.chapter;
    const index = this.storyData?.chapters.findIndex((c) => c.id === opening) ?? -1;
    if (index >= 0 || this.presenter) await this.goTo(Math.max(index, 0), {animate: false});
    if (abort.signal.aborted) return;
    if (this.resumeCamera) map.jumpTo(this.resumeCamera);
    this.resumeCamera = undefined;
    this.scheduleAutoplay();
    // So many routes wait for the basemap's first picture: each tile or label that arrives would redraw them all.
    if (this.arcsHeld) {
      await drawn(map);
      if (abort.signal.aborted) return;
      this.arcsHeld = false;
      this.overlay?.setProps({layers: this.deckLayers});
    }
    await drawn(map);
    if (abort.signal.aborted) return;
    this.ready = true;
    this.updateFlow();
    // Fetch the code for tables, details and export while the visitor looks at the first picture.
    this.prefetchTimer = setTimeout(() => { for (const name of Object.keys(LAZY) as (keyof LazyModules)[]) void this.load(name); }, 1000);
    this.emitReady(data);
  }

  private emitReady(data: RouteData) {
    this.dispatchEvent(new CustomEvent<RouteMapReadyDetail>('route-map-ready', {
      bubbles: true, composed: true,
      detail: Object.fromEntries(LAYER_NAMES.map((l) => [l, data[l].length])) as RouteMapReadyDetail,
    }));
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
    if (this.problems.length) this.problems = [];
    // Not ready until the new records are drawn: the status shows, and the flows pause so the map can go idle.
    this.ready = false;
    this.updateFlow();
    const {data, problems} = await loadData(this.data, signal);
    if (signal.aborted || this.map !== map) return;
    this.setRecords(data);
    this.hovered = undefined;
    this.navIndex = -1;
    this.updatePlaceLabels();
    if (problems.length) this.report(problems);
    this.applyColours();
    this.applyView();
    map.once('idle', () => {
      if (signal.aborted) return;
      this.ready = true;
      this.updateFlow();
      this.emitReady(data);
    });
    map.triggerRepaint();
  }

  /**
   * The places to label. Beyond a hand-made number, only the largest in view: laying out
   * 100,000 labels would hold the map up for seconds, and no one could read them.
   */
  private placeLabels(map: MapLibreMap, data: RouteData) {
    const {ports, organisations} = data;
    if (ports.length + organisations.length <= LABEL_BUDGET) return placeLabelFeatures(ports, organisations);
    const bounds = map.getBounds();
    const inView = <T extends {position: [number, number]}>(list: T[]) => list.filter((f) => bounds.contains(f.position));
    const largest = inView(ports).sort((a, b) => portRadius(b) - portRadius(a)).slice(0, LABEL_BUDGET);
    return placeLabelFeatures(largest, inView(organisations).slice(0, LABEL_BUDGET - largest.length));
  }

  /** After a data swap, and after every move when the data has more places than can be labelled. */
  private updatePlaceLabels() {
    const {live: map, routeData: data} = this;
    if (map && data) map.getSource<GeoJSONSource>(SOURCES.portLabels)?.setData(this.placeLabels(map, data));
  }

  /** The validated records, and the lookups hover, selection and labels use. */
  private setRecords(data: RouteData) {
    this.routeData = data;
    this.countriesByIso = new Map(data.countries.map((c) => [c.iso3, c]));
    this.placeNames = new Map<string, Port | Country>([...data.countries, ...data.ports].map((f) => [f.id, f]));
    this.byId = new Map<string, Hovered>([
      ...data.routes.map((route): [string, Hovered] => [route.id, {kind: 'route', route}]),
      ...data.ports.map((port): [string, Hovered] => [port.id, {kind: 'port', port}]),
      ...data.countries.map((country): [string, Hovered] => [country.id, {kind: 'country', country}]),
      ...data.organisations.map((organisation): [string, Hovered] => [organisation.id, {kind: 'organisation', organisation}]),
    ]);
  }

  /** Puts the data on the map: MapLibre layers for countries and labels, deck.gl layers for arcs and ports. */
  private showData(map: MapLibreMap, data: RouteData) {
    this.setRecords(data);
    const shapes = this.world ?? {type: 'FeatureCollection', features: []};
    const countriesSource = map.getSource<GeoJSONSource>(SOURCES.countries);
    if (countriesSource) countriesSource.setData(shapes);
    else map.addSource(SOURCES.countries, {type: 'geojson', data: shapes, tolerance: COUNTRY_TOLERANCE});
    if (!map.getSource(SOURCES.countryLabels)) map.addSource(SOURCES.countryLabels, {type: 'geojson', data: new URL(countryLabelsUrl, document.baseURI).href});
    map.addSource(SOURCES.portLabels, {type: 'geojson', data: this.placeLabels(map, data)});
    for (const layer of overlayLayers(data.countries, this.language, labelFont(map.getStyle()))) map.addLayer(layer);
    // deck.gl's layers, drawn inside MapLibre's WebGL context (interleaved, below the labels).
    this.overlay = new MapLibreOverlay({interleaved: true, layers: []});
    map.addControl(this.overlay);
    this.applyColours();
    this.applyView();
  }

  /**
   * The GPU dropped the WebGL context (a driver reset, a sleeping laptop, too many contexts):
   * say so on the map and in a route-map-error, and stop the frame loop until it is back.
   */
  private onContextLost() {
    this.contextLost = true;
    this.updateFlow();
    const message = STRINGS.en.contextLost;
    this.dispatchEvent(new CustomEvent<RouteMapErrorDetail>('route-map-error', {
      bubbles: true, composed: true, detail: {message: `map: ${message}`, problems: [{file: 'map', message}]},
    }));
  }

  /**
   * The context is back. MapLibre would rebuild its style from a snapshot, without deck.gl's layers
   * and never if the loss came before the style loaded; starting again is simpler and always
   * complete. The camera stays where it was; a new route-map-ready follows.
   */
  private onContextRestored(map: MapLibreMap) {
    const {lng, lat} = map.getCenter();
    this.resumeCamera = {center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch()};
    // Not inside MapLibre's own event dispatch.
    setTimeout(() => {
      if (this.map !== map) return;
      this.teardown();
      this.starting = this.start();
    });
  }

  /** Arcs and circles are drawn larger for a projector. */
  private get arcWidthScale(): number {
    return this.presenter ? 1.8 : 1;
  }

  /** The map while its WebGL context is live: style changes throw while it is lost. */
  private get live(): MapLibreMap | undefined {
    return this.contextLost ? undefined : this.map;
  }

  /** Draws what the current chapter shows (everything outside a story), dimming what it does not single out. */
  private applyView() {
    const {live: map, overlay, routeData: data} = this;
    if (!map || !overlay || !data) return;
    const focus = this.selected ?? this.hoverId;
    const chapterView = viewOf(this.currentChapter);
    const focused = focus && this.byId.has(focus) ? withFocus(chapterView, focus) : chapterView;
    // The `layers` attribute, the legend's switches and the year control narrow what the chapter shows.
    const view = {
      ...focused, legs: new Set([...focused.legs].filter((leg) => !this.isHidden(leg))),
      ports: focused.ports && !this.isHidden('ports'), organisations: focused.organisations && !this.isHidden('organisations'),
      ...(this.year ?? focused.year ? {year: this.year ?? focused.year} : {}),
    };
    const selection = select(data, view);
    this.selection = selection;
    // So many routes are sampled by weight in view (see routesToDraw); redrawn after each move.
    const dense = isDense(selection.routes.length);
    const bounds = dense ? map.getBounds() : undefined;
    const {drawn, inView} = routesToDraw(selection.routes, (p) => !bounds || bounds.contains(p), this.selected);
    this.sampled = drawn.length < inView ? {drawn: drawn.length, inView} : undefined;
    this.drawnRoutes = drawn;
    this.deckLayers = withHighlight(routeLayers({
      ...selection, routes: drawn, dense, year: view.year, widthScale: this.arcWidthScale, animate: !this.motionReduced,
      globe: this.projection === 'globe', beforeId: LAYERS.firstLabel,
    }), this.highlightId);
    overlay.setProps({layers: this.arcsHeld ? [] : this.deckLayers});
    this.updateFlow();
    const labelled = chapterView === EXPLORE ? undefined : [...selection.ports, ...selection.organisations].map((f) => f.id);
    map.setFilter(LAYERS.portLabels, placeLabelFilter(labelled));
    map.setLayoutProperty(LAYERS.roleFill, 'visibility', view.countries ? 'visible' : 'none');
    map.setPaintProperty(LAYERS.roleFill, 'fill-opacity', roleFillOpacity(selection.countryFocus));
    this.requestUpdate();
  }

  /** Colours that follow the theme and the legend's country switches, not the hover or the chapter. */
  private applyColours() {
    const {live: map, routeData: data} = this;
    if (!map?.getLayer(LAYERS.roleFill) || !data) return;
    const tinted = data.countries.filter((c) => !this.isHidden(c.roles[0]));
    map.setPaintProperty(LAYERS.roleFill, 'fill-color', roleFillColor(tinted, this.theme));
    // Only the tinted countries are filled: a transparent fill over the rest of the world would cost as much to draw.
    map.setFilter(LAYERS.roleFill, roleFillFilter(tinted));
    // Our own basemap follows the theme; a user's style keeps its colours.
    for (const [layer, property, value] of themePaint(this.theme)) if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
  }

  private applyProjection() {
    const map = this.live;
    if (!map?.isStyleLoaded()) return;
    map.setProjection({type: this.projection === 'globe' ? 'globe' : 'mercator'});
    this.applyView();
  }

  /** Whether the flows are moving now. */
  get animating(): boolean {
    return this.flowFrame !== 0;
  }

  /** Starts or stops the frame loop that moves the dashes along the arcs. */
  private updateFlow() {
    // Not before the first picture: the frame loop would compete with drawing it.
    const run = this.ready && !this.contextLost && !!this.overlay && !isDense(this.selection?.routes.length ?? 0) && this.onScreen && !document.hidden && !this.motionReduced && !this.blanked;
    if (!run) {
      cancelAnimationFrame(this.flowFrame);
      this.flowFrame = 0;
      return;
    }
    if (this.flowFrame) return;
    const tick = (now: number) => {
      const layers = this.deckLayers.map((layer) => (layer.id === 'routes' ? layer.clone({flowTime: (now / 1000) * 0.8} as object) : layer));
      this.overlay?.setProps({layers});
      this.flowFrame = requestAnimationFrame(tick);
    };
    this.flowFrame = requestAnimationFrame(tick);
  }

  /**
   * Opens chapter `index` of the story: layers, highlight and camera; flies there unless motion
   * is reduced. Resolves once the camera has been told where to go.
   */
  async goTo(index: number, {animate = true} = {}): Promise<void> {
    const story = this.storyData;
    if (!story || !this.map) return;
    const i = Math.min(Math.max(index, 0), story.chapters.length - 1);
    const chapter = story.chapters[i];
    const changed = i !== this.chapterIndex;
    this.chapterIndex = i;
    this.chapter = chapter.id;
    this.applyView();
    // The panel's new text decides how much room the camera must leave at the bottom.
    await this.updateComplete;
    if (this.chapterIndex !== i || !this.map) return;
    this.moveCamera(chapter.camera, animate && !this.motionReduced);
    if (this.hash) history.replaceState(history.state, '', `#chapter=${encodeURIComponent(chapter.id)}`);
    if (changed) {
      this.dispatchEvent(new CustomEvent<RouteMapChapterDetail>('route-map-chapter', {
        bubbles: true, composed: true, detail: {index: i, id: chapter.id, title: nameIn(chapter.title, this.language)},
      }));
    }
  }

  private goToId(id: string) {
    const index = this.storyData?.chapters.findIndex((c) => c.id === id) ?? -1;
    if (index >= 0) void this.goTo(index);
  }

  /** Leaves the story: everything shows again. */
  leaveStory() {
    this.chapterIndex = -1;
    this.chapter = undefined;
    this.applyView();
  }

  private get motionReduced(): boolean {
    return this.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private moveCamera(camera: Camera, animate: boolean) {
    const map = this.map!;
    const {pitch, bearing} = camera;
    const padding = this.cameraPadding();
    const motion = animate ? {duration: 2400, essential: true} : {animate: false};
    if (camera.bounds) map.fitBounds(camera.bounds, {padding, pitch, bearing, ...motion});
    else if (animate) map.flyTo({center: camera.center!, zoom: camera.zoom!, pitch, bearing, padding, ...motion});
    else map.jumpTo({center: camera.center!, zoom: camera.zoom!, pitch, bearing, padding});
  }

  /** Keeps a chapter's subject clear of the panel, the legend and, on a projector, the outer 5% of the screen. */
  private cameraPadding() {
    const w = this.clientWidth;
    const h = this.clientHeight;
    const edge = this.presenter ? 0.05 : 0.02;
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel')?.offsetHeight ?? 0;
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend')?.offsetWidth ?? 0;
    const clamp = (v: number, max: number) => Math.round(Math.min(v, max));
    return {top: clamp(h * edge + 8, h * 0.3), bottom: clamp(h * edge + panel + 8, h * 0.45), left: clamp(w * edge + (w > 900 ? legend * 0.5 : 0), w * 0.3), right: clamp(w * edge + 8, w * 0.3)};
  }

  private applyPresenter() {
    const map = this.map;
    if (!map) return;
    this.applyInteractive();
    if (!this.contextLost && map.getLayer(LAYERS.portLabels)) {
      const sizes = labelSizes(this.presenter ? 1.6 : 1);
      map.setLayoutProperty(LAYERS.portLabels, 'text-size', sizes.place);
      map.setLayoutProperty(LAYERS.countryLabels, 'text-size', sizes.country);
    }
    if (!this.presenter) this.blanked = false;
    this.applyView();
  }

  /** The camera follows the pointer, wheel, touch and keys unless `interactive="false"`; in presenter mode the arrow keys step through chapters instead. */
  private applyInteractive() {
    const map = this.map;
    if (!map) return;
    const on = this.interactive;
    for (const handler of [map.scrollZoom, map.boxZoom, map.dragRotate, map.dragPan, map.doubleClickZoom, map.touchZoomRotate, map.touchPitch]) {
      if (on) handler.enable();
      else handler.disable();
    }
    if (on && !this.presenter) map.keyboard.enable();
    else map.keyboard.disable();
  }

  private scheduleAutoplay() {
    clearInterval(this.autoplayTimer);
    const story = this.storyData;
    if (this.autoplay === undefined || this.autoplay === null || !story) return;
    const seconds = Number(this.autoplay) > 0 ? Number(this.autoplay) : 12;
    if (this.chapterIndex < 0) void this.goTo(0, {animate: false});
    this.autoplayTimer = setInterval(() => void this.goTo((this.chapterIndex + 1) % story.chapters.length), seconds * 1000);
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.selected) {
      e.preventDefault();
      e.stopPropagation();
      this.selected = undefined;
      return;
    }
    const action = keyAction(e.key, this.presenter);
    if (!action || !this.storyData || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    const last = this.storyData.chapters.length - 1;
    switch (action.type) {
      case 'step': void this.goTo(this.chapterIndex < 0 ? 0 : this.chapterIndex + action.by); break;
      case 'go': void this.goTo(action.to === 'first' ? 0 : action.to === 'last' ? last : action.to); break;
      case 'blank':
        this.blanked = !this.blanked;
        this.updateFlow();
        break;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void this.requestFullscreen?.().catch(() => undefined);
        break;
      case 'export': void this.downloadPng(); break;
      case 'exit':
        this.presenter = false;
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        break;
    }
  }

  /**
   * The current view as a PNG (1920×1080 unless told otherwise) with title, legend, source line
   * and date, for slides and handouts.
   */
  async exportPng(width = 1920, height = 1080): Promise<Blob> {
    const map = this.live;
    const data = this.routeData;
    if (!map || !data) throw new Error(this.contextLost ? 'the map is not drawing: WebGL context lost' : 'the map is not ready yet');
    const s = STRINGS[this.language];
    const lang = this.language;
    const chapter = this.currentChapter;
    const selection = this.selection ?? select(data, EXPLORE);
    const legs = LEGS.filter((leg) => selection.routes.some((r) => r.leg === leg));
    const shown = [...selection.routes, ...selection.ports, ...selection.organisations];
    const counts = new Map<string, number>();
    for (const f of shown) for (const src of f.sources) counts.set(src.publisher, (counts.get(src.publisher) ?? 0) + 1);
    const publishers = [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
    const listed = publishers.slice(0, 8).join('; ') + (publishers.length > 8 ? ` ${s.andMore(publishers.length - 8)}` : '');
    const asOf = shown.reduce((latest, f) => (f.asOf > latest ? f.asOf : latest), '');
    const today = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {dateStyle: 'long'}).format(new Date());
    const {composeImage} = await this.load('export');
    return composeImage(map, {
      title: chapter ? nameIn(chapter.title, lang) : this.storyData ? nameIn(this.storyData.title, lang) : s.mapLabel,
      ...(chapter ? {subtitle: nameIn(chapter.text, lang)} : {}),
      legend: legs.map((leg) => ({color: rgb(LEG_COLORS[leg]), label: s.legs[leg]})),
      sources: `${s.sourcesLine}: ${listed} · ${s.basemapCredit}`,
      date: `${s.exported} ${today}${asOf ? ` · ${s.dataAsOf} ${asOf}` : ''}`,
    }, width, height);
  }

  private async downloadPng() {
    const blob = await this.exportPng();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `route-map-${this.chapter ?? 'view'}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private applyLanguage() {
    const map = this.live;
    if (!map?.getLayer(LAYERS.portLabels)) return;
    const name = labelName(this.language);
    map.setLayoutProperty(LAYERS.portLabels, 'text-field', name);
    map.setLayoutProperty(LAYERS.countryLabels, 'text-field', name);
  }

  private maybeLoadDetail() {
    const map = this.map;
    const world = this.world;
    if (!map || !world || this.detailRequested || map.getZoom() < DETAIL_ZOOM) return;
    this.detailRequested = true;
    const signal = this.abort?.signal;
    this.pending = withDetail(world).then((shapes) => {
      if (signal?.aborted || this.map !== map) return;
      if ('message' in shapes) this.report([shapes]);
      else map.getSource<GeoJSONSource>(SOURCES.countries)?.setData(shapes);
    });
  }

  /** Resolves once loading has finished and the map has drawn everything it has, e.g. before a screenshot. */
  async settled(): Promise<void> {
    await this.starting;
    await this.pending;
    if (this.map) await drawn(this.map);
  }

  private hoverAt(e: MapMouseEvent) {
    const {x, y} = e.point;
    const target = this.pick(x, y);
    this.map!.getCanvas().style.cursor = target ? 'pointer' : '';
    this.hovered = target ? {target, x, y} : undefined;
    const id = target && describe(target, this.language, this.placeName).feature.id;
    // deck.gl draws arcs and circles, MapLibre the countries.
    this.setHighlight(target?.kind !== 'country' ? id : undefined);
    // Ports and countries bring their flows forward on hover; arcs only show their tooltip.
    this.setHoverFocus(target?.kind !== 'route' ? id : undefined);
  }

  /** Highlights the record under the pointer (flat maps; on the globe deck.gl does). */
  private setHighlight(id: string | undefined) {
    if (id === this.highlightId) return;
    this.highlightId = id;
    this.deckLayers = withHighlight(this.deckLayers, id);
    if (!this.arcsHeld) this.overlay?.setProps({layers: this.deckLayers});
  }

  private setHoverFocus(id: string | undefined) {
    if (id === this.hoverId) return;
    this.hoverId = id;
    if (!this.selected) this.applyView();
  }

  /** What is under a point: an arc or port (deck.gl) first, else a country with a role. */
  private pick(x: number, y: number): Hovered | undefined {
    if (this.contextLost) return undefined;
    const map = this.map;
    // A flat map is picked on the CPU: GPU picking would draw every arc again, most of a second with many on a weak GPU.
    const picked = map && this.projection !== 'globe' ? this.pickOnCpu(map, {x, y}) : this.overlay?.pickObject({x, y, radius: 4, layerIds: ['routes', 'ports', 'organisations']});
    if (picked?.object) {
      const id = picked.layer?.id;
      if (id === 'routes') return {kind: 'route', route: picked.object as Route};
      if (id === 'organisations') return {kind: 'organisation', organisation: picked.object as Organisation};
      return {kind: 'port', port: picked.object as Port};
    }
    if (!map?.getLayer(LAYERS.roleFill)) return undefined;
    for (const f of map.queryRenderedFeatures([x, y], {layers: [LAYERS.roleFill]})) {
      const country = this.countriesByIso.get(f.properties?.iso3);
      if (country) return {kind: 'country', country};
    }
    return undefined;
  }

  /** What pickObject would find, from the drawn layers' own data and sizes: circles on top, then arcs. */
  private pickOnCpu(map: MapLibreMap, at: {x: number; y: number}): {object: unknown; layer: {id: string}} | undefined {
    const layer = (id: string) => this.deckLayers.find((l) => l.id === id && l.props.visible);
    for (const id of ['organisations', 'ports']) {
      const circles = layer(id) as ScatterplotLayer<Port | Organisation> | undefined;
      if (!circles) continue;
      const {data, getRadius, radiusScale} = circles.props;
      const size = (f: Port | Organisation) => (typeof getRadius === 'function' ? getRadius(f, {} as never) : getRadius) * radiusScale;
      const found = pickCircle(data as (Port | Organisation)[], at, (f) => map.project(f.position), size);
      if (found) return {object: found, layer: {id}};
    }
    const toWorld = (p: LngLat): [number, number] => { const m = MercatorCoordinate.fromLngLat(p); return [m.x, m.y]; };
    // As wide as drawn (see crowdWidth).
    const widthScale = (layer('routes')?.props as {widthScale?: number} | undefined)?.widthScale ?? 1;
    const route = layer('routes') && pickArc(this.drawnRoutes, at, toWorld, ([mx, my]) => map.project(new MercatorCoordinate(mx, my).toLngLat()), {widthScale});
    return route ? {object: route, layer: {id: 'routes'}} : undefined;
  }

  /** Shows problems on the map and emits one `route-map-error` for them. */
  private report(problems: Problem[]) {
    this.problems = [...this.problems, ...problems];
    this.emitError(problems);
  }

  private emitError(problems: Problem[]) {
    const message = problems.map(describeProblem).join('\n');
    this.dispatchEvent(new CustomEvent<RouteMapErrorDetail>('route-map-error', {bubbles: true, composed: true, detail: {message, problems}}));
  }

  /** Without WebGL: a picture of the default view and every record in the data tables, and one route-map-error. */
  private async showFallback(dataLoaded: ReturnType<typeof loadData>, signal: AbortSignal, reason: string) {
    this.noWebGL = true;
    const [{data, problems}] = await Promise.all([dataLoaded, this.load('table')]);
    if (signal.aborted) return;
    this.setRecords(data);
    this.problems = problems;
    this.emitError([{file: 'map', message: `WebGL is not available (${reason}); showing a picture of the map and the data as tables`}, ...problems]);
  }

  private renderFallback() {
    const s = STRINGS[this.language];
    const data = this.routeData;
    const tables = this.lazy.table;
    return html`<div class="fallback" part="fallback">
      <p class="fallback-note" role="alert">${s.noWebGL}</p>
      <img src=${new URL(fallbackUrl, import.meta.url).href} alt=${s.fallbackAlt} width="1024" height="640">
      ${data && tables ? html`<section class="tables" part="table" aria-label=${s.tableTitle}>
        <h2>${s.tableTitle}</h2>
        ${tables.dataTables(data, this.language, this.tableSort, (sort) => (this.tableSort = sort), this.selected, (id) => (this.selected = id))}
      </section>` : html`<p>${s.loadingPart}</p>`}
    </div>`;
  }

  render() {
    const s = STRINGS[this.language];
    if (this.noWebGL) return html`<div class="map" hidden></div>${this.renderFallback()}`;
    return html`
      <div class="map" part="map" role="region" aria-label=${s.mapLabel}></div>
      ${this.renderNavigator()}
      <div class="slot-title"><slot name="title"></slot></div>
      <div class="slot-caption"><slot name="caption"></slot></div>
      <div class="slot-footer"><slot name="footer"></slot></div>
      ${this.ready || this.problems.length ? nothing : html`<div class="status" role="status">${s.loading}</div>`}
      ${this.sampled ? html`<p class="sampled" part="sampled">${s.sampled(formatNumber(this.sampled.drawn, this.language), formatNumber(this.sampled.inView, this.language))}</p>` : nothing}
      ${this.renderLegend()}
      ${this.renderPanel()}
      ${this.hovered ? this.renderTooltip() : nothing}
      ${this.renderTable()}
      ${this.renderDetails()}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.blanked ? html`<div class="blank" part="blank"></div>` : nothing}
      ${this.contextLost ? html`<div class="problems context-lost" part="problems" role="alert">${s.contextLost}</div>` : nothing}
      ${this.problems.length ? html`
        <div class="problems" part="problems" role="alert">
          <strong>${s.problemsTitle}</strong>
          <span>${s.skipped(this.problems.length)}</span>
          ${skippedPerFile(this.problems).map(({file, skipped}) => html`<span class="skipped">${s.skippedIn(file, skipped)}</span>`)}
          <ul>${this.problems.slice(0, 20).map((p) => html`<li>${describeProblem(p)}</li>`)}</ul>
          ${this.problems.length > 20 ? html`<p>… +${this.problems.length - 20}</p>` : nothing}
          <button type="button" @click=${() => (this.problems = [])}>${s.dismiss}</button>
        </div>` : nothing}`;
  }

  private renderLegend() {
    const s = STRINGS[this.language];
    const selection = this.selection;
    const data = this.routeData;
    if (!selection || !data || !this.showsControl('legend')) return nothing;
    const chapterView = viewOf(this.currentChapter);
    const switchRow = (name: string, swatch: unknown, label: string) => html`<label class="row">
      <input type="checkbox" .checked=${!this.switchedOff.has(name)} @change=${(e: Event) => this.toggleLayer(name, (e.target as HTMLInputElement).checked)}>
      ${swatch}<span>${label}</span></label>`;
    const allowed = (name: string) => !this.allowedLayers || this.allowedLayers.has(name);
    const legs = LEGS.filter((leg) => allowed(leg) && chapterView.legs.has(leg) && data.routes.some((r) => r.leg === leg));
    const roles = COUNTRY_ROLES.filter((role) => allowed(role) && chapterView.countries && data.countries.some((c) => c.roles[0] === role));
    return html`
      <details class="legend" part="legend" ?open=${this.legendOpen ?? (this.clientWidth >= 900 && this.clientHeight >= 500)} @toggle=${(e: Event) => (this.legendOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${s.layersLabel}</summary>
        <div role="group" aria-label=${s.layersLabel}>
        ${legs.map((leg) => switchRow(leg, arrowSwatch(rgb(LEG_COLORS[leg])), s.legs[leg]))}
        ${chapterView.ports && allowed('ports') ? switchRow('ports', dotSwatch(rgb(PORT_COLORS.entry), 6), s.portsLayer) : nothing}
        ${chapterView.organisations && allowed('organisations') && data.organisations.length ? switchRow('organisations', dotSwatch(rgb(ORGANISATION_COLOR)), s.organisations) : nothing}
        ${roles.map((role) => switchRow(role, squareSwatch(rgb(palette(this.theme).roleFills[role])), s.roleLayers[role]))}
        ${selection.routes.some((r) => isFaded(r.confidence)) ? html`<div class="row note">${arrowSwatch(rgb(LEG_COLORS.ocean, 0.4))}<span>${s.faded}</span></div>` : nothing}
        <p class="encoding">${this.motionReduced || isDense(selection.routes.length) ? s.encodingStill : s.encoding}</p>
        ${chapterView.ports && !this.presenter ? html`<div class="year">
          <label>${s.yearLabel} <input type="range" min=${FIRST_YEAR} max=${LAST_YEAR} step="1" .value=${String(this.year ?? LAST_YEAR)}
            @input=${(e: Event) => (this.year = Number((e.target as HTMLInputElement).value))}></label>
          <output>${this.year ?? s.latest}</output>
          <button type="button" @click=${() => this.togglePlay()} aria-label=${this.playing ? s.pause : s.play}>${this.playing ? '❚❚' : '▶'}</button>
          ${this.year ? html`<button type="button" @click=${() => (this.year = undefined)}>${s.latest}</button>` : nothing}
        </div>` : nothing}
        </div>
      </details>`;
  }

  /** What the keyboard navigator steps through: places west to east by role, then routes, then organisations. */
  private get navItems(): Hovered[] {
    const sel = this.selection;
    if (!sel) return [];
    const order = {departure: 0, transit: 1, entry: 2, destination: 3};
    const ports = [...sel.ports].sort((a, b) => order[a.role] - order[b.role] || a.position[0] - b.position[0]);
    return [
      ...ports.map((port): Hovered => ({kind: 'port', port})),
      ...sel.routes.map((route): Hovered => ({kind: 'route', route})),
      ...sel.organisations.map((organisation): Hovered => ({kind: 'organisation', organisation})),
    ];
  }

  /** Arrow keys move between the map's ports and routes; Enter selects; the map follows. */
  private onNavigatorKey(e: KeyboardEvent) {
    const items = this.navItems;
    if (!items.length) return;
    let next = this.navIndex;
    switch (e.key) {
      case 'ArrowDown': case 'ArrowRight': next = Math.min(items.length - 1, this.navIndex + 1); break;
      case 'ArrowUp': case 'ArrowLeft': next = Math.max(0, this.navIndex - 1); break;
      case 'Home': next = 0; break;
      case 'End': next = items.length - 1; break;
      case 'Enter': case ' ':
        if (this.navIndex >= 0) this.selected = describe(items[this.navIndex], this.language, this.placeName).feature.id;
        e.preventDefault();
        e.stopPropagation();
        return;
      default: return;
    }
    e.preventDefault();
    e.stopPropagation();
    this.activateNavItem(next, items[next]);
  }

  private activateNavItem(index: number, target: Hovered) {
    const map = this.map;
    if (!map) return;
    this.navIndex = index;
    const at = target.kind === 'route' ? arcMiddle(map, target.route) : map.project(
      target.kind === 'port' ? target.port.position : target.kind === 'organisation' ? target.organisation.position : map.getCenter());
    const inView = at.x >= 0 && at.y >= 0 && at.x <= this.clientWidth && at.y <= this.clientHeight;
    if (!inView) {
      const lngLat = map.unproject([at.x, at.y]);
      map.jumpTo({center: lngLat});
    }
    const point = inView ? at : map.project(map.getCenter());
    this.hovered = {target, x: point.x, y: point.y};
    this.setHoverFocus(describe(target, this.language, this.placeName).feature.id);
  }

  private renderNavigator() {
    const items = this.navItems;
    if (!items.length) return nothing;
    const s = STRINGS[this.language];
    const lang = this.language;
    const active = items[this.navIndex];
    const line = (h: Hovered) => {
      const {feature, title, subtitle} = describe(h, lang, this.placeName);
      const figure = keyFigure(feature);
      return [title, subtitle, figure ? formatFigure(figure, lang) : ''].filter(Boolean).join(', ');
    };
    // Only the active option is in the DOM, with its place in the list: user data may hold 100,000 routes.
    return html`<div class="navigator" role="listbox" tabindex="0" aria-label=${s.navigatorLabel}
        aria-activedescendant=${active ? `nav-${this.navIndex}` : nothing}
        @keydown=${(e: KeyboardEvent) => this.onNavigatorKey(e)}
        @focus=${() => { if (this.navIndex < 0) this.activateNavItem(0, items[0]); }}
        @blur=${() => { this.hovered = undefined; this.setHoverFocus(undefined); }}>
      ${active ? html`<div role="option" id="nav-${this.navIndex}" aria-selected="true" aria-posinset=${this.navIndex + 1} aria-setsize=${items.length}>${line(active)}</div>` : nothing}
      <span class="navigator-hint" aria-hidden="true">${active ? `${this.navIndex + 1}/${items.length} · ${line(active)}` : s.navigatorLabel}</span>
    </div>`;
  }

  private renderTable() {
    const data = this.routeData;
    if (!data) return nothing;
    const s = STRINGS[this.language];
    const tables = this.lazy.table;
    return html`
      ${this.showsControl('projection') ? html`<button type="button" class="projection-toggle" part="projection-toggle" aria-pressed=${this.projection === 'globe' ? 'true' : 'false'}
        @click=${() => (this.projection = this.projection === 'globe' ? 'mercator' : 'globe')}>${s.globe}</button>` : nothing}
      ${this.showsControl('table') ? html`<button type="button" class="table-toggle" part="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'}
        @click=${() => this.toggleTable()}>${this.tableOpen ? s.hideTable : s.showTable}</button>` : nothing}
      ${this.tableOpen ? html`<section class="tables" part="table" aria-label=${s.tableTitle}>
        <h2>${s.tableTitle}</h2>
        ${tables ? tables.dataTables(data, this.language, this.tableSort, (sort) => (this.tableSort = sort), this.selected, (id) => (this.selected = id)) : s.loadingPart}
      </section>` : nothing}`;
  }

  private renderDetails() {
    const target = this.selected ? this.byId.get(this.selected) : undefined;
    if (!target) return nothing;
    const details = this.lazy.details;
    if (!details) void this.load('details');
    return html`<aside class="details" part="details" aria-label=${STRINGS[this.language].details}>
      ${details ? details.detailsContent(target, this.language, this.placeName, () => (this.selected = undefined)) : STRINGS[this.language].loadingPart}</aside>`;
  }

  /** Opens or closes the data tables, loading their code the first time. */
  private toggleTable() {
    this.tableOpen = !this.tableOpen;
    if (this.tableOpen) void this.load('table');
  }

  /** Loads code the first picture does not need (tables, details, PNG export) on first use, then draws again. */
  private async load<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
    const loaded = this.lazy[name];
    if (loaded) return loaded;
    const module = await LAZY[name]() as LazyModules[K];
    this.lazy[name] = module;
    this.requestUpdate();
    return module;
  }

  private renderPanel() {
    const story = this.storyData;
    if (!story || !this.showsControl('story')) return nothing;
    const s = STRINGS[this.language];
    const lang = this.language;
    const chapter = this.currentChapter;
    if (!chapter) {
      if (!this.ready) return nothing;
      return html`<div class="panel closed" part="panel">
        <button type="button" class="start" @click=${() => this.goTo(0)}>▶ ${s.startStory}: ${nameIn(story.title, lang)}</button>
      </div>`;
    }
    const n = story.chapters.length;
    const i = this.chapterIndex;
    return html`
      <section class="panel" part="panel" aria-roledescription="slide" aria-label=${s.chapterOf(i + 1, n)}>
        <h2 class="chapter-title">${nameIn(chapter.title, lang)}</h2>
        <p class="chapter-text" aria-live="polite">${nameIn(chapter.text, lang)}</p>
        <div class="controls">
          <button type="button" class="prev" aria-label=${s.previous} ?disabled=${i === 0} @click=${() => this.goTo(i - 1)}>‹</button>
          <ol class="progress" aria-label=${s.chapterOf(i + 1, n)}>
            ${story.chapters.map((c, k) => html`<li class=${k === i ? 'current' : k < i ? 'done' : ''}>
              <button type="button" aria-label=${nameIn(c.title, lang)} aria-current=${k === i ? 'step' : 'false'} @click=${() => this.goTo(k)}></button></li>`)}
          </ol>
          <span class="count">${i + 1} / ${n}</span>
          <button type="button" class="next" aria-label=${s.next} ?disabled=${i === n - 1} @click=${() => this.goTo(i + 1)}>›</button>
          <span class="spacer"></span>
          <button type="button" class="export" @click=${() => void this.downloadPng()}>${s.exportPng}</button>
          ${this.presenter ? nothing : html`<button type="button" class="leave" @click=${() => this.leaveStory()}>${s.leaveStory}</button>`}
        </div>
      </section>`;
  }

  private renderTooltip() {
    const {target, x, y} = this.hovered!;
    const lang = this.language;
    const placeName = this.placeName;
    // Keep the card inside the element: flip to the left of or above the pointer near the edges.
    const flipX = x > this.clientWidth * 0.6;
    const flipY = y > this.clientHeight * 0.55;
    const transform = `translate(${flipX ? `calc(${x - 14}px - 100%)` : `${x + 14}px`}, ${flipY ? `calc(${y - 14}px - 100%)` : `${y + 14}px`})`;
    // styleMap sets the property through the CSSOM, which a strict style-src policy allows.
    return html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleMap({transform})}>${tooltipContent(target, lang, placeName)}</div>`;
  }
}

/** The luma.gl device deck.gl attached to a map's WebGL context, if any. */
function deckDevice(canvas: HTMLCanvasElement): {canvasContext?: {destroy(): void}} | undefined {
  const gl = canvas.getContext('webgl2') as (WebGL2RenderingContext & {luma?: {device?: {canvasContext?: {destroy(): void}}}}) | null;
  return gl?.luma?.device ?? undefined;
}

/** Code loaded on first use, by dynamic import: Vite puts each in a chunk of its own. */
const LAZY = {
  table: () => import('./table'),
  details: () => import('./details'),
  export: () => import('../../story/export'),
};
type LazyModules = {[K in keyof typeof LAZY]: Awaited<ReturnType<(typeof LAZY)[K]>>};

/** A short arc with an arrowhead in the leg's colour, for the legend. */
const arrowSwatch = (color: string) => html`<svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">${svg`
  <path d="M2 10 Q 14 0 26 6" fill="none" stroke=${color} stroke-width="2.5"/>
  <path d="M33 8 L23 1 L25 7 L21 11 Z" fill=${color}/>`}</svg>`;

/** How many places are labelled at every zoom. */
const LABEL_BUDGET = 500;

/** Resolves once the map has drawn everything it has and is idle. */
const drawn = (map: MapLibreMap) => new Promise<void>((resolve) => {
  map.once('idle', () => resolve());
  map.triggerRepaint();
});

/**
 * Runs `f` with the map saying its style is loaded. deck.gl adds its layers to MapLibre only when
 * isStyleLoaded(), which also waits for every source's tiles: the arcs would come only after the
 * last label, in a frame of their own. MapLibre's addLayer needs only the parsed style (style.load).
 */
function styleParsed(map: MapLibreMap, f: () => void) {
  map.isStyleLoaded = () => true;
  try {
    f();
  } finally {
    delete (map as {isStyleLoaded?: unknown}).isStyleLoaded;
  }
}

/** A port this close (degrees) to a clearly bigger one is labelled only from zoom 4, e.g. Schiphol beside Rotterdam. */
const CROWDED_DEGREES = 1.5;
const CLEARLY_BIGGER = 1 / 0.75;

/** Fetches and validates a story; failures become problems, as for data. */
async function loadStory(url: string, signal: AbortSignal): Promise<{story?: Story; problems: Problem[]}> {
  const fetched = await fetchJson(url, signal);
  return 'problem' in fetched ? {problems: [fetched.problem]} : validateStory(fetched.file, fetched.json);
}

/** A dot like the map's markers, for the legend. */
const dotSwatch = (color: string, r = 4) => html`<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">${svg`
  <circle cx="17" cy="7" r=${r} fill=${color} stroke="white" stroke-width="1.5"/>`}</svg>`;

/** A patch of a country tint, for the legend. */
const squareSwatch = (color: string) => html`<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">${svg`
  <rect x="9" y="1" width="16" height="12" fill=${color} stroke="#999"/>`}</svg>`;

/** The years the seizure figures cover. */
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

/** Label points for ports and organisations; more important places first, so they win label collisions. */
function placeLabelFeatures(ports: Port[], organisations: Organisation[]) {
  const order = {entry: 0, departure: 1, transit: 2, destination: 3};
  // Pairwise, so only for a hand-made number of ports; large user data keeps plain collision.
  const crowded = (p: Port) => ports.length <= 500 && ports.some((q) => q !== p && portRadius(q) > portRadius(p) * CLEARLY_BIGGER
    && Math.hypot(q.position[0] - p.position[0], q.position[1] - p.position[1]) < CROWDED_DEGREES);
  const label = (f: Port | Organisation, rank: number, radius: number, minzoom: number) => ({
    type: 'Feature' as const,
    geometry: {type: 'Point' as const, coordinates: f.position},
    // offset: clear of the marker, its radius in ems of the label size plus a gap.
    properties: {id: f.id, name_en: f.name.en, name_nl: f.name.nl, order: rank, offset: radius / 13 + 0.35, minzoom},
  });
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...ports.map((p) => label(p, order[p.role] * 100 + (p.kind === 'region' ? 50 : 0), portRadius(p), crowded(p) ? 4 : 0)),
      // Organisations cluster in The Hague and Lisbon: named once the map is close enough to tell them apart.
      ...organisations.map((o) => label(o, 500, ORGANISATION_RADIUS, 5)),
    ],
  };
}

/** Our offline font, unless a user's style has a glyph server: then a font that server knows. */
function labelFont(style: StyleSpecification): string {
  if (!style.glyphs) return FONT_BOLD;
  for (const layer of style.layers) {
    const font = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    if (Array.isArray(font) && typeof font[0] === 'string') return font[0];
  }
  return FONT_REGULAR;
}
