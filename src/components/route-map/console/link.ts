/**
 * The map's side of the presenter's console, loaded when the console is opened or first heard
 * from: answers its heartbeat with the state of the projector, and does what it asks (a key, a
 * chapter, the projector). It holds no state the console needs after a reload: a reloaded console
 * says hello again, and a reloaded map answers the first hello it hears from its console (door.ts).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Story} from '../../../story/story';
import type {Lang} from '../../../i18n/strings';
import type {Ambient} from '../ambient';
import type {Notices} from '../notices';
import type {MapSession} from '../map/map-session';
import type {StoryController} from '../story/story-controller';
import type {ExportController} from '../export/exports';
import type {AudienceState, FromAudience, FromConsole} from './protocol';
import {isFromConsole} from './messages';
import {placeOnPage} from './door';
import {CONSOLE_STRINGS} from './strings';

export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  presenter: boolean;
  storyData?: Story;
  story?: string;
  data?: string;
}

export interface LinkOptions {
  ambient: Ambient;
  session: Pick<MapSession, 'ready'>;
  story: Pick<StoryController, 'index' | 'blanked' | 'press' | 'goTo'>;
  exports: Pick<ExportController, 'busy'>;
  notices: Pick<Notices, 'report'>;
}

/** How often the map looks whether its console was closed. */
const WATCH_MS = 1000;

export class ConsoleLink implements ReactiveController {
  /** The console window, once opened here or heard from after a reload. */
  private win?: Window;
  /** What the state last told was made of: a state is told once, and again in answer to each heartbeat. */
  private told?: unknown[];
  private watch?: ReturnType<typeof setInterval>;
  private answered: ((win: Window) => void)[] = [];

  constructor(private readonly host: LinkHost, private readonly options: LinkOptions) {
    host.addController(this);
  }

  /** The console window, while it is open. */
  get window(): Window | undefined {
    return this.win && !this.win.closed ? this.win : undefined;
  }

  hostDisconnected() {
    clearInterval(this.watch);
  }

  hostUpdated() {
    this.tell();
  }

  /** A console window was just opened: resolves with it once it has answered. */
  opened(win: Window): Promise<Window> {
    this.adopt(win);
    return new Promise((resolve) => this.answered.push(resolve));
  }

  private adopt(win: Window) {
    this.win = win;
    this.told = undefined;
    clearInterval(this.watch);
    // Closing the console leaves the map as it is; it is only forgotten.
    this.watch = setInterval(() => {
      if (!win.closed) return;
      clearInterval(this.watch);
      if (this.win === win) this.win = undefined;
    }, WATCH_MS);
  }

  /** A message that says it is from a console: read if it is one, and from this map's. */
  heard(e: MessageEvent) {
    const message: unknown = e.data;
    if (!isFromConsole(message) || message.target !== placeOnPage(this.host) || !e.source) return;
    const win = e.source as Window;
    if (win !== this.win) this.adopt(win);
    this.act(message);
  }

  private act(message: FromConsole) {
    const {story} = this.options;
    switch (message.kind) {
      case 'hello':
        this.told = undefined;
        this.tell();
        for (const resolve of this.answered.splice(0)) resolve(this.win!);
        break;
      case 'key': story.press(message.key); break;
      case 'go': void story.goTo(message.index); break;
      case 'projector': void this.toProjector(message.screen); break;
    }
  }

  /** What the console's state is made of, cheap to compare: the map renders on every pointer move. */
  private facts(): unknown[] | undefined {
    const story = this.host.storyData;
    if (!story) return undefined;
    const {ambient, session, exports, story: chapters} = this.options;
    return [story, ambient.language, chapters.index, chapters.blanked, exports.busy, session.ready, this.host.presenter, !this.host.story && !this.host.data];
  }

  /** Tells the console the state of the projector, if it changed since last told. */
  private tell() {
    const {win} = this;
    const facts = win && !win.closed ? this.facts() : undefined;
    if (!win || !facts || (this.told && facts.every((f, i) => f === this.told![i]))) return;
    this.told = facts;
    const [story, lang, index, blanked, exporting, ready, presenter, pictures] = facts as [Story, Lang, number, boolean, boolean, boolean, boolean, boolean];
    const state: AudienceState = {
      lang, title: story.title, index, blanked, exporting, ready, presenter, pictures,
      chapters: story.chapters.map(({id, title, notes, minutes}) => ({id, title, ...(notes ? {notes} : {}), ...(minutes ? {minutes} : {})})),
    };
    win.postMessage({rm: 'audience', kind: 'state', state} satisfies FromAudience, '*');
  }

  /**
   * Full screen on the screen the console chose (Window Management API): the console's click is
   * handed over with the message, as a full-screen request needs one. Said on the map where it fails.
   */
  private async toProjector(geometry: {left: number; top: number}) {
    try {
      const details = await (window as unknown as {getScreenDetails?: () => Promise<{screens: (Screen & {left: number; top: number})[]}>}).getScreenDetails?.();
      const screen = details?.screens.find((s) => s.left === geometry.left && s.top === geometry.top);
      await this.host.requestFullscreen({navigationUI: 'hide', ...(screen ? {screen} : {})} as FullscreenOptions);
    } catch (e) {
      this.options.notices.report([{file: 'console', message: CONSOLE_STRINGS[this.options.ambient.language].projectorFailed((e as Error).message)}]);
    }
  }
}
