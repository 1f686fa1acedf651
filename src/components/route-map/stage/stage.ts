/**
 * The stage: the part of the map's box the interface leaves free, and the camera moves that keep
 * the story in it. A chapter's places and a selection with its flows are fitted into the largest
 * rectangle that the legend, the story panel, the details and the buttons do not cover (measured
 * from their boxes at the size shown); the presenter's key goes to the corner that leaves the most
 * room; and labels are kept from under the interface by invisible blockers (see basemap-style.ts).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {GeoJSONSource, Map as MapLibreMap} from 'maplibre-gl';
import type {LngLat} from '../../../data/schema';
import {selectionPoints} from '../../../data/select';
import {DEFAULT_BOUNDS, type SessionState} from '../map/map-session';
import type {Scene} from '../map/scene';
import type {Ambient} from '../ambient';
import {BLANK_SIZE, SOURCES} from '../../../layers/basemap-style';
import {roomOf, type Room} from '../parts/layout';
import {boxHeight, boxWidth, contains, freeArea, mercatorAspect, paddingFor, type Box} from './free-area';

/** The interface over the map, which the camera keeps the story clear of. */
export const OVERLAYS = ['.search', '.legend', '.timebar', '.key', '.panel', '.details', '.table-toggle', '.projection-toggle', '.slot-title', '.slot-caption',
  '.slot-footer', '.problems', '.sampled', '.maplibregl-ctrl-bottom-right', '.editor'];

/**
 * How far beyond each edge of the box labels are kept from, in pixels. MapLibre places no icon
 * that reaches more than 100 pixels outside the view, so the strips stay within that.
 */
const EDGE_BLOCK = 96;

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
const CORNERS: Corner[] = ['top-left', 'bottom-left', 'top-right', 'bottom-right'];

export type Bounds = [LngLat, LngLat];

export interface StageHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  presenter: boolean;
  selected?: string;
  interactive: boolean;
  map?: MapLibreMap;
}

export interface StageOptions {
  ambient: Ambient;
  /** The records and whether the first picture is drawn (moves are animated from then on). */
  session: SessionState;
  /** What is drawn now: a selection is framed with the flows it brings forward. */
  scene: Pick<Scene, 'selection'>;
  /** Loads the details' code: the selection is framed beside the details as they show. */
  details: () => Promise<unknown>;
}

/** What the stage asks of the parts built after it: set where the element is wired. */
export interface StageMoments {
  /** The box changed: frame the open chapter again, if one is open; resolves whether it was. */
  reframeChapter: () => Promise<boolean>;
}

/**
 * The smallest bounds holding `bounds` (if any) and `points`. Written out, not Turf's bbox: this
 * frames the first picture, and @turf/bbox would add 0.8 KB gzip to the first module (issue 32's
 * size limit); Turf's bbox measures the countries, with the engine (layers/country-boxes.ts).
 */
export function extendBounds(bounds: Bounds | undefined, points: LngLat[]): Bounds | undefined {
  const all = bounds ? [...points, ...bounds] : points;
  if (!all.length) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < all.length; i++) {
    const [lon, lat] = all[i];
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [[west, south], [east, north]];
}

export class Stage implements ReactiveController {
  /** Where the presenter's key sits. */
  keyCorner: Corner = 'top-left';
  /** The visitor moved the camera since it was last framed: it is theirs now, and stays put when the interface changes. */
  visitorMoved = false;
  private observer?: ResizeObserver;
  private observed: HTMLElement[] = [];
  private blockersQueued = false;
  /** Whether the box had room for the parts that open by themselves, and its room, when last looked at. */
  private wasShape?: string;
  /** The map whose labels keep clear of the interface. */
  private map?: MapLibreMap;
  /** Who is asked; nobody until the element is wired. */
  on: StageMoments = {reframeChapter: async () => false};

  constructor(private readonly host: StageHost, private readonly options?: StageOptions) {
    host.addController(this);
  }

  /** The first view outside a chapter: the default bounds in the free part of the box (a selection is brought in after, as on a running map). */
  openingView(map: MapLibreMap) {
    this.fit(map, DEFAULT_BOUNDS, {withoutDetails: true});
  }

  /**
   * Eases the selection, with its flows, into the part of the box the details and the rest of the
   * interface leave free, once the details show; on a fixed camera (`interactive="false"`) nothing moves.
   */
  async frameSelection() {
    const {host, options} = this;
    const id = host.selected;
    if (!options || id === undefined || !host.interactive || !options.session.records.byId.has(id)) return;
    await options.details();
    await host.updateComplete;
    const map = this.map;
    const {selection} = options.scene;
    if (!map || map !== host.map || host.selected !== id || !selection) return;
    const {session, ambient} = options;
    this.bringIntoView(map, selectionPoints(id, selection, session.records), {animate: !ambient.motionReduced && session.ready});
  }

