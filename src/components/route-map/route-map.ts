import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {Problem, RouteData} from '../../data/schema';
import type {Records} from '../../data/records';
import {formatNumber, nameIn} from '../../data/format';
import {EXPLORE, positionOf, select} from '../../data/select';
import type {Chapter, Story} from '../../story/story';
import {viewOf} from '../../story/view';
import {atFlowTime, isDense} from '../../layers/route-layers';
import type {Theme} from '../../layers/theme';
import {STRINGS, pickLang, type Lang} from '../../i18n/strings';
import {AnnounceController} from './parts/announce';
import {FlowController} from './map/flow';
import {LazyParts} from './lazy-parts';
import {key} from './story/key';
import {legend} from './parts/legend';
import {MapSession} from './map/map-session';
import {setColours, setInteractive, setLabelScale, setLanguage, setProjection} from './map/map-settings';
import {NavigatorController} from './parts/navigator';
import {Notices} from './notices';
import {Switches} from './switches';
import {panel} from './story/panel';
import {PosterController, posterFor, posterPicture} from './poster/poster';
import {cameraForBounds, type Camera} from './map/camera';
import {DEFAULT_BOUNDS, MAX_ZOOM} from './map/map-session';
import {PointerController} from './map/pointer';
import {Scene} from './map/scene';
import {Stage} from './stage/stage';
import {StoryController} from './story/story-controller';
import type {TableSort} from './parts/table';
import {details, fallback, tables, toggles} from './parts/parts';
import {tooltip} from './parts/tooltip';
import {TimeController} from './time/time-controller';
import {ExportController, type ExportOptions} from './export/exports';
import {mapLibreStyles, routeMapStyles} from './route-map.styles';


/** Code loaded on first use, by dynamic import: Vite puts each in a chunk of its own. */
const LAZY = {
  table: () => import('./parts/table'),
  details: () => import('./parts/details'),
  export: () => import('../../story/export'),
  briefing: () => import('../../export/briefing'),
};


