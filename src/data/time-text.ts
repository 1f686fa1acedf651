/**
 * The response as of a moment, in words: the coalition's members, the agreements' steps, the
 * programmes that exist. Each date as precise as its source. Pure, so Node tests cover it.
 */
import type {RouteData} from './schema';
import {formatDate, nameIn} from './format';
import {DEFAULT_SPAN, parseMoment, type ResponseState, type TimeSpan} from './time';
import {STRINGS, type Lang} from '../i18n/strings';

/** When the coalition starts in the data: its first member's date. */
export function coalitionStart(data: RouteData): string | undefined {
  return data.countries.filter((c) => c.roles[0] === 'coalition' && c.since).map((c) => c.since!)
    .sort((a, b) => parseMoment(a)!.end - parseMoment(b)!.end)[0];
}

/** "Coalition as of 7 May 2024: 7 countries", or that there is none yet; empty when the data has no coalition. */
export function coalitionLine(state: ResponseState, data: RouteData, lang: Lang): string {
  const t = STRINGS[lang].time;
  const start = coalitionStart(data);
  const n = state.members.length;
  if (!n) return state.at && start ? t.noCoalition(formatDate(state.at.iso, lang), formatDate(start, lang), parseMoment(start)!.precision === 'day') : '';
  if (state.at) return t.coalitionAt(formatDate(state.at.iso, lang), n);
  return state.membersSince ? t.coalitionLatest(n, formatDate(state.membersSince, lang)) : t.coalitionAt(STRINGS[lang].time.latest, n);
}

/** Each agreement that has reached a step, with the next step where the sources give it no date. */
export function agreementLines(state: ResponseState, lang: Lang): string[] {
  const t = STRINGS[lang].time;
  return state.agreements.filter((a) => a.reached).map(({country, agreement, reached, next}) => {
    const line = t.agreement(nameIn(agreement.name, lang), nameIn(country.name, lang), t.steps[reached!.step], formatDate(reached!.date!, lang));
    return next && !next.date ? `${line}; ${t.noDate(t.steps[next.step])}` : line;
  });
}

/** Programmes and alliances (not liaison posts) that began within the map's years and exist by then, with their start. */
export function programmeLine(state: ResponseState, lang: Lang, span: TimeSpan = DEFAULT_SPAN): string {
  const started = state.organisations.filter((o) => o.kind !== 'liaison' && o.since && parseMoment(o.since)!.start >= span.start)
    .sort((a, b) => parseMoment(a.since!)!.start - parseMoment(b.since!)!.start);
  if (!started.length) return '';
  const t = STRINGS[lang].time;
  return t.programmes(started.map((o) => `${nameIn(o.name, lang)} (${t.from(formatDate(o.since!, lang))})`).join(', '));
}
