/**
 * The time bar: one control over time for everything dated (the year of the port seizures, the
 * response as of that moment), the events of the response in a strip along it, and the state
 * shown, in words. The slider steps by month (arrows; PageUp and PageDown by a year); the
 * events are one tab stop, arrow keys move between them in date order and Enter chooses one.
 * Built with Lit templates: every data property is text. No style attributes, which a strict CSP forbids: the
 * ticks are drawn in SVG.
 */
import {html, nothing, svg} from 'lit';
import type {RouteData, TimelineEvent} from '../../../data/schema';
import {formatDate, formatFigure, nameIn, officialFirst} from '../../../data/format';
import {DEFAULT_SPAN, parseMoment, timeSpan, type Moment, type ResponseState, type TimeSpan} from '../../../data/time';
import {agreementLines, coalitionLine, programmeLine} from '../../../data/time-text';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {toggled} from '../parts/parts';
import {sourceCitation} from '../parts/source-link';

export interface TimeBarProps {
  lang: Lang;
  data: RouteData;
  /** The response as of the moment shown. */
  state: ResponseState;
  /** All events, in date order. */
  events: TimelineEvent[];
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  /** Sets the moment (`YYYY-MM` from the slider), or the latest with undefined. */
  setDate: (iso: string | undefined) => void;
  /** The visitor (or the page) set the moment, rather than the chapter: it can go back to the latest. */
  ownDate: boolean;
  playing: boolean;
  togglePlay: () => void;
  /** The chosen event, and the one the pointer or focus is on (its card shows). */
  chosen?: string;
  shown?: string;
  choose: (id: string) => void;
  show: (id: string | undefined) => void;
}

/** The slider's position for a moment: its month, or the last month of its year; the nearest end outside the span. */
export function monthIndex(at: Moment | undefined, {months, start}: TimeSpan = DEFAULT_SPAN): number {
  if (!at) return months.length - 1;
  if (at.end <= start) return 0;
  const month = at.precision === 'year' ? `${at.year}-12` : at.iso.slice(0, 7);
  const i = months.indexOf(month);
  return i < 0 ? months.length - 1 : i;
}

/** Where on the axis a date falls, as a share of its length. */
const along = (iso: string, span: TimeSpan) => {
  const m = parseMoment(iso);
  return m ? (m.start - span.start) / (span.end - span.start) : 0;
};

/** Keys the bar's own controls use: not passed on to the story's keys. */
const OWN_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Enter']);

/** Arrow keys, Home and End move the focus along the strip of events. */
function onStripKey(e: KeyboardEvent) {
  if (!OWN_KEYS.has(e.key)) return;
  e.stopPropagation();
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  const to = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1
    : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1)
    : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? Math.max(at - 1, 0) : at;
  if (to === at) return;
  e.preventDefault();
  for (const [i, b] of buttons.entries()) b.tabIndex = i === to ? 0 : -1;
  buttons[to].focus();
}

/** The card of one event: date, title, text, figures and sources, all as text. */
export function eventCard(event: TimelineEvent, data: RouteData, lang: Lang) {
  const s = STRINGS[lang];
  const names = new Map([...data.countries, ...data.ports, ...data.organisations].map((f) => [f.id, nameIn(f.name, lang)]));
  return html`<div class="event-card" role="group" aria-label=${nameIn(event.name, lang)}>
      <p class="event-date">${formatDate(event.date, lang)}${event.place ? ` · ${nameIn(event.place, lang)}` : ''}</p>
      <p class="event-title">${nameIn(event.name, lang)}</p>
      ${event.description ? html`<p>${nameIn(event.description, lang)}</p>` : nothing}
      ${event.figures.map((f) => html`<p class="figure">${formatFigure(f, lang)}${f.note ? ` ${nameIn(f.note, lang)}` : ''}</p>`)}
      ${event.concerns.length ? html`<p class="note">${s.time.concerns}: ${event.concerns.map((id) => names.get(id) ?? id).join(', ')}</p>` : nothing}
      <p class="source">${s.sources}: ${officialFirst(event.sources).map((src, i) => html`${i ? '; ' : ''}${sourceCitation(src, lang)}`)}</p>
    </div>`;
}

