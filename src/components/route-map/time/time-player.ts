/**
 * Plays time on the element's `date`: one stop every 1.2 s, the end of each year and the date of
 * each event, from the moment shown (from the first year at the latest) to the last; then stops.
 * At an event's stop its card shows.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineEvent} from '../../../data/schema';
import {DEFAULT_SPAN, eventsInOrder, parseMoment, type TimeSpan} from '../../../data/time';

/** The stops of play: every year, and every event's date, in order of the end of the period each names. */
export function playStops(events: TimelineEvent[], {first, last}: TimeSpan = DEFAULT_SPAN): {date: string; event?: string}[] {
  const years = Array.from({length: last - first + 1}, (_, i) => ({date: String(first + i)}));
  const dated = eventsInOrder(events).filter((e) => parseMoment(e.date)).map((e) => ({date: e.date, event: e.id}));
  const end = (d: string) => parseMoment(d)!.end;
  // An event's stop before its year's: the year's end is the later moment (or the same, for an event known by its year only).
  return [...dated, ...years].map((s, i) => ({s, i})).sort((a, b) => end(a.s.date) - end(b.s.date) || a.i - b.i).map(({s}) => s);
}

export interface TimeHost extends ReactiveControllerHost {
  date?: string;
}

export class TimePlayer implements ReactiveController {
  playing = false;
  /** The event whose stop play is at. */
  atEvent?: string;
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: TimeHost, private readonly events: () => TimelineEvent[], private readonly span: () => TimeSpan, private readonly stepMs = 1200) {
    host.addController(this);
  }

  hostDisconnected() {
    this.stop();
  }

  /** Plays from the moment shown (from the start when at the latest or the last stop), or pauses. */
  toggle() {
    if (this.playing) {
      this.stop();
      return;
    }
    const stops = playStops(this.events(), this.span());
    const now = this.host.date ? parseMoment(this.host.date) : undefined;
    let i = now ? stops.findIndex((s) => parseMoment(s.date)!.end > now.end) : 0;
    if (i < 0) i = 0;
    this.playing = true;
    const step = () => {
      const stop = stops[i++];
      this.atEvent = stop.event;
      this.host.date = stop.date;
      if (i >= stops.length) this.stop();
    };
    step();
    if (this.playing) this.timer = setInterval(step, this.stepMs);
  }

  stop() {
    clearInterval(this.timer);
    if (this.playing) this.host.requestUpdate();
    this.playing = false;
  }
}
