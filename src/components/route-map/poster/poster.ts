/**
 * The poster: a picture of the opening view, made by the real map when the project is built
 * (scripts/posters.mjs), shown in the element's box at once and cross-faded to the live map when
 * that has drawn its first full frame. It is shown only where it is true: with the bundled data,
 * basemap and story, the flat map in the light theme, no selection or time set by the page, and a
 * view it was made for (the default view or a chapter, in the element's language; a chapter in
 * presenter mode). A box of the size it was made for shows it as it is; another box shows the
 * nearest, placed by the camera arithmetic the live map uses (camera.ts), once the interface over the map is drawn. It is
 * decoration: the status region says the map is loading until it is live.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {ref} from 'lit/directives/ref.js';
import {placement, type Camera} from '../map/camera';
import manifest from '../../../assets/posters/posters.json';
import {posterUrl} from './poster-urls';

export {posterUrl};
import type {Ambient} from '../ambient';
import type {MapSession} from '../map/map-session';

export interface Poster {
  view: string;
  lang: string;
  theme: string;
  /** Drawn in presenter mode. */
  presenter: boolean;
  width: number;
  height: number;
  center: [number, number];
  zoom: number;
  file: string;
}

/** The view and language a poster must be of, or undefined where none may show. */
export interface PosterWanted {
  /** `default`, or a chapter's id. */
  view: string;
  lang: string;
  presenter: boolean;
}

export interface PosterHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface PosterOptions {
  /** What the opening view is, if a poster may show for it. Asked at each update until the map is live: once it changes, the poster goes. */
  wanted: () => PosterWanted | undefined;
  ambient: Ambient;
  /** Whether the live map has drawn its first full frame. */
  session: Pick<MapSession, 'ready'>;
  /** The camera the live map will open with in this box, once the interface over the map is drawn; undefined until then. */
  camera: () => Camera | undefined;
}

// Those this build carries: all on the site and in the library, a few in the briefing file (poster-urls-briefing.ts).
// Found at first use, not as the module loads: an address needs `document`, which a server importing the module lacks.
let carried: Poster[] | undefined;
const posters = () => (carried ??= (manifest.posters as unknown as Poster[]).filter((p) => posterUrl(p.file)));
/** The chapter presenter mode opens at when none is asked for, in the bundled story the posters were made from. */
export const FIRST_CHAPTER: string = manifest.firstChapter;
const FADE_MS = 300;
/** The longest the map waits for the poster to be on screen before it loads anyway. */
const PICTURED_WITHIN_MS = 3000;

/** The poster for a box of exactly this size, else the nearest in shape and size; undefined where none was made for the view. */
export function pickPoster(posters: Poster[], wanted: PosterWanted, width: number, height: number): {poster: Poster; exact: boolean} | undefined {
  const candidates = posters.filter((p) => p.view === wanted.view && p.lang === wanted.lang && p.theme === 'light' && p.presenter === wanted.presenter);
  const exact = candidates.find((p) => p.width === width && p.height === height);
  if (exact) return {poster: exact, exact: true};
  const distance = (p: Poster) => Math.abs(Math.log(p.width / width)) + Math.abs(Math.log(p.height / height));
  const nearest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
  return nearest && {poster: nearest, exact: false};
}

/** What of the element decides whether a poster is true: the attributes a page sets. */
export interface PosterPage extends HTMLElement {
  data?: string; basemap?: string; story?: string; theme: string; projection: string; selected?: string; year?: number; date?: string;
  layers?: string; controls?: string; autoplay?: string; presenter: boolean;
}

/**
 * The view a poster may show for: only where it is true, with the bundled data, basemap and story
 * drawn as the posters were (light, flat, no selection, time, layers, controls, autoplay or slotted
 * text of the page's own), at the chapter the map opens with (`opening`), if any.
 */
export function posterFor(page: PosterPage, {opening, lang, noWebGL}: {opening?: string; lang: string; noWebGL: boolean}): PosterWanted | undefined {
  if (page.data || page.basemap || page.story || page.theme !== 'light' || page.projection !== 'mercator' || page.selected
    || page.year !== undefined || page.date !== undefined || page.layers !== undefined || page.controls !== undefined || page.autoplay !== undefined
    || page.querySelector('[slot]') || noWebGL) return undefined;
  // Presenter mode opens at a chapter: the one asked for, else the first.
  return {view: opening ?? (page.presenter ? FIRST_CHAPTER : 'default'), lang, presenter: page.presenter};
}

/** A view's picture for a box of this size (made for it, else the nearest), with its address: the no-WebGL fallback's picture. */
export function posterPicture(wanted: PosterWanted, width: number, height: number): {url: string; width: number; height: number} | undefined {
  const picked = pickPoster(posters(), wanted, width, height);
  const url = picked && posterUrl(picked.poster.file);
  return url ? {url, width: picked.poster.width, height: picked.poster.height} : undefined;
}

