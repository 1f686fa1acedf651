/**
 * The console side: in the second window, the element shows this instead of a map. It says hello
 * to the map window (its opener) every second, shows what the map tells it, passes on the
 * presenter's keys and chosen chapters, and keeps the presenter's timer, which survives a reload
 * of the console. The map window may be reloaded: its opener reference stays, and the next hello
 * finds the new page.
 */
import type {ReactiveControllerHost} from 'lit';
import type {Lang} from '../../../i18n/strings';
import {pace, type Pace} from '../../../story/pacing';
import type {AudienceState, FromConsole} from './protocol';
import {PASSED_KEYS, isFromAudience} from './messages';
import {consoleView} from './view';
import {consoleStyles} from './styles';
import {CONSOLE_STRINGS} from './strings';

/** A heartbeat a second; a map window silent for three is said to be away. */
const BEAT_MS = 1000;
const SILENT_MS = 3500;
const TIMER_KEY = 'route-map-console-timer';
const THEME_KEY = 'route-map-console-theme';

export type AudienceStatus = 'live' | 'blanked' | 'exporting' | 'loading' | 'waiting' | 'lost' | 'closed';

/** The presenter's timer: time counted before the last start, since when it runs, and whether the presenter paused it (a chapter change does not start it again). */
interface Timer {
  before: number;
  since?: number;
  paused?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

export class ConsoleScreen {
  state?: AudienceState;
  theme: 'dark' | 'light';
  /** The browser refused the other screens: the console says how to do it by hand. */
  projectorRefused = false;
  private heardAt = 0;
  private timer: Timer;
  private readonly beat: ReturnType<typeof setInterval>;
  private readonly onMessage = (e: MessageEvent) => this.heard(e);
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(private readonly host: Host, private readonly target: number) {
    this.timer = read(sessionStorage, TIMER_KEY, {before: 0});
    this.theme = read<string>(localStorage, THEME_KEY, 'dark') === 'light' ? 'light' : 'dark';
    addEventListener('message', this.onMessage);
    addEventListener('keydown', this.onKey);
    const root = host.renderRoot as ShadowRoot;
    if (consoleStyles.styleSheet && !root.adoptedStyleSheets.includes(consoleStyles.styleSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, consoleStyles.styleSheet];
    }
    this.hello();
    this.beat = setInterval(() => {
      this.hello();
      host.requestUpdate();
    }, BEAT_MS);
  }

  stop() {
    clearInterval(this.beat);
    removeEventListener('message', this.onMessage);
    removeEventListener('keydown', this.onKey);
  }

  private send(message: ConsoleMessage, options?: WindowPostMessageOptions) {
    const opener = window.opener as Window | null;
    if (!opener || opener.closed) return;
    opener.postMessage({rm: 'console', target: this.target, ...message}, {targetOrigin: '*', ...options});
  }

  private hello() {
    this.send({kind: 'hello'});
  }

  private heard(e: MessageEvent) {
    if (e.source !== window.opener || !isFromAudience(e.data)) return;
    const {state} = e.data;
    this.state = state;
    this.heardAt = Date.now();
    // The timer starts with the story, once.
    if (state.index >= 0 && this.timer.since === undefined && this.timer.before === 0 && !this.timer.paused) this.startTimer();
    document.title = `${this.strings.title} · ${state.title[state.lang] ?? ''}`;
    this.host.requestUpdate();
  }

  private key(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey || !PASSED_KEYS.test(e.key)) return;
    // Space and Enter on a focused button are the button's.
    if (e.key === ' ' && (e.composedPath()[0] as HTMLElement).closest?.('button')) return;
    e.preventDefault();
    this.send({kind: 'key', key: e.key});
  }

  get lang(): Lang {
    return this.state?.lang ?? (document.documentElement.lang.startsWith('nl') ? 'nl' : 'en');
  }

  private get strings() {
    return CONSOLE_STRINGS[this.lang];
  }

  /** What the projector shows now, or why the console cannot say. */
  get status(): AudienceStatus {
    const opener = window.opener as Window | null;
    if (!opener || opener.closed) return 'closed';
    if (!this.state) return 'waiting';
    if (Date.now() - this.heardAt > SILENT_MS) return 'lost';
    return this.state.blanked ? 'blanked' : this.state.exporting ? 'exporting' : !this.state.ready ? 'loading' : 'live';
  }

  /** The time of day the console shows. */
  get now(): Date {
    return new Date();
  }

  get elapsed(): number {
    return this.timer.before + (this.timer.since !== undefined ? Date.now() - this.timer.since : 0);
  }

  get running(): boolean {
    return this.timer.since !== undefined;
  }

  get pace(): Pace | undefined {
    const s = this.state;
    return s ? pace(s.chapters.map((c) => c.minutes), s.index, this.elapsed) : undefined;
  }

  private startTimer() {
    this.timer = {before: this.timer.before, since: Date.now()};
    this.keepTimer();
  }

  toggleTimer() {
    if (this.running) this.timer = {before: this.elapsed, paused: true};
    else this.timer = {before: this.timer.before, since: Date.now()};
    this.keepTimer();
  }

  resetTimer() {
    this.timer = {before: 0, ...(this.running ? {since: Date.now()} : {paused: true})};
    this.keepTimer();
  }

  private keepTimer() {
    write(sessionStorage, TIMER_KEY, this.timer);
    this.host.requestUpdate();
  }

  go(index: number) {
    this.send({kind: 'go', index});
  }

  toggleTheme() {
    this.theme = this.theme === 'dark' ? 'light' : 'dark';
    write(localStorage, THEME_KEY, this.theme);
    this.host.requestUpdate();
  }

  /** Whether the browser can put a window on another screen (Window Management API). */
  get screens(): boolean {
    return 'getScreenDetails' in window;
  }

  /**
   * Asks for the other screens, and hands the map window this click with the screen to fill: a
   * full-screen request needs a click, and capability delegation passes this one on.
   */
  async toProjector() {
    try {
      const details = await (window as unknown as {getScreenDetails(): Promise<{screens: ScreenLike[]; currentScreen: ScreenLike}>}).getScreenDetails();
      const other = details.screens.find((s) => s !== details.currentScreen) ?? details.currentScreen;
      const screen = {left: other.left, top: other.top, width: other.width, height: other.height};
      this.send({kind: 'projector', screen}, {delegate: 'fullscreen'} as WindowPostMessageOptions);
    } catch {
      // Refused or not offered: the console says how to do it by hand.
      this.projectorRefused = true;
      this.host.requestUpdate();
    }
  }

  render() {
    return consoleView(this, this.strings);
  }
}

/** A console message without its address. */
type ConsoleMessage = FromConsole extends infer M ? M extends FromConsole ? Omit<M, 'rm' | 'target'> : never : never;

type ScreenLike = {left: number; top: number; width: number; height: number};

/** Storage may be off (a private window, a locked-down machine): then nothing is kept, and nothing fails. */
function read<T>(storage: Storage, key: string, fallback: T): T {
  try {
    const value = storage.getItem(key);
    return value ? JSON.parse(value) as T : fallback;
  } catch {
    return fallback;
  }
}

function write(storage: Storage, key: string, value: unknown) {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Kept in memory only.
  }
}
