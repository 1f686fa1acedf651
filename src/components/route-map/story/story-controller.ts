/**
 * The story: which chapter is shown, going to a chapter (the camera flies there, the URL hash and
 * a `route-map-chapter` follow), autoplay, and the keys a presenter and a clicker use.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {nameIn} from '../../../data/format';
import {chapterFromHash, type Chapter, type Story} from '../../../story/story';
import {keyAction, type ExportFormat} from '../../../story/keys';
import {positionOf} from '../../../data/select';
import type {Ambient} from '../ambient';
import type {SessionState} from '../map/map-session';
import {fire, type RouteMapChapterDetail} from '../events';
import {extendBounds, type Bounds, type Stage} from '../stage/stage';

/** What the story reads of its element. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  chapter?: string;
  presenter: boolean;
  autoplay?: string;
  hash: boolean;
  selected?: string;
  map?: MapLibreMap;
  storyData?: Story;
}

export interface StoryOptions {
  ambient: Ambient;
  /**
   * The records, where a chapter's places are; and whether the map's first picture is drawn:
   * autoplay starts then, as a camera it keeps moving never lets the map go idle.
   */
  session: SessionState;
  /** Where the camera fits a chapter, clear of the interface. */
  stage: Stage;
}

/** What the story tells the parts built after it: set where the element is wired. */
export interface StoryMoments {
  /** The chapter changed: what is drawn must follow. */
  changed: () => void;
  /** The presenter's export keys. */
  download: (format: ExportFormat) => void;
  /** Moving to another chapter: the time the visitor set gives way to the chapter's own. */
  leftTime: () => void;
  /** The presenter's N: the console opens, or comes to the front. */
  console: () => void;
}

export class StoryController implements ReactiveController {
  /** Who hears the story's moments; nobody until the element is wired. */
  on: StoryMoments = {changed: () => undefined, download: () => undefined, leftTime: () => undefined, console: () => undefined};
  /** Index of the chapter shown; -1 outside the story. */
  index = -1;
  /** The presenter blanked the screen. */
  blanked = false;
  private autoplayTimer?: ReturnType<typeof setInterval>;
  /** A chapter asked for before the map was made. */
  private asked?: number;
  /** The map the story was opened on (open()): until then, what shows is the chapter it will open at. */
  private openedOn?: unknown;
  private readonly onHashChange = () => {
    const id = chapterFromHash(location.hash);
    if (id && id !== this.host.chapter) this.goToId(id);
  };