export class PosterController implements ReactiveController {
  /** `waiting`: not decided yet; `shown`; `fading` into the live map; `none`: never, or no longer. */
  state: 'waiting' | 'shown' | 'fading' | 'none' = 'waiting';
  /** The poster chosen for this box, and where it lies in it. */
  poster?: Poster;
  private place = {scale: 1, x: 0, y: 0};
  /** Made for this box: shown as it is. */
  private exact = false;
  private wanted?: PosterWanted;
  /** The poster for this box, chosen at the first update. */
  private picked?: Poster;
  private size = {width: 0, height: 0};
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: PosterHost, private readonly options: PosterOptions) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
    // A map started again draws its own first picture.
    this.end();
  }

  /** Before the first render: a poster made for this box shows in it at once. Before each later one: it goes once it is no longer true. */
  hostUpdate() {
    if (this.wanted && (this.state === 'waiting' || this.state === 'shown')) {
      // Changed before the live map (the page's language or time, the visitor's globe): the poster no longer shows what the map will open with.
      const now = this.options.wanted();
      if (!now || (['view', 'lang', 'presenter'] as const).some((k) => now[k] !== this.wanted![k])) this.end();
      return;
    }
    if (this.state !== 'waiting' || this.wanted || this.options.session.ready) return;
    const {clientWidth: width, clientHeight: height} = this.host;
    this.size = {width, height};
    this.wanted = width > 0 && height > 0 ? this.options.wanted() : undefined;
    const picked = this.wanted && pickPoster(posters(), this.wanted, width, height);
    this.picked = picked?.poster;
    if (!picked) this.end();
    else if (picked.exact) {
      this.exact = true;
      this.show(picked.poster);
    }
  }

  /** After each render: another box's poster once the interface is drawn, and the live map's arrival. */
  hostUpdated() {
    if (this.state === 'none' || this.state === 'fading') return;
    if (this.options.session.ready) {
      this.leave();
      return;
    }
    if (this.exact) return;
    // Another box: placed as the live camera will be, which needs the interface drawn first, in its
    // own faces; placed again while the interface over the map still changes (the presenter's key).
    const camera = this.options.camera();
    const p = this.picked;
    if (!camera || !p) return;
    if (document.fonts.status !== 'loaded') {
      void document.fonts.ready.then(() => this.host.requestUpdate());
      return;
    }
    const place = placement({center: p.center, zoom: p.zoom}, p.width, p.height, camera, this.size.width, this.size.height);
    const moved = (['scale', 'x', 'y'] as const).some((k) => Math.abs(place[k] - this.place[k]) > 1e-3);
    if (this.state === 'shown' && !moved) return;
    this.place = place;
    this.show(p);
    this.host.requestUpdate();
  }

  /** A poster is on screen (and the interface over it is offered). */
  get showing(): boolean {
    return this.state === 'shown';
  }

  /**
   * Where a poster was chosen: resolves once it is decoded and on screen with the interface over it
   * (or it failed to load, or went). Undefined where there is none.
   */
  pictured(): Promise<void> | undefined {
    if (!this.picked || this.state === 'none') return undefined;
    const onScreen = (async () => {
      while (this.state === 'waiting' || (this.state === 'shown' && !this.img)) {
        await new Promise<void>((resolve) => this.settle.push(resolve));
      }
      await this.img?.decode().catch(() => {});
      await this.host.updateComplete;
      // The frame that paints it; a page in the background draws no frames, and then the map need not wait.
      await new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); setTimeout(resolve, 200); });
    })();
    // Never holding the map back for long: a poster on a very slow line, or one never placed.
    return Promise.race([onScreen, new Promise<void>((resolve) => setTimeout(resolve, PICTURED_WITHIN_MS))]);
  }

  /** Those waiting for the poster to be placed and rendered (pictured()). */
  private settle: (() => void)[] = [];
  private img?: HTMLImageElement;

  /** What the map opens with is no longer the poster's view (a chapter chosen before the map is live): no poster. */
  drop() {
    if (this.state === 'none' || this.state === 'fading') return;
    clearTimeout(this.timer);
    this.end();
    this.host.requestUpdate();
  }

  /** Resolves once no poster shows: at once, or when the cross-fade to the live map is over. */
  gone(): Promise<void> {
    if (this.state === 'none') return Promise.resolve();
    return new Promise((resolve) => this.departed.push(resolve));
  }

  private departed: (() => void)[] = [];

  private end() {
    this.state = 'none';
    this.img = undefined;
    for (const resolve of [...this.departed.splice(0), ...this.settle.splice(0)]) resolve();
  }

  private show(poster: Poster) {
    this.poster = poster;
    this.state = 'shown';
  }

  /** The live map is drawn: cross-fade to it, or go at once where motion is reduced. */
  private leave() {
    if (this.state !== 'shown') {
      this.end();
      return;
    }
    if (this.options.ambient.motionReduced) {
      this.end();
      this.host.requestUpdate();
      return;
    }
    this.state = 'fading';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.end();
      this.host.requestUpdate();
    }, FADE_MS);
  }

  render() {
    const {poster} = this;
    if (!poster || (this.state !== 'shown' && this.state !== 'fading')) return nothing;
    const {scale, x, y} = this.place;
    // Placed through the style object, not a style attribute: a strict CSP allows the one and not the other.
    const placeIt = (img?: Element) => {
      this.img = img instanceof HTMLImageElement ? img : undefined;
      for (const resolve of this.settle.splice(0)) resolve();
      if (img instanceof HTMLElement) img.style.transform = scale === 1 && x === 0 && y === 0 ? '' : `translate(${x}px, ${y}px) scale(${scale})`;
    };
    return html`<img class="poster ${this.state === 'fading' ? 'fading' : ''}" part="poster" src=${posterUrl(poster.file)} alt="" aria-hidden="true"
      width=${poster.width} height=${poster.height} draggable="false" ${ref(placeIt)}>`;
  }
}
