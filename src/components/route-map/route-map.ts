import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {Problem, RouteData} from '../../data/schema';
import {placeNamer, type Hovered} from '../../data/records';
import {formatNumber} from '../../data/format';
import {EXPLORE, select} from '../../data/select';
import type {Chapter, Story} from '../../story/story';
import type {ChapterTexts} from '../../story/edit';
import {viewOf} from '../../story/view';
import {atFlowTime} from '../../layers/route-layers';
import type {Theme} from '../../layers/theme';
import {STRINGS} from '../../i18n/strings';
import {ambientOf} from './ambient';
import {wire, type Parts} from './wiring';
import {key} from './story/key';
import {panel} from './story/panel';
import {legend} from './parts/legend';
import {posterPicture} from './poster/poster';
import type {TableSort} from './parts/table';
import {details as detailsPart, fallback, tables, toggles} from './parts/parts';
import {compose} from './parts/layout';
import {tooltip} from './parts/tooltip';
import type {ExportOptions} from './export/exports';
import {mapLibreStyles, routeMapStyles} from './route-map.styles';
import {layoutStyles} from './parts/layout.styles';
import {searchStyles} from './search/search.styles';

/**
 * An interactive map of cocaine routes from Latin America into European ports and onward,
 * drawn offline: a MapLibre GL basemap from Natural Earth with deck.gl arcs on top.
 *
 * @tagname route-map
 * @fires {CustomEvent<RouteMapSelectDetail>} route-map-select - When a port, country, route or organisation is selected, or the selection cleared. Detail: its id, kind and name.
 * @fires {CustomEvent<RouteMapReadyDetail>} route-map-ready - Once the basemap and the data layers are first drawn. Detail: feature counts.
 * @fires {CustomEvent<RouteMapErrorDetail>} route-map-error - When data or the basemap fails to load or holds malformed features. Detail: the problems.
 * @fires {CustomEvent<RouteMapChapterDetail>} route-map-chapter - When the story moves to a chapter. Detail: its index, id and title.
 * @fires {CustomEvent<RouteMapStoryChangeDetail>} route-map-story-change - After each edit in the story editor (and `captureChapter()`). Detail: the story as it is now.
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
 * @csspart search - The search box and its list of answers.
 * @csspart editor - The story editor beside the map.
 */
export class RouteMap extends LitElement {
  static styles = [mapLibreStyles, routeMapStyles, layoutStyles, searchStyles];

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

  /** Which controls show, separated by spaces: `search`, `legend`, `story`, `table`, `projection`, `time`; `none` for none. All when absent. */
  @property() controls?: string;

  /**
   * Editing mode: a chapter list beside the map to add the view on screen as a chapter, edit the
   * texts in both languages, reorder, and save the story or an offline briefing. Edits are kept in
   * the browser. The panel's ✎ button sets it.
   */
  @property({type: Boolean, reflect: true}) editor = false;


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
  /** Whether the visitor opened or folded the legend; until then it is open where the map has room for it (beside the story editor it has not). */
  private legendOpen?: boolean;

  /** What the controllers read of the element besides its public properties. */
  private readonly ambient = ambientOf(this);
  /** The controllers, made and wired in one place (wiring.ts). */
  private readonly parts: Parts = wire(this, this.ambient, (problem) => this.attributeProblems.push(problem));

  private get selectedRecord(): Hovered | undefined {
    return this.selected ? this.parts.session.records.byId.get(this.selected) : undefined;
  }

