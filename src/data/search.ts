/**
 * Finding a record by name: ports and places, countries, organisations, events of the response
 * and routes, in either language's names, ignoring case and diacritics ("curacao" finds Curaçao,
 * "Antwerpen" finds Antwerp). Each answer says what it is and where. Pure, so Node tests cover it.
 */
import type {Names, RouteData} from './schema';
import {formatDate, nameIn} from './format';
import {STRINGS, type Lang} from '../i18n/strings';

export type FoundKind = 'port' | 'country' | 'organisation' | 'event' | 'route';

/** One record as search knows it. */
export interface Entry {
  id: string;
  kind: FoundKind;
  name: Names;
  /** The country or place it lies in, when its name does not say so already. */
  where?: Names;
  /** What it is, in words, by language. */
  what: Names;
  /** Its names, folded (see `fold`); then where it is, folded. */
  keys: string[];
  whereKeys: string[];
}

/** The order kinds come in when they match equally well. */
const KIND_ORDER: Record<FoundKind, number> = {port: 0, country: 1, organisation: 2, event: 3, route: 4};

/** What a search looks at of the text it is given: enough for any name, so 10,000 characters answer at once. */
export const QUERY_LIMIT = 80;

/** Lower case, no diacritics, punctuation as spaces: "Moín / Limón" → "moin limon", "Curaçao" → "curacao". */
export function fold(text: string): string {
  return text.slice(0, 400).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const bothLanguages = (names: Names | undefined): string[] => (names ? [...new Set([fold(names.en), fold(names.nl)])].filter(Boolean) : []);

/** What each kind of answer is called, in both languages (loaded with the search, not before the first picture). */
const KINDS = {
  en: {
    portRoles: {departure: 'port of departure', transit: 'transit hub', entry: 'European port of entry', destination: 'destination'},
    roles: {producer: 'producer country', transit: 'transit country', coalition: 'coalition country', partner: 'partner country', destination: 'destination'},
    organisationKinds: {agency: 'international organisation', service: 'Dutch services at the port', liaison: 'Dutch liaison post', alliance: 'alliance or programme'},
    event: (date: string) => `event of the response, ${date}`,
    route: (leg: string) => `route, ${leg}`,
  },
  nl: {
    portRoles: {departure: 'vertrekhaven', transit: 'doorvoerknooppunt', entry: 'Europese binnenkomsthaven', destination: 'bestemming'},
    roles: {producer: 'productieland', transit: 'doorvoerland', coalition: 'land van de coalitie', partner: 'partnerland', destination: 'bestemming'},
    organisationKinds: {agency: 'internationale organisatie', service: 'Nederlandse diensten in de haven', liaison: 'Nederlandse verbindingspost', alliance: 'alliantie of programma'},
    event: (date: string) => `gebeurtenis in de aanpak, ${date}`,
    route: (leg: string) => `route, ${leg}`,
  },
} satisfies Record<Lang, unknown>;

/** Both languages' words for something. */
const words = (pick: (kinds: (typeof KINDS)['en'], lang: Lang) => string): Names => ({en: pick(KINDS.en, 'en'), nl: pick(KINDS.nl, 'nl')});

/** Every record of the data, ready to be searched. */
export function searchIndex(data: RouteData): Entry[] {
  const countryByIso = new Map(data.countries.map((c) => [c.iso3, c]));
  // Where a record lies, unless its own name already says it ("Willemstad (Curaçao)").
  const unsaid = (name: Names, where: Names | undefined): Names | undefined =>
    !where || fold(name.en).includes(fold(where.en)) || fold(name.nl).includes(fold(where.nl)) ? undefined : where;
  const whereOf = (name: Names, iso3: string) => unsaid(name, countryByIso.get(iso3)?.name);
  const entry = (id: string, kind: FoundKind, name: Names, what: Names, where?: Names): Entry =>
    ({id, kind, name, what, where, keys: bothLanguages(name), whereKeys: bothLanguages(where)});
  return [
    ...data.ports.map((p) => entry(p.id, 'port', p.name, words((k) => k.portRoles[p.role]), p.kind === 'region' ? undefined : whereOf(p.name, p.country))),
    ...data.countries.map((c) => entry(c.id, 'country', c.name, words((k) => k.roles[c.roles[0]]))),
    ...data.organisations.map((o) => entry(o.id, 'organisation', o.name, words((k) => k.organisationKinds[o.kind]), whereOf(o.name, o.country))),
    ...data.events.map((e) => entry(e.id, 'event', e.name, words((k, lang) => k.event(formatDate(e.date, lang))), unsaid(e.name, e.place))),
    ...data.routes.map((r) => entry(r.id, 'route', r.name, words((k, lang) => k.route(STRINGS[lang].legs[r.leg])))),
  ];
}

/**
 * How well `key` answers `query`: 0 the whole name, 1 its start, 2 a word's start, 3 anywhere in
 * it, 4 each of its words somewhere in it ("hamburg meeting"); -1 not at all.
 */
function rank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (` ${key}`.includes(` ${query}`)) return 2;
  if (key.includes(query)) return 3;
  return query.includes(' ') && query.split(' ').every((word) => key.includes(word)) ? 4 : -1;
}

export interface Found {
  entry: Entry;
  /** Lower is better. */
  score: number;
}

/**
 * The entries that answer `query`, best first: by how well a name matches (a match of where it
 * lies counts less), then ports, countries, organisations, events and routes, then by name.
 * Nothing for a query with no letters or digits.
 */
export function search(entries: readonly Entry[], query: string, lang: Lang, limit = 8): {found: Found[]; total: number} {
  const q = fold(query.slice(0, QUERY_LIMIT));
  if (!q) return {found: [], total: 0};
  const found: Found[] = [];
  for (const entry of entries) {
    const own = Math.min(...entry.keys.map((k) => rank(k, q)).filter((r) => r >= 0));
    const near = Math.min(...entry.whereKeys.map((k) => rank(k, q)).filter((r) => r >= 0));
    const score = Number.isFinite(own) ? own : Number.isFinite(near) ? 5 + near : -1;
    if (score >= 0) found.push({entry, score});
  }
  found.sort((a, b) => a.score - b.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind]
    || nameIn(a.entry.name, lang).localeCompare(nameIn(b.entry.name, lang), lang));
  return {found: found.slice(0, limit), total: found.length};
}

/** An answer in words: "Willemstad (Curaçao): transit hub", "Santos (Brazil): port of departure". */
export function foundText(entry: Entry, lang: Lang): {name: string; where?: string; what: string} {
  return {name: nameIn(entry.name, lang), where: entry.where && nameIn(entry.where, lang), what: nameIn(entry.what, lang)};
}