export function timeBar(p: TimeBarProps) {
  const s = STRINGS[p.lang];
  const t = s.time;
  const {state, events, lang} = p;
  const at = state.at;
  const span = timeSpan(p.data);
  const {months} = span;
  const index = monthIndex(at, span);
  const happened = new Set(state.events.map((e) => e.id));
  // One tab stop: the chosen event, else the latest that has happened, else the first.
  const stop = p.chosen ?? state.events.at(-1)?.id ?? events[0]?.id;
  const card = events.find((e) => e.id === (p.shown ?? p.chosen));
  const lines = [...agreementLines(state, lang), programmeLine(state, lang, span)].filter(Boolean);
  const now = at ? formatDate(at.iso, lang) : t.latest;
  const coalition = coalitionLine(state, p.data, lang);
  return html`
    <details class="timebar" part="time" ?open=${p.open} @toggle=${(e: Event) => toggled(e, p.open, p.onToggleOpen)}>
      <summary>${at && coalition ? nothing : html`<span class="time-now">${now}</span> `}<span class="time-state">${coalition}</span></summary>
      <div class="time-axis">
        <svg class="time-ticks" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">${events.map((e) => svg`
          <rect class=${e.id === p.chosen ? 'tick chosen' : happened.has(e.id) ? 'tick done' : 'tick'} x=${(along(e.date, span) * 1000 - 1.5).toFixed(1)} y=${e.id === p.chosen ? 0 : 2} width="3" height=${e.id === p.chosen ? 10 : 8}></rect>`)}
        </svg>
        <input type="range" min="0" max=${months.length - 1} step="1" .value=${String(index)} aria-label=${t.control} aria-valuetext=${now}
          @keydown=${(e: KeyboardEvent) => {
            if (!OWN_KEYS.has(e.key)) return;
            e.stopPropagation();
            // A year at a time, whatever share of the range the browser would step.
            if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
            e.preventDefault();
            p.setDate(months[Math.min(months.length - 1, Math.max(0, index + (e.key === 'PageUp' ? 12 : -12)))]);
          }}
          @input=${(e: Event) => p.setDate(months[Number((e.target as HTMLInputElement).value)])}>
        <div class="time-years" aria-hidden="true"><span>${span.first}</span><span>${span.last}</span></div>
      </div>
      <div class="time-buttons">
        <button type="button" class="time-play" @click=${p.togglePlay} aria-label=${p.playing ? t.pause : t.play}>${p.playing ? '❚❚' : '▶'}</button>
        ${p.ownDate ? html`<button type="button" class="time-latest" @click=${() => p.setDate(undefined)}>${t.latest}</button>` : nothing}
      </div>
      <ol class="time-events" aria-label=${t.events} aria-describedby="time-events-hint" @keydown=${onStripKey} @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node)) p.show(undefined);
      }} @mouseleave=${() => p.show(undefined)}>
        ${events.map((e) => html`<li><button type="button" tabindex=${e.id === stop ? 0 : -1}
          class=${e.id === p.chosen ? 'chosen' : happened.has(e.id) ? 'done' : ''} aria-pressed=${e.id === p.chosen ? 'true' : 'false'}
          @click=${() => p.choose(e.id)} @focus=${() => p.show(e.id)} @mouseenter=${() => p.show(e.id)}>
          <span class="event-date">${formatDate(e.date, lang)}</span> <span class="event-name">${nameIn(e.name, lang)}</span></button></li>`)}
      </ol>
      ${card ? eventCard(card, p.data, lang) : nothing}
      ${lines.length ? html`<ul class="time-lines">${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      <p class="sr-only" id="time-events-hint">${t.eventsHint}</p>
    </details>`;
}
