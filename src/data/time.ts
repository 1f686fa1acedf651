/**
 * Time: the moment the map shows, and the response as of that moment — which countries are in
 * the coalition, which agreements have reached which step, which programmes and posts exist,
 * which events have happened. Dates are as precise as their sources (a year, a month or a day);
 * a status counts from the end of the period its date names, so "December 2021" is in effect by
 * the end of December and no day is ever made up. Pure functions, so Node tests cover them.
 */
import type {Agreement, AgreementStep, Country, CountryRole, Organisation, RouteData, TimelineEvent} from './schema';

export type Precision = 'year' | 'month' | 'day';

/** A date as precise as it is known: the period it names, in UTC milliseconds (end exclusive). */
export interface Moment {
  iso: string;
  precision: Precision;
  year: number;
  start: number;
  end: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the period it names; undefined for anything else, or a day that does not exist (2023-02-30). */
export function parseMoment(iso: string): Moment | undefined {
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const start = Date.UTC(year, month! - 1, day);
    if (new Date(start).getUTCDate() !== day) return undefined;
    return {iso: iso.trim(), precision: 'day', year, start, end: Date.UTC(year, month! - 1, day + 1)};
  }
  if (month !== undefined) return {iso: iso.trim(), precision: 'month', year, start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1)};
  return {iso: iso.trim(), precision: 'year', year, start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1)};
}

/** The years the time control covers, and its steps: every month, `YYYY-MM`. */
export interface TimeSpan {first: number; last: number; start: number; end: number; months: string[]}

export function yearSpan(first: number, last: number): TimeSpan {
  return {
    first, last, start: Date.UTC(first, 0, 1), end: Date.UTC(last + 1, 0, 1),
    months: Array.from({length: (last - first + 1) * 12}, (_, i) => `${first + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
  };
}

/** The span before any data is in, and of data with no dated figure or event. */
export const DEFAULT_SPAN = yearSpan(2016, 2025);

const spans = new WeakMap<RouteData, TimeSpan>();

/**
 * The years the data covers, so the time control follows it (issue 29): from the first seizure
 * figure or event to the latest year of any figure, event or step of the response.
 */
export function timeSpan(data: RouteData | undefined): TimeSpan {
  if (!data) return DEFAULT_SPAN;
  const known = spans.get(data);
  if (known) return known;
  const all = [...data.routes, ...data.ports, ...data.countries, ...data.organisations, ...data.events];
  const figureYears = all.flatMap((f) => f.figures.map((g) => ({year: g.year, seizures: /seizures/.test(g.metric)})));
  const yearOf = (iso: string | undefined) => (iso ? parseMoment(iso)?.year : undefined);
  const dated = [
    ...data.events.map((e) => yearOf(e.date)),
    ...data.countries.flatMap((c) => [yearOf(c.since), ...(c.agreements ?? []).flatMap((a) => a.steps.map((s) => yearOf(s.date)))]),
    ...data.organisations.map((o) => yearOf(o.since)),
  ].filter((y): y is number => y !== undefined);
  const starts = [...figureYears.filter((f) => f.seizures).map((f) => f.year), ...data.events.map((e) => yearOf(e.date)).filter((y): y is number => y !== undefined)];
  const ends = [...figureYears.map((f) => f.year), ...dated];
  const span = starts.length && ends.length ? yearSpan(Math.min(...starts), Math.max(...ends, ...starts)) : DEFAULT_SPAN;
  spans.set(data, span);
  return span;
}

/** Whether a moment lies within the time control's range. */
export const inRange = (m: Moment, span: TimeSpan = DEFAULT_SPAN) => m.start >= span.start && m.end <= span.end;

/**
 * Whether something dated `since` holds as of `at`: by the end of the period `at` names, the
 * whole period `since` names has begun and ended or at least reached its end. No date means it
 * holds throughout; no moment (the latest) means everything dated holds.
 */
export function holdsAt(since: string | undefined, at: Moment | undefined): boolean {
  if (!since || !at) return true;
  const from = parseMoment(since);
  return !from || from.end <= at.end;
}

/** The roles a country has as of `at`: its first role is dated by `since` (e.g. joining the coalition) and missing before it. */
export function rolesAt(country: Country, at: Moment | undefined): CountryRole[] {
  return holdsAt(country.since, at) ? country.roles : country.roles.slice(1);
}

/** An agreement's latest step reached as of `at`, and the next step, which may have no date in the sources. */
export function agreementAt(agreement: Agreement, at: Moment | undefined): {reached?: AgreementStep; next?: AgreementStep} {
  const reached = agreement.steps.filter((s) => s.date && holdsAt(s.date, at)).at(-1);
  const next = agreement.steps[reached ? agreement.steps.indexOf(reached) + 1 : 0];
  return {...(reached ? {reached} : {}), ...(next ? {next} : {})};
}

/** The response as of a moment (the latest, when none): what the map draws and says. */
export interface ResponseState {
  at?: Moment;
  /** Countries as drawn: each with the roles it has by then; those with none left are missing. */
  countries: Country[];
  /** Coalition members by then, in the order of the data. */
  members: Country[];
  /** The date of the latest member's joining, if any. */
  membersSince?: string;
  agreements: {country: Country; agreement: Agreement; reached?: AgreementStep; next?: AgreementStep}[];
  /** Organisations, programmes and posts that exist by then (those without a start date always). */
  organisations: Organisation[];
  /** Events that have happened by then, in date order. */
  events: TimelineEvent[];
}

/** Events in date order; of two with the same start, the more precise one after (it is known to be later or equal). */
export function eventsInOrder(events: TimelineEvent[]): TimelineEvent[] {
  const start = (e: TimelineEvent) => parseMoment(e.date)?.start ?? 0;
  const rank = {year: 0, month: 1, day: 2};
  return [...events].sort((a, b) => start(a) - start(b) || rank[parseMoment(a.date)?.precision ?? 'day'] - rank[parseMoment(b.date)?.precision ?? 'day']);
}

export function responseAt(data: RouteData, at: Moment | undefined): ResponseState {
  const countries = data.countries.flatMap((c) => {
    const roles = rolesAt(c, at);
    return roles.length ? [roles === c.roles ? c : {...c, roles}] : [];
  });
  const members = countries.filter((c) => c.roles.includes('coalition'));
  const dated = data.countries.filter((c) => c.roles[0] === 'coalition' && c.since && members.some((m) => m.id === c.id));
  const membersSince = dated.map((c) => c.since!).sort((a, b) => parseMoment(a)!.end - parseMoment(b)!.end).at(-1);
  return {
    ...(at ? {at} : {}),
    countries, members, ...(membersSince ? {membersSince} : {}),
    agreements: data.countries.flatMap((country) => (country.agreements ?? []).map((agreement) => ({country, agreement, ...agreementAt(agreement, at)}))),
    organisations: data.organisations.filter((o) => holdsAt(o.since, at)),
    events: eventsInOrder(data.events).filter((e) => holdsAt(e.date, at)),
  };
}