  constructor(private readonly host: StoryHost, private readonly options: StoryOptions) {
    host.addController(this);
    host.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** The chapter shown, if the story is on; before the map opens, the one it will open at (what the poster and the interface over it show). */
  get current(): Chapter | undefined {
    return this.host.storyData?.chapters[this.shownIndex()];
  }

  hostConnected() {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected() {
    window.removeEventListener('hashchange', this.onHashChange);
    this.stop();
  }

  hostUpdate() {
    // A blank screen is a presenter's tool only.
    if (!this.host.presenter) this.blanked = false;
  }

  /**
   * Opens chapter `index`: what is drawn, then the camera, which flies there unless motion is
   * reduced. Resolves once the camera has been told where to go.
   */
  async goTo(index: number, {animate = true, keepTime = false} = {}): Promise<void> {
    const {host} = this;
    const story = host.storyData;
    if (!story) return;
    // Asked for before there is a map (the poster's start button): the map opens there.
    if (!host.map) {
      this.asked = index;
      return;
    }
    const i = Math.min(Math.max(index, 0), story.chapters.length - 1);
    const chapter = story.chapters[i];
    const changed = i !== this.index;
    if (changed && !keepTime) this.on.leftTime();
    this.index = i;
    host.chapter = chapter.id;
    this.on.changed();
    // The panel's new text decides how much room the camera must leave at the bottom.
    await host.updateComplete;
    if (this.index !== i || !host.map) return;
    this.moveCamera(host.map, chapter, animate && !this.options.ambient.motionReduced);
    if (host.hash) history.replaceState(history.state, '', `#chapter=${encodeURIComponent(chapter.id)}`);
    if (changed) fire<RouteMapChapterDetail>(host, 'route-map-chapter', {index: i, id: chapter.id, title: nameIn(chapter.title, this.options.ambient.language)});
  }

  /** Opens the chapter with this id; `keepTime` when the page set the chapter and the time together. */
  goToId(id: string, {keepTime = false} = {}) {
    const index = this.host.storyData?.chapters.findIndex((c) => c.id === id) ?? -1;
    if (index >= 0) void this.goTo(index, {keepTime});
  }

  /** The chapter the map opens at, as asked for by the URL hash or the attribute; undefined for the default view (or presenter mode's first chapter). */
  openingId(): string | undefined {
    const {host} = this;
    return (host.hash ? chapterFromHash(location.hash) : undefined) ?? host.chapter;
  }

  /** The chapter the panel shows: the current one, or before the story is opened on the map, the one it will open at (-1 for none). */
  shownIndex(): number {
    const {host} = this;
    if (this.index >= 0 || (host.map && this.openedOn === host.map)) return this.index;
    const opening = this.openingId();
    const index = this.asked ?? host.storyData?.chapters.findIndex((c) => c.id === opening) ?? -1;
    return index < 0 && host.presenter && host.storyData?.chapters.length ? 0 : index;
  }

  /** On a new map, the first picture is already the chapter asked for: by the URL hash, the attribute, or presenter mode. */
  async open() {
    const {host} = this;
    const {asked} = this;
    this.asked = undefined;
    this.openedOn = host.map;
    const opening = this.openingId();
    const index = asked ?? host.storyData?.chapters.findIndex((c) => c.id === opening) ?? -1;
    // A kiosk opens at its first chapter; it moves on once the map is ready (scheduleAutoplay()).
    if (index >= 0 || host.presenter || this.autoplaying) await this.goTo(Math.max(index, 0), {animate: false, keepTime: asked === undefined});
  }

  private get autoplaying(): boolean {
    return this.host.autoplay !== undefined && this.host.autoplay !== null;
  }

  /** Leaves the story: everything shows again. */
  leave() {
    this.index = -1;
    this.host.chapter = undefined;
    this.on.changed();
  }

  /**
   * Kiosk: the next chapter every `autoplay` seconds, looping; nothing when the attribute is absent.
   * Only on a ready map: readiness waits for the map to go idle, which a camera moving every second
   * never lets it do. The session calls this again each time the map becomes ready.
   */
  scheduleAutoplay() {
    clearInterval(this.autoplayTimer);
    this.autoplayTimer = undefined;
    const story = this.host.storyData;
    if (!this.autoplaying || !story || !this.options.session.ready) return;
    const seconds = Number(this.host.autoplay) > 0 ? Number(this.host.autoplay) : 12;
    if (this.index < 0) void this.goTo(0, {animate: false, keepTime: true});
    this.autoplayTimer = setInterval(() => void this.goTo((this.index + 1) % story.chapters.length), seconds * 1000);
  }

  /** Autoplay is stepping through the chapters. */
  get playing(): boolean {
    return this.autoplayTimer !== undefined;
  }

  /** Stops autoplay: the map that played is gone. */
  stop() {
    clearInterval(this.autoplayTimer);
    this.autoplayTimer = undefined;
  }

  /** What a chapter's camera shows: its bounds, with every place it highlights; none for a camera set by centre and zoom. */
  bounds(chapter: Chapter): Bounds | undefined {
    return chapter.camera.bounds && extendBounds(chapter.camera.bounds, chapter.highlight.flatMap((id) => positionOf(id, this.options.session.records)));
  }

  /** The chapter's camera: its bounds, with every place it highlights, fitted into the free part of the box. */
  private moveCamera(map: MapLibreMap, chapter: Chapter, animate: boolean) {
    const {stage} = this.options;
    const {camera} = chapter;
    const {pitch, bearing} = camera;
    const bounds = this.bounds(chapter);
    stage.placeKey(bounds);
    if (bounds) {
      stage.fit(map, bounds, {animate, pitch, bearing});
      return;
    }
    const padding = stage.padding();
    if (animate) map.flyTo({center: camera.center!, zoom: camera.zoom!, pitch, bearing, padding, duration: 2400, essential: true});
    else map.jumpTo({center: camera.center!, zoom: camera.zoom!, pitch, bearing, padding});
  }

  private onKey(e: KeyboardEvent) {
    const {host} = this;
    if (e.key === 'Escape' && host.selected) {
      e.preventDefault();
      e.stopPropagation();
      host.selected = undefined;
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || !this.press(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
  }

  /** Does what a presenter's key does here, pressed on the map or in the console; whether it did anything. */
  press(key: string): boolean {
    const {host} = this;
    const action = keyAction(key, host.presenter);
    const story = host.storyData;
    if (!action || !story) return false;
    const last = story.chapters.length - 1;
    switch (action.type) {
      case 'step': void this.goTo(this.index < 0 ? 0 : this.index + action.by); break;
      case 'go': void this.goTo(action.to === 'first' ? 0 : action.to === 'last' ? last : action.to); break;
      case 'blank':
        this.blanked = !this.blanked;
        host.requestUpdate();
        break;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void host.requestFullscreen?.().catch(() => undefined);
        break;
      case 'export': this.on.download(action.format); break;
      case 'console': this.on.console(); break;
      case 'exit':
        host.presenter = false;
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        break;
    }
    return true;
  }
}