  /** The interface changed its size (the language) or the map its shape (the projection): frame the view again, unless the visitor moved it. */
  async reframe() {
    const map = this.map;
    if (!map || !this.options || this.visitorMoved) return;
    if (!(await this.on.reframeChapter())) this.openingView(map);
    await this.frameSelection();
  }

  /**
   * Room for the legend and the time bar to open by themselves (a laptop's box, not a phone's); a
   * box that crosses the line renders again, so they fold or open as it changes.
   */
  get roomy() {
    return this.host.clientWidth >= 900 && this.host.clientHeight >= 500;
  }

  /** How the interface is composed for the box's width (layout.ts); a box that crosses a line renders again. */
  get room(): Room {
    return roomOf(this.host.clientWidth);
  }

  hostConnected() {
    this.observer = new ResizeObserver(() => {
      this.queueBlockers();
      const shape = `${this.roomy} ${this.room}`;
      if (this.wasShape !== undefined && this.wasShape !== shape) this.host.requestUpdate();
      this.wasShape = shape;
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = [];
  }

  /** After each render: follow the interface's parts that came or went, as their size moves the blockers. */
  hostUpdated() {
    const parts = this.overlayElements();
    if (parts.length === this.observed.length && parts.every((el, i) => el === this.observed[i])) return;
    for (const el of this.observed) if (!parts.includes(el)) this.observer?.unobserve(el);
    for (const el of parts) if (!this.observed.includes(el)) this.observer?.observe(el);
    this.observed = parts;
    this.queueBlockers();
  }

  /** A new map: its labels keep clear of the interface after each move. */
  attach(map: MapLibreMap) {
    this.map = map;
    this.visitorMoved = false;
    map.on('movestart', (e) => {
      if (e.originalEvent) this.visitorMoved = true;
    });
    map.on('moveend', () => this.queueBlockers());
    map.on('resize', () => this.queueBlockers());
  }

  private overlayElements(): HTMLElement[] {
    return OVERLAYS.flatMap((s) => [...this.host.renderRoot.querySelectorAll<HTMLElement>(s)]);
  }

  /** The boxes of the interface over the map, in pixels of the element's box, but for `except`. */
  covered(except?: Element): Box[] {
    const origin = this.host.getBoundingClientRect();
    return this.overlayElements().filter((el) => el !== except && !el.hidden).map((el) => {
      const r = el.getBoundingClientRect();
      return {left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top};
    }).filter((b) => boxWidth(b) > 1 && boxHeight(b) > 1);
  }

  /** Kept clear along the edges: a projector's outer 5%. */
  private get edge() {
    const {clientWidth: w, clientHeight: h} = this.host;
    return Math.round(Math.min(w, h) * (this.host.presenter ? 0.05 : 0.015));
  }

  /** Room left around fitted places for their labels. */
  private get inset() {
    return Math.round(Math.min(this.host.clientWidth, this.host.clientHeight) * 0.04) + 8;
  }

  /** The free part of the box, best for something of `aspect` (width over height). */
  free(aspect?: number, covered = this.covered()): Box {
    return freeArea(this.host.clientWidth, this.host.clientHeight, covered, {edge: this.edge, aspect});
  }

  /** MapLibre camera padding that fits `bounds` (or anything, without) into the free area, `except` a part of the interface. */
  padding(bounds?: Bounds, except?: Element | null) {
    const area = this.free(bounds ? mercatorAspect(bounds) : undefined, this.covered(except ?? undefined));
    return paddingFor(area, this.host.clientWidth, this.host.clientHeight, this.inset);
  }

  /**
   * In presenter mode, moves the key to the corner that leaves the most room for `bounds`: the
   * camera then fits them beside it, so it covers none of the chapter's places.
   */
  placeKey(bounds: Bounds | undefined) {
    const key = this.host.renderRoot.querySelector<HTMLElement>('.key');
    if (!key) return;
    const {clientWidth: w, clientHeight: h} = this.host;
    const others = this.covered(key);
    const kw = key.offsetWidth;
    const kh = key.offsetHeight;
    const aspect = bounds ? mercatorAspect(bounds) : w / h;
    // Where the styles put it: 5% in from the edges of a projector's screen.
    const boxAt = (corner: Corner): Box => {
      const left = corner.endsWith('left') ? w * 0.05 : w * 0.95 - kw;
      const top = corner.startsWith('top') ? h * 0.05 : h * 0.95 - kh;
      return {left, top, right: left + kw, bottom: top + kh};
    };
    const room = (corner: Corner) => {
      const box = boxAt(corner);
      // A corner the panel or buttons already take is no place for the key.
      if (others.some((o) => o.left < box.right && o.right > box.left && o.top < box.bottom && o.bottom > box.top)) return -1;
      const area = this.free(aspect, [...others, box]);
      return Math.min(boxWidth(area), boxHeight(area) * aspect);
    };
    let best = this.keyCorner;
    let bestRoom = room(best);
    for (const corner of CORNERS) {
      const r = room(corner);
      if (r > bestRoom) [best, bestRoom] = [corner, r];
    }
    this.keyCorner = best;
    key.dataset.corner = best;
  }

  /**
   * Fits `bounds` into the free area; flies there unless `animate` is off. The opening view leaves
   * the details out (`withoutDetails`): a selection is brought into view after it, as on a running map.
   */
  fit(map: MapLibreMap, bounds: Bounds, {animate = false, pitch = 0, bearing = 0, withoutDetails = false} = {}) {
    const padding = this.padding(bounds, withoutDetails ? this.host.renderRoot.querySelector('.details') : undefined);
    const motion = animate ? {duration: 2400, essential: true} : {animate: false};
    map.fitBounds(bounds, {padding, pitch, bearing, ...motion});
    this.visitorMoved = false;
  }

  /**
   * Brings `points` into the free area beside the interface, if any lies outside it: pans, and
   * zooms out only as far as they need; never zooms in. Resolves at once.
   */
  bringIntoView(map: MapLibreMap, points: LngLat[], {animate = true} = {}) {
    const bounds = extendBounds(undefined, points);
    if (!bounds) return;
    const {clientWidth: w, clientHeight: h} = this.host;
    const area = this.free(mercatorAspect(bounds));
    const inset = Math.min(this.inset, boxWidth(area) / 4, boxHeight(area) / 4);
    const inner: Box = {left: area.left + inset, top: area.top + inset, right: area.right - inset, bottom: area.bottom - inset};
    if (points.every((p) => {
      const {x, y} = map.project(p);
      return contains(inner, x, y);
    })) return;
    // The bounds into the free area, zoomed out as far as they need and never in. fitBounds, not
    // easeTo: an easeTo's padding would stay with the camera and shift every later move.
    const motion = animate ? {duration: 900, essential: true} : {animate: false};
    map.fitBounds(bounds, {padding: paddingFor(area, w, h, inset), maxZoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), ...motion});
  }

  /** Labels keep clear of the interface: a blocker under each part, where it is after this move. */
  private queueBlockers() {
    if (this.blockersQueued) return;
    this.blockersQueued = true;
    requestAnimationFrame(() => {
      this.blockersQueued = false;
      this.placeBlockers();
    });
  }

  private placeBlockers() {
    const {map} = this;
    const source = map === this.host.map ? map?.getSource<GeoJSONSource>(SOURCES.uiBlockers) : undefined;
    if (!map || !source) return;
    // And the edges: a name cut off by the edge of the box is no name. Each strip hangs outward
    // from a point on the edge: MapLibre places no icon whose anchor is off screen.
    const {clientWidth: w, clientHeight: h} = this.host;
    const m = EDGE_BLOCK;
    type Blocker = {box: Box; x: number; y: number; anchor: 'center' | 'left' | 'right' | 'top' | 'bottom'};
    const blockers: Blocker[] = [
      ...this.covered().map((box): Blocker => ({box, x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2, anchor: 'center'})),
      {box: {left: -m, top: 0, right: 0, bottom: h}, x: 1, y: h / 2, anchor: 'right'},
      {box: {left: w, top: 0, right: w + m, bottom: h}, x: w - 1, y: h / 2, anchor: 'left'},
      {box: {left: 0, top: -m, right: w, bottom: 0}, x: w / 2, y: 1, anchor: 'bottom'},
      {box: {left: 0, top: h, right: w, bottom: h + m}, x: w / 2, y: h - 1, anchor: 'top'},
    ];
    const features = blockers.flatMap(({box, x, y, anchor}) => {
      const iw = Math.max(1, Math.ceil(boxWidth(box) / BLANK_SIZE));
      const ih = Math.max(1, Math.ceil(boxHeight(box) / BLANK_SIZE));
      const image = `rm-ui-${iw}x${ih}`;
      if (!map.hasImage(image)) map.addImage(image, {width: iw, height: ih, data: new Uint8Array(iw * ih * 4)});
      const at = map.unproject([x, y]);
      if (!Number.isFinite(at.lng) || !Number.isFinite(at.lat)) return [];
      return [{type: 'Feature' as const, geometry: {type: 'Point' as const, coordinates: [at.lng, at.lat]}, properties: {image, anchor}}];
    });
    source.setData({type: 'FeatureCollection', features});
  }
}