  /** Attribute changes become state here, before rendering: the chapter, the selection and what is drawn. */
  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('layers')) this.attributeProblems.push(...this.parts.switches.setLayers(this.layers));
    if (changed.has('controls')) this.attributeProblems.push(...this.parts.switches.setControls(this.controls));
    this.parts.time.sync(changed);
    if (changed.has('chapter') && this.chapter && this.chapter !== this.parts.story.current?.id) this.parts.story.goToId(this.chapter, {keepTime: true});
    if (changed.has('presenter') && this.presenter && this.parts.story.index < 0) void this.parts.story.goTo(0);
    if (changed.has('autoplay')) this.parts.story.scheduleAutoplay();
    const drawnFrom = ['year', 'date', 'reducedMotion', 'layers', 'selected', 'presenter', 'projection'] as const;
    if (drawnFrom.some((name) => (changed as Map<string, unknown>).has(name))) this.parts.scene.invalidate();
  }

  /** After rendering: the events the changes caused, and the running map brought up to date. */
  protected updated(changed: PropertyValues<this>) {
    // After the session's start, which clears the notice.
    if (this.attributeProblems.length && this.isConnected) {
      this.parts.notices.report(this.attributeProblems);
      this.attributeProblems = [];
    }
    this.parts.settings.apply(changed);
    // The interface changed its size (the language) or the map its shape (the projection): frame the view again, unless the visitor moved it.
    if ((changed.has('lang') || changed.has('projection')) && this.parts.session.ready) void this.parts.stage.reframe();
  }


  /** Shows or hides one layer of the legend: a leg, ports, organisations, events or a country role. */
  toggleLayer(name: string, show?: boolean) {
    this.parts.switches.toggle(name, show);
  }

  /**
   * Chooses an event of the response (an id of geo/timeline.geojson): the time moves to its date,
   * what it concerns is brought forward and into view, and the status region says so.
   */
  chooseEvent(id: string) {
    this.parts.time.choose(id);
  }

  /** The moment shown (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the element's `date`, else the chapter's; undefined for the latest. */
  get moment(): string | undefined {
    return this.parts.time.moment;
  }

  /** Plays time from 2016 to 2025, year by year and event by event: the ports' seizure circles and the response as of each stop; or pauses. */
  togglePlay() {
    this.parts.time.toggle();
  }

  /** The chapter shown, if the story is on. */
  get currentChapter(): Chapter | undefined {
    return this.parts.story.current;
  }

  /** Whether the flows are moving now. */
  get animating(): boolean {
    return this.parts.flow.running;
  }

  /**
   * Opens chapter `index` of the story: layers, highlight and camera; flies there unless motion
   * is reduced. Resolves once the camera has been told where to go.
   */
  goTo(index: number, {animate = true} = {}): Promise<void> {
    // Before the live map: the poster of the opening view is no longer what it will show.
    this.parts.poster.drop();
    return this.parts.story.goTo(index, {animate});
  }

  /**
   * Opens the presenter's console in a second window (or brings the open one to the front): the
   * chapter on the projector and the next, the notes, the time and the chapter list, in step with
   * this map both ways. Resolves with the window once it has answered; rejects, and says so on the
   * map, where the browser blocked the pop-up. N does the same in presenter mode.
   */
  openConsole(): Promise<Window> {
    return this.parts.consoleDoor.open();
  }

  /** Leaves the story: everything shows again. */
  leaveStory() {
    this.parts.story.leave();
  }

  /**
   * The current view as a PNG (1920×1080 unless told otherwise) with title, legend, source line
   * and date, for slides and handouts.
   */
  async exportPng(width = 1920, height = 1080): Promise<Blob> {
    const map = this.parts.session.live;
    const data = this.routeData;
    if (!map || !data) throw new Error(this.parts.session.contextLost ? 'the map is not drawing: WebGL context lost' : 'the map is not ready yet');
    const {composeImage, exportText} = await this.parts.lazy.load('export');
    const text = exportText(this.parts.scene.selection ?? select(data, EXPLORE), this.parts.story.current, this.storyData, this.ambient.language);
    return composeImage(map, text, width, height);
  }

  /**
   * The story as PowerPoint slides (16:9): a title slide, one slide per chapter with its picture at
   * 1920×1080, its title and text as editable text and its figures and sources in the speaker
   * notes, and the sources with their addresses. In the current language. `signal` cancels.
   */
  exportPptx({signal}: {signal?: AbortSignal} = {}): Promise<Blob> {
    return this.parts.exports.run('pptx', {signal});
  }

  /** The story as an A4 landscape handout: a page per chapter with picture, text, figures and sources; page numbers and the date. `signal` cancels. */
  exportPdf({signal}: {signal?: AbortSignal} = {}): Promise<Blob> {
    return this.parts.exports.run('pdf', {signal});
  }

  /**
   * The story as a video, each chapter flown to and held with its flows moving and its title
   * card: H.264 in MP4, or WebM (VP9) where H.264 is not offered. Rendered frame by frame, so it
   * is smooth however slow the drawing. Out-of-range options are refused; `signal` cancels.
   */
  exportVideo({secondsPerChapter = 6, width = 1920, height = 1080, fps = 30, signal}: ExportOptions = {}): Promise<Blob> {
    return this.parts.exports.run('video', {secondsPerChapter, width, height, fps, signal});
  }

  /**
   * Adds the view on screen as a chapter of the story being edited (after the chapter shown, or at
   * the end) and opens it: the camera as bounds, the layers shown, the selection, the moment.
   * Texts are strings in the current language, or `{en, nl}`. Resolves with the chapter.
   */
  async captureChapter(texts: ChapterTexts = {}): Promise<Chapter> {
    return (await this.parts.editor.open()).capture(texts);
  }

  /** The story being edited (or the one shown) as a JSON file the `story` attribute loads; rejects, naming them, where a chapter has problems. */
  async exportStory(): Promise<Blob> {
    return (await this.parts.editor.open()).exportStory();
  }

  /**
   * The story as a self-contained offline briefing (`briefing.html`): opens by double-click, in
   * presenter mode, with the console and the exports. About 9 MB; made in the browser, with progress
   * on the map. `signal` cancels.
   */
  async exportBriefing({signal}: {signal?: AbortSignal} = {}): Promise<Blob> {
    return (await this.parts.editor.open()).exportBriefing(signal);
  }

  /** @internal For exports: whether the graphics processor stopped drawing this map. */
  get graphicsLost(): boolean {
    return this.parts.session.contextLost;
  }

  /**
   * @internal For the video export: draws the flows as they are `seconds` into their motion, waits
   * until everything in view is loaded and drawn, and resolves with a copy of the frame.
   */
  async frameAt(seconds: number): Promise<HTMLCanvasElement> {
    const {captureMap} = await this.parts.lazy.load('export');
    this.parts.session.drawFrame(atFlowTime(this.parts.scene.layers, seconds));
    await this.parts.session.loaded();
    return captureMap(this.map!, {whole: true});
  }

  /** Resolves once loading has finished and the map has drawn everything it has, e.g. before a screenshot. */
  async settled(): Promise<void> {
    await this.parts.session.settled();
    await this.parts.poster.gone();
  }

  /** Every record in sortable tables, once their code has arrived. */
  private tables(data: RouteData) {
    return tables(data, this.ambient.language, this.parts.lazy.get('table'), this.tableSort, (sort) => (this.tableSort = sort), this.selected, (id) => (this.selected = id),
      (id) => this.parts.time.choose(id));
  }

  render() {
    const lang = this.ambient.language;
    const s = STRINGS[lang];
    const {session, scene, pointer, story, stage, switches, time, lazy, notices, poster, exports, navigator, announce, search, editor} = this.parts;
    const placeName = placeNamer(session.records, lang);
    if (this.parts.consoleDoor.active) return this.parts.consoleDoor.render();
    if (session.noWebGL) {
      // The default view's poster, where it is true of what the page shows: the bundled data and basemap.
      const picture = this.data || this.basemap ? undefined : posterPicture({view: 'default', lang, presenter: false}, this.clientWidth, this.clientHeight);
      return html`<div class="map" hidden></div>${fallback(lang, this.routeData && lazy.get('table') ? this.tables(this.routeData) : undefined, picture)}`;
    }
    const {selection, sampled} = scene;
    const {hovered} = pointer;
    const details = this.selectedRecord && detailsPart(this.selectedRecord, lang, lazy.get('details'), placeName, () => (this.selected = undefined));
    // The presenter's key gives way to the details and to notices, which may take any corner.
    const keyShown = selection && this.routeData && switches.shows('legend') && this.presenter && !details && !notices.problems.length;
    return html`
      <div class="map" part="map" role="region" aria-label=${s.mapLabel}></div>
      ${poster.render()}
      ${navigator.render(lang, placeName)}
      ${editor.render(lang)}
      <div class="slot-footer"><slot name="footer"></slot></div>
      ${session.ready || notices.problems.length ? nothing : html`<div class="status ${poster.showing ? 'over-poster' : ''}" role="status">${s.loading}</div>`}
      ${keyShown ? key({
        lang, selection, countries: viewOf(story.current).countries, theme: this.theme,
        bounds: story.current && story.bounds(story.current), boxes: session.countryBoxes,
        year: this.year ?? viewOf(story.current).year, corner: stage.keyCorner, lines: time.keyLines(selection, lang),
      }) : nothing}
      ${compose({
        problems: notices.render(lang, session.contextLost),
        search: this.routeData && switches.shows('search') && !this.presenter ? search.render(lang) : nothing,
        legend: selection && this.routeData && switches.shows('legend') && !this.presenter ? legend({
          lang, data: this.routeData, selection, chapterView: viewOf(story.current), theme: this.theme,
          allowed: (name) => switches.allowed(name), switchedOff: (name) => switches.switchedOff(name),
          toggle: (name, show) => this.toggleLayer(name, show),
          open: this.legendOpen ?? (stage.roomy && !this.editor), onToggleOpen: (open) => (this.legendOpen = open),
          still: this.ambient.motionReduced,
        }) : nothing,
        time: selection && this.routeData && switches.shows('time') && !this.presenter ? time.render(selection, lang, stage.roomy) : nothing,
        details: details ?? nothing,
        panel: this.storyData && switches.shows('story') ? panel({
          lang, story: this.storyData, index: story.shownIndex(), ready: session.ready || poster.showing, presenter: this.presenter,
          goTo: (i) => void this.goTo(i), leave: () => this.leaveStory(), download: (format) => void exports.download(format), exporting: exports.busy,
          openConsole: () => void this.openConsole().catch(() => undefined), edit: this.editor ? undefined : () => (this.editor = true),
        }) : nothing,
        toggles: this.routeData ? toggles({
          lang, projection: switches.shows('projection') ? this.projection : undefined, tableOpen: switches.shows('table') ? this.tableOpen : undefined,
          toggleProjection: () => (this.projection = this.projection === 'globe' ? 'mercator' : 'globe'), toggleTable: () => (this.tableOpen = !this.tableOpen),
        }) : nothing,
        tables: this.routeData && this.tableOpen ? this.tables(this.routeData) : nothing,
        sampled: sampled ? html`<p class="sampled" part="sampled">${s.sampled(formatNumber(sampled.drawn, lang), formatNumber(sampled.inView, lang))}</p>` : nothing,
      }, stage.room, {tables: !!this.routeData && this.tableOpen, details: !!details, search: search.open})}
      ${hovered ? tooltip(hovered.target, hovered.x, hovered.y, this.clientWidth, this.clientHeight, lang, placeName) : nothing}
      <div class="sr-only" role="status" aria-live="polite">${announce.text}</div>
      ${story.blanked ? html`<div class="blank" part="blank"></div>` : nothing}
      ${exports.render(lang)}`;
  }
}
