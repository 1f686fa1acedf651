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

/** The years the time control covers: those of the seizure figures, in which every event falls. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
export const TIME_RANGE = {start: Date.UTC(FIRST_YEAR, 0, 1), end: Date.UTC(LAST_YEAR + 1, 0, 1)};

/** Whether a moment lies within the time control's range. */
export const inRange = (m: Moment) => m.start >= TIME_RANGE.start && m.end <= TIME_RANGE.end;

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

/** The control's steps: every month of the range, `YYYY-MM`. */
export const MONTHS: string[] = Array.from({length: (LAST_YEAR - FIRST_YEAR + 1) * 12}, (_, i) =>
  `${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