/**
 * An interactive map of cocaine routes from Latin America into European ports and onward,
 * drawn offline: a MapLibre GL basemap from Natural Earth with deck.gl arcs on top.
 *
 * @tagname route-map
 * @fires {CustomEvent<RouteMapSelectDetail>} route-map-select - When a port, country, route or organisation is selected, or the selection cleared. Detail: its id, kind and name.
 * @fires {CustomEvent<RouteMapReadyDetail>} route-map-ready - Once the basemap and the data layers are first drawn. Detail: feature counts.
 * @fires {CustomEvent<RouteMapErrorDetail>} route-map-error - When data or the basemap fails to load or holds malformed features. Detail: the problems.
 * @fires {CustomEvent<RouteMapChapterDetail>} route-map-chapter - When the story moves to a chapter. Detail: its index, id and title.
 * @fires {CustomEvent<RouteMapTimeDetail>} route-map-time - When the moment shown changes (the time control, play, a chosen event, a chapter with a date, `date` or `year`). Detail: the date (null for the latest) and its year.
 * @csspart map - The map's box.
 * @csspart tooltip - The hover card.
 * @csspart problems - The notice that lists data problems.
 * @csspart legend - The key to colours and arrows.
 * @csspart panel - The story panel: chapter title, text and controls.
 * @csspart blank - The black screen a presenter shows with B.
 * @csspart details - The panel with the selected feature's figures and sources.
 * @csspart time - The time bar: the control over time, the events of the response and the state shown in words.
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
 * @csspart poster - The picture of the opening view shown until the live map has drawn it.
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

  /** The year whose seizure totals size the ports (2016–2025); the latest figure when unset. Setting it shows the response as of the end of that year too. */
  @property({reflect: true, converter: {fromAttribute: (value: string | null) => (value && /^\d{4}$/.test(value.trim()) ? Number(value) : undefined)}})
  year?: number;

  /**
   * The moment shown, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (2016–2025): that year's port seizures and the
   * response as of then (coalition members, agreements, programmes, events). The latest when unset;
   * a chapter with a date of its own shows that one. Reflects the time control.
   */
  @property({reflect: true}) date?: string;

  /**
   * Which layers show, separated by spaces or commas: `source`, `ocean`, `onward`, `synthetic`, `money`,
   * `ports`, `organisations`, `countries` (every role) or a role: `producer`, `transit`, `coalition`,
   * `partner`, `destination`. All when absent; the legend then offers only these.
   */
  @property() layers?: string;

  /** `interactive="false"` fixes the camera (no panning or zooming by pointer, wheel, touch or keys); hover and selection still work. */
  @property({converter: {fromAttribute: (value: string | null) => value !== 'false', toAttribute: (value: boolean) => (value ? null : 'false')}})
  interactive = true;

  /** Which controls show, separated by spaces: `legend`, `story`, `table`, `projection`, `time`; `none` for none. All when absent. */
  @property() controls?: string;


  /** The underlying MapLibre map while connected; for advanced use. */
  map?: MapLibreMap;
  /** The data shown, once loaded and validated. */
  routeData?: RouteData;
  /** The story, once loaded and validated. */
  storyData?: Story;

  /** Unknown names in `layers` or `controls`, reported once the element is connected. */
  private attributeProblems: Problem[] = [];
  @state() private tableOpen = false;
  @state() private tableSort: TableSort = {table: 'places', column: 3, descending: true};
  /** Whether the visitor opened or folded the legend; until then it is open where the map has room for it. */
  private legendOpen?: boolean;

  private readonly notices = new Notices(this);
  private readonly switches = new Switches(() => { this.scene.invalidate(); this.applyColours(); });
  private readonly lazy = new LazyParts(this, LAZY);
  private readonly session: MapSession = new MapSession(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map')!,
    language: () => this.language,
    notices: this.notices,
    // A new start announces the selection again, once, as soon as there are records to name it.
    loaded: () => { this.announce.reset(); this.scene.invalidate(); },
    pictured: () => this.poster.pictured(),
    // So many routes are drawn as a sample of those in view: drawn again after each move.
    created: (map) => {
      this.stage.attach(map);
      this.pointer.attach(map).on('moveend', () => { if (isDenseSelection(this.scene)) this.scene.invalidate(); });
    },
    opened: (map) => this.opened(map),
    swapped: () => { this.pointer.show(undefined); this.navigator.reset(); this.applyColours(); this.scene.invalidate(); },
    released: () => { this.chapters.stop(); this.time.player.stop(); this.pointer.show(undefined); this.lazy.cancelPrefetch(); },
    ready: () => { this.lazy.prefetch(); if (!this.chapters.playing) this.chapters.scheduleAutoplay(); },
    fallback: () => this.lazy.load('table'),
    // The out-of-sight copy an export draws on (export/capture.ts).
    stills: () => this.dataset.rmCapture !== undefined,
    pixelRatio: () => (this.dataset.rmPixelRatio ? Number(this.dataset.rmPixelRatio) : undefined),
  });
  private readonly stage: Stage = new Stage(this, {
    selection: () => this.scene.selection, records: () => this.session.records, details: () => this.lazy.load('details'),
    motionReduced: () => this.motionReduced, ready: () => this.session.ready,
    chapter: () => (this.chapters.current ? this.goTo(this.chapters.index, {animate: false}).then(() => true) : Promise.resolve(false)),
  });
  private readonly chapters = new StoryController(this, {
    language: () => this.language, motionReduced: () => this.motionReduced, ready: () => this.session.ready,
    changed: () => this.scene.invalidate(), download: (format) => void this.exports.download(format),
    stage: this.stage, positions: (ids) => ids.flatMap((id) => positionOf(id, this.session.records)),
    leftTime: () => this.time.leave(),
  });
  private readonly scene: Scene = new Scene(this, this.session, () => ({
    chapter: this.chapters.current, selected: this.selected, isHidden: (name) => this.switches.isHidden(name),
    focus: known(this.selected ?? this.pointer.hoverId, this.session.records),
    year: this.year, date: this.date, concerns: this.time.chosen?.concerns, chosenEvent: this.time.chosenEvent, widthScale: this.presenter ? 1.8 : 1, animate: !this.motionReduced, globe: this.projection === 'globe',
  }));
  private readonly pointer = new PointerController(this, this.session, this.scene);
  private readonly announce = new AnnounceController(this, {
    language: () => this.language, data: () => this.routeData, record: () => this.selectedRecord, placeName: (id) => this.placeName(id),
    ready: () => this.session.ready, frame: () => void this.stage.frameSelection(),
  });
  private readonly navigator = new NavigatorController(this, this.pointer, () => this.scene.selection);
  private readonly time: TimeController = new TimeController(this, {
    language: () => this.language, chapter: () => this.chapters.current, ready: () => this.session.ready,
    report: (problem) => this.attributeProblems.push(problem), announce: (text) => this.announce.say(text), changed: () => this.scene.invalidate(),
    bringIntoView: (points) => { if (this.map && this.session.ready) this.stage.bringIntoView(this.map, points, {animate: !this.motionReduced}); },
    positions: (ids) => ids.flatMap((id) => positionOf(id, this.session.records)),
  });
  private readonly poster: PosterController = new PosterController(this, {
    wanted: () => posterFor(this, {opening: this.chapters.openingId(), lang: this.language, noWebGL: this.session.noWebGL}), live: () => this.session.ready, motionReduced: () => this.motionReduced, camera: () => this.openingCamera(),
  });
  private readonly exports = new ExportController(this, {
    load: () => this.lazy.load('briefing'), language: () => this.language, png: () => this.exportPng(), view: () => this.chapter ?? 'view',
    report: (file, message) => this.notices.report([{file, message}]),
  });
  private readonly flow = new FlowController(this, {
    active: () => this.session.ready && !this.session.contextLost && !!this.session.overlay && !isDenseSelection(this.scene)
      && !this.motionReduced && !this.chapters.blanked,
    frame: (now) => this.session.drawFrame(atFlowTime(this.scene.layers, now / 1000)),
  });

  /** The camera the map opens with in this box, as the stage will fit it, once the interface over the map is drawn from the data and the story. */
  private openingCamera(): Camera | undefined {
    if (!this.routeData || !this.storyData) return undefined;
    const chapter = this.storyData.chapters[this.chapters.shownIndex()];
    const bounds = chapter ? this.chapters.bounds(chapter) : DEFAULT_BOUNDS;
    if (!bounds) return undefined;
    return cameraForBounds(bounds, this.clientWidth, this.clientHeight, this.stage.padding(bounds), {maxZoom: MAX_ZOOM});
  }

  private get language(): Lang {
    return pickLang(this.lang, document.documentElement.lang);
  }

  private get motionReduced(): boolean {
    return this.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  private get selectedRecord() {
    return this.selected ? this.session.records.byId.get(this.selected) : undefined;
  }

  private readonly placeName = (id: string) => {
    const place = this.session.records.places.get(id);
    return place ? nameIn(place.name, this.language) : id;
  };

  /** Attribute changes become state here, before rendering: the chapter, the selection and what is drawn. */
  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('layers')) this.attributeProblems.push(...this.switches.setLayers(this.layers));
    if (changed.has('controls')) this.attributeProblems.push(...this.switches.setControls(this.controls));
    this.time.sync(changed);
    if (changed.has('chapter') && this.chapter && this.chapter !== this.chapters.current?.id) this.chapters.goToId(this.chapter, {keepTime: true});
    if (changed.has('presenter') && this.presenter && this.chapters.index < 0) void this.chapters.goTo(0);
    if (changed.has('autoplay')) this.chapters.scheduleAutoplay();
    const drawnFrom = ['year', 'date', 'reducedMotion', 'layers', 'selected', 'presenter', 'projection'] as const;
    if (drawnFrom.some((name) => (changed as Map<string, unknown>).has(name))) this.scene.invalidate();
  }

  /** After rendering: the events the changes caused, and the running map brought up to date. */
  protected updated(changed: PropertyValues<this>) {
    // After the session's start, which clears the notice.
    if (this.attributeProblems.length && this.isConnected) {
      this.notices.report(this.attributeProblems);
      this.attributeProblems = [];
    }
    this.applySettings(changed);
    // The interface changed its size (the language) or the map its shape (the projection): frame the view again, unless the visitor moved it.
    if ((changed.has('lang') || changed.has('projection')) && this.session.ready) void this.stage.reframe();
  }


  /** The settings that changed (all on a new map) applied to the running map. */
  private applySettings(changed?: PropertyValues<this>) {
    const {map} = this;
    const live = this.session.live;
    const has = (name: string) => !changed || (changed as Map<string, unknown>).has(name);
    if (live && changed?.has('lang')) setLanguage(live, this.language);
    if (live && has('presenter')) setLabelScale(live, this.presenter);
    if (map && (has('presenter') || has('interactive'))) setInteractive(map, this.interactive, this.presenter);
    if (live && has('projection')) {
      setProjection(live, this.projection);
      this.session.followProjection();
    }
    if (['theme', 'layers', 'date', 'year', 'chapter'].some(has)) this.applyColours();
  }

  /** Country tints as of the moment shown: a country that joins the coalition later is not tinted before. */
  private applyColours() {
    const live = this.session.live;
    const countries = this.scene.selection?.response.countries ?? this.routeData?.countries;
    if (live && countries) setColours(live, countries, this.theme, (name) => this.switches.isHidden(name));
  }

  /** A new map has the data: its settings, the selection and the chapter, before its first picture. */
  private async opened(map: MapLibreMap) {
    this.applySettings();
    this.scene.invalidate();
    // Outside a chapter, the first view fits the free part of the box too.
    await this.updateComplete;
    this.stage.openingView(map);
    await this.chapters.open();
    if (this.map !== map) return;
    await this.updateComplete;
    await this.stage.frameSelection();
  }

  /** Shows or hides one layer of the legend: a leg, ports, organisations, events or a country role. */
  toggleLayer(name: string, show?: boolean) {
    this.switches.toggle(name, show);
  }

  /**
   * Chooses an event of the response (an id of geo/timeline.geojson): the time moves to its date,
   * what it concerns is brought forward and into view, and the status region says so.
   */
  chooseEvent(id: string) {
    this.time.choose(id);
  }

  /** The moment shown (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the element's `date`, else the chapter's; undefined for the latest. */
  get moment(): string | undefined {
    return this.time.moment;
  }

  /** Plays time from 2016 to 2025, year by year and event by event: the ports' seizure circles and the response as of each stop; or pauses. */
  togglePlay() {
    this.time.toggle();
  }

  /** The chapter shown, if the story is on. */
  get currentChapter(): Chapter | undefined {
    return this.chapters.current;
  }

  /** Whether the flows are moving now. */
  get animating(): boolean {
    return this.flow.running;
  }

  /**
   * Opens chapter `index` of the story: layers, highlight and camera; flies there unless motion
   * is reduced. Resolves once the camera has been told where to go.
   */
  goTo(index: number, {animate = true} = {}): Promise<void> {
    // Before the live map: the poster of the opening view is no longer what it will show.
    this.poster.drop();
    return this.chapters.goTo(index, {animate});
  }

  /** Leaves the story: everything shows again. */
  leaveStory() {
    this.chapters.leave();
  }

  /**
   * The current view as a PNG (1920×1080 unless told otherwise) with title, legend, source line
   * and date, for slides and handouts.
   */
  async exportPng(width = 1920, height = 1080): Promise<Blob> {
    const map = this.session.live;
    const data = this.routeData;
    if (!map || !data) throw new Error(this.session.contextLost ? 'the map is not drawing: WebGL context lost' : 'the map is not ready yet');
    const {composeImage, exportText} = await this.lazy.load('export');
    const text = exportText(this.scene.selection ?? select(data, EXPLORE), this.chapters.current, this.storyData, this.language);
    return composeImage(map, text, width, height);
  }

  /**
   * The story as PowerPoint slides (16:9): a title slide, one slide per chapter with its picture at
   * 1920×1080, its title and text as editable text and its figures and sources in the speaker
   * notes, and the sources with their addresses. In the current language. `signal` cancels.
   */
  exportPptx({signal}: {signal?: AbortSignal} = {}): Promise<Blob> {
    return this.exports.run('pptx', {signal});
  }

  /** The story as an A4 landscape handout: a page per chapter with picture, text, figures and sources; page numbers and the date. `signal` cancels. */
  exportPdf({signal}: {signal?: AbortSignal} = {}): Promise<Blob> {
    return this.exports.run('pdf', {signal});
  }

  /**
   * The story as a video, each chapter flown to and held with its flows moving and its title
   * card: H.264 in MP4, or WebM (VP9) where H.264 is not offered. Rendered frame by frame, so it
   * is smooth however slow the drawing. Out-of-range options are refused; `signal` cancels.
   */
  exportVideo({secondsPerChapter = 6, width = 1920, height = 1080, fps = 30, signal}: ExportOptions = {}): Promise<Blob> {
    return this.exports.run('video', {secondsPerChapter, width, height, fps, signal});
  }

  /** @internal For exports: whether the graphics processor stopped drawing this map. */
  get graphicsLost(): boolean {
    return this.session.contextLost;
  }

  /**
   * @internal For the video export: draws the flows as they are `seconds` into their motion, waits
   * until everything in view is loaded and drawn, and resolves with a copy of the frame.
   */
  async frameAt(seconds: number): Promise<HTMLCanvasElement> {
    const {captureMap} = await this.lazy.load('export');
    this.session.drawFrame(atFlowTime(this.scene.layers, seconds));
    await this.session.loaded();
    return captureMap(this.map!, {whole: true});
  }

  /** Resolves once loading has finished and the map has drawn everything it has, e.g. before a screenshot. */
  async settled(): Promise<void> {
    await this.session.settled();
    await this.poster.gone();
  }

  /** Every record in sortable tables, once their code has arrived. */
  private tables(data: RouteData) {
    return tables(data, this.language, this.lazy.get('table'), this.tableSort, (sort) => (this.tableSort = sort), this.selected, (id) => (this.selected = id),
      (id) => this.time.choose(id));
  }

  render() {
    const s = STRINGS[this.language];
    const lang = this.language;
    if (this.session.noWebGL) {
      // The default view's poster, where it is true of what the page shows: the bundled data and basemap.
      const picture = this.data || this.basemap ? undefined : posterPicture({view: 'default', lang, presenter: false}, this.clientWidth, this.clientHeight);
      return html`<div class="map" hidden></div>${fallback(lang, this.routeData && this.lazy.get('table') ? this.tables(this.routeData) : undefined, picture)}`;
    }
    const {selection, sampled} = this.scene;
    const {hovered} = this.pointer;
    return html`
      <div class="map" part="map" role="region" aria-label=${s.mapLabel}></div>
      ${this.poster.render()}
      ${this.navigator.render(lang, this.placeName)}
      <div class="slot-title"><slot name="title"></slot></div>
      <div class="slot-caption"><slot name="caption"></slot></div>
      <div class="slot-footer"><slot name="footer"></slot></div>
      ${this.session.ready || this.notices.problems.length ? nothing : html`<div class="status ${this.poster.showing ? 'over-poster' : ''}" role="status">${s.loading}</div>`}
      ${sampled ? html`<p class="sampled" part="sampled">${s.sampled(formatNumber(sampled.drawn, lang), formatNumber(sampled.inView, lang))}</p>` : nothing}
      ${selection && this.routeData && this.switches.shows('legend') && this.presenter ? key({
        lang, selection, countries: viewOf(this.chapters.current).countries, theme: this.theme,
        bounds: this.chapters.current && this.chapters.bounds(this.chapters.current), boxes: this.session.countryBoxes,
        year: this.year ?? viewOf(this.chapters.current).year, corner: this.stage.keyCorner, lines: this.time.keyLines(selection, lang),
      }) : nothing}
      ${selection && this.routeData && this.switches.shows('legend') && !this.presenter ? legend({
        lang, data: this.routeData, selection, chapterView: viewOf(this.chapters.current), theme: this.theme,
        allowed: (name) => this.switches.allowed(name), switchedOff: (name) => this.switches.switchedOff(name),
        toggle: (name, show) => this.toggleLayer(name, show),
        open: this.legendOpen ?? this.stage.roomy, onToggleOpen: (open) => (this.legendOpen = open),
        still: this.motionReduced,
      }) : nothing}
      ${selection && this.routeData && this.switches.shows('time') && !this.presenter
        ? this.time.render(selection, lang, this.stage.roomy) : nothing}
      ${this.storyData && this.switches.shows('story') ? panel({
        lang, story: this.storyData, index: this.chapters.shownIndex(), ready: this.session.ready || this.poster.showing, presenter: this.presenter,
        goTo: (i) => void this.goTo(i), leave: () => this.leaveStory(), download: (format) => void this.exports.download(format), exporting: this.exports.busy,
      }) : nothing}
      ${hovered ? tooltip(hovered.target, hovered.x, hovered.y, this.clientWidth, this.clientHeight, lang, this.placeName) : nothing}
      ${this.routeData ? toggles({
        lang, projection: this.switches.shows('projection') ? this.projection : undefined, tableOpen: this.switches.shows('table') ? this.tableOpen : undefined,
        toggleProjection: () => (this.projection = this.projection === 'globe' ? 'mercator' : 'globe'), toggleTable: () => (this.tableOpen = !this.tableOpen),
      }) : nothing}
      ${this.routeData && this.tableOpen ? this.tables(this.routeData) : nothing}
      ${this.selectedRecord ? details(this.selectedRecord, lang, this.lazy.get('details'), this.placeName, () => (this.selected = undefined)) : nothing}
      <div class="sr-only" role="status" aria-live="polite">${this.announce.text}</div>
      ${this.chapters.blanked ? html`<div class="blank" part="blank"></div>` : nothing}
      ${this.exports.render(lang)}
      ${this.notices.render(lang, this.session.contextLost)}`;
  }
}

/** The id if it names a record. */
const known = (id: string | undefined, records: Records) => (id !== undefined && records.byId.has(id) ? id : undefined);

/** So many routes are a density picture: no moving dashes. */
const isDenseSelection = (scene: Scene) => isDense(scene.selection?.routes.length ?? 0);
