/**
 * Time on the element: `date` and `year` kept in step and checked, the moment shown (the
 * element's, else the chapter's), play, the chosen event and the one whose card shows, the time
 * bar's open state, and `route-map-time` when the moment changes.
 */
import type {PropertyValues, ReactiveController, ReactiveControllerHost} from 'lit';
import type {Problem, RouteData} from '../../../data/schema';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {positionOf, type Selection} from '../../../data/select';
import {formatDate, nameIn} from '../../../data/format';
import {eventsInOrder, inRange, parseMoment, responseAt, timeSpan} from '../../../data/time';
import {agreementLines, coalitionLine} from '../../../data/time-text';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {fire, type RouteMapTimeDetail} from '../events';
import type {Ambient} from '../ambient';
import type {SessionState} from '../map/map-session';
import type {Stage} from '../stage/stage';
import type {StoryController} from '../story/story-controller';
import type {AnnounceController} from '../parts/announce';
import {TimePlayer} from './time-player';
import {timeBar} from './time-bar';

export interface TimeHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  date?: string;
  year?: number;
  selected?: string;
  routeData?: RouteData;
  map?: MapLibreMap;
}

export interface TimeOptions {
  ambient: Ambient;
  /** The records, where an event's concerns are; and whether the first picture is drawn: changes of time are told from then on. */
  session: SessionState;
  /** The open chapter, whose date shows when the element has none. */
  story: Pick<StoryController, 'current'>;
  /** Brings a chosen event's places into view (a move that never zooms in). */
  stage: Pick<Stage, 'bringIntoView'>;
  /** Says what a chosen event changed, in the status region. */
  announce: Pick<AnnounceController, 'say'>;
}

/** What time tells the parts built after it: set where the element is wired. */
export interface TimeMoments {
  /** A bad `date` or `year`, shown with the element's other attribute problems. */
  report: (problem: Problem) => void;
  /** What is drawn must follow (a chosen event's concerns come forward). */
  changed: () => void;
}

export class TimeController implements ReactiveController {
  /** Who hears time's moments; nobody until the element is wired. */
  on: TimeMoments = {report: () => undefined, changed: () => undefined};
  readonly player: TimePlayer;
  /** The event chosen in the time bar: the time moved to its date, what it concerns brought forward. */
  chosenEvent?: string;
  /** The event whose card shows (under the pointer or focus). */
  private shownEvent?: string;
  /** Whether the visitor opened or folded the time bar; until then it follows timeBarOpen's rule. */
  private open?: boolean;
  /** Whether the bar was last drawn open: a toggle event that finds it so came from drawing it, not from the visitor. */
  private drawnOpen = false;
  /** The moment last told in a route-map-time. */
  private told?: string | null;
  /** The event the strip last scrolled to. */
  private scrolledTo?: string;

  constructor(private readonly host: TimeHost, private readonly options: TimeOptions) {
    host.addController(this);
    this.player = new TimePlayer(host, () => host.routeData?.events ?? [], () => timeSpan(host.routeData));
  }

  /** The chosen event, if it is in the data. */
  get chosen() {
    return this.chosenEvent ? this.host.routeData?.events.find((e) => e.id === this.chosenEvent) : undefined;
  }

  /** The moment shown: the element's, else the open chapter's; undefined for the latest. */
  get moment(): string | undefined {
    const chapter = this.options.story.current;
    return this.host.date ?? chapter?.date ?? (chapter?.year ? String(chapter.year) : undefined);
  }

  /**
   * Before the element's update: `date` and `year` kept in step (a date sets the year of seizures,
   * a year the date, the end of that year). A date that does not parse or lies outside the map's
   * years is reported and undone.
   */
  sync(changed: PropertyValues) {
    const {host} = this;
    const span = timeSpan(host.routeData);
    if (changed.has('date')) {
      const m = host.date ? parseMoment(host.date) : undefined;
      if (host.date && (!m || !inRange(m, span))) {
        this.on.report({file: 'date attribute', message: STRINGS.en.time.outOfRange(host.date, span.first, span.last)});
        host.date = changed.get('date') as string | undefined;
        return;
      }
      if (m && m.iso !== host.date) host.date = m.iso;
      host.year = m?.year;
      // Moved away from the chosen event's date: it is no longer the one shown.
      if (this.chosen && this.chosen.date !== host.date) this.chosenEvent = undefined;
    } else if (changed.has('year')) {
      const inYears = host.year !== undefined && host.year >= span.first && host.year <= span.last;
      if (!inYears) host.date = undefined;
      else if (host.date?.slice(0, 4) !== String(host.year)) host.date = String(host.year);
    }
  }

  hostUpdated() {
    this.tell();
    this.scrollToEvent();
  }

  /** Plays time, or pauses. */
  toggle() {
    this.player.toggle();
  }

  /** Another chapter: the time the visitor set gives way to the chapter's own. */
  leave() {
    this.player.stop();
    this.host.date = undefined;
    this.host.year = undefined;
    this.chosenEvent = undefined;
  }

  /**
   * Chooses an event of the response: the time moves to its date, what it concerns is brought
   * forward and into view, and the status region says so. Unknown ids are ignored.
   */
  choose(id: string) {
    const {host} = this;
    const data = host.routeData;
    const event = data?.events.find((e) => e.id === id);
    if (!data || !event) return;
    this.player.stop();
    host.selected = undefined;
    host.date = event.date;
    this.chosenEvent = id;
    this.shownEvent = undefined;
    this.on.changed();
    const lang = this.options.ambient.language;
    const state = responseAt(data, parseMoment(event.date));
    this.options.announce.say([STRINGS[lang].time.chosen(formatDate(event.date, lang), nameIn(event.name, lang)), coalitionLine(state, data, lang)].filter(Boolean).join('. '));
    const points = [...(event.position ? [event.position] : []), ...event.concerns.flatMap((id) => positionOf(id, this.options.session.records))];
    void host.updateComplete.then(() => {
      const {map} = host;
      if (map && this.options.session.ready) this.options.stage.bringIntoView(map, points, {animate: !this.options.ambient.motionReduced});
    });
  }

  /** The time bar over the map, for what is drawn now. */
  render(selection: Selection, lang: Lang, roomy: boolean) {
    const {host} = this;
    const data = host.routeData!;
    // Open as the visitor left it; else where the map has room, but folded to its one line in the
    // story, where the chapter sets the time and its places need the room.
    this.drawnOpen = this.open ?? (!this.options.story.current && roomy);
    return timeBar({
      lang, data, state: selection.response, events: eventsInOrder(data.events),
      open: this.drawnOpen, onToggleOpen: (open) => { if (open !== this.drawnOpen) this.open = open; },
      setDate: (iso) => { this.player.stop(); host.date = iso; }, ownDate: !!host.date, playing: this.player.playing, togglePlay: () => this.toggle(),
      chosen: this.chosenEvent, shown: this.shownEvent ?? (this.player.playing ? this.player.atEvent : undefined),
      choose: (id) => this.choose(id), show: (id) => { this.shownEvent = id; host.requestUpdate(); },
    });
  }

  /** For the presenter's key, when the chapter shows a moment: the coalition and the agreements of the countries it singles out, as of then. */
  keyLines(selection: Selection, lang: Lang): string[] {
    const data = this.host.routeData;
    const chapter = this.options.story.current;
    if (!data || !chapter || !this.moment) return [];
    const focus = data.countries.filter((c) => chapter.highlight.includes(c.id));
    const response = selection.response;
    return [
      // About the coalition when it singles out more than one of its members (the money chapter names only the Netherlands).
      ...(focus.filter((c) => c.roles.includes('coalition')).length > 1 ? [coalitionLine(response, data, lang)] : []),
      ...agreementLines({...response, agreements: response.agreements.filter((a) => focus.includes(a.country))}, lang),
    ].filter(Boolean);
  }

  /** Tells the page the moment shown, once it differs from the one last told. */
  private tell() {
    if (!this.options.session.ready) return;
    const now = this.moment ?? null;
    if (this.told === undefined) this.told = now;
    if (now === this.told) return;
    this.told = now;
    fire<RouteMapTimeDetail>(this.host, 'route-map-time', {date: now, year: now ? Number(now.slice(0, 4)) : null});
  }

  /** The strip of events keeps its tab stop (the chosen event, or the latest that has happened) in view as the time moves. */
  private scrollToEvent() {
    const button = this.host.renderRoot.querySelector<HTMLElement>('.time-events button[tabindex="0"]');
    const strip = button?.closest('ol');
    if (!button || !strip || button.textContent === this.scrolledTo) return;
    this.scrolledTo = button.textContent ?? undefined;
    const item = button.parentElement!;
    strip.scrollLeft = item.offsetLeft - strip.offsetLeft - (strip.clientWidth - item.offsetWidth) / 2;
  }
}
