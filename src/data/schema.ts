/**
 * The typed records every layer is drawn from. GeoJSON in `geo/` (or a user's `data` URL)
 * is validated into these by `validate.ts`; nothing that draws reads raw GeoJSON.
 */

export type LngLat = [lon: number, lat: number];

/** How much trust a feature or figure deserves; shown on screen. */
export type Confidence = 'official' | 'secondary' | 'estimate' | 'illustrative';
export const CONFIDENCES: readonly Confidence[] = ['official', 'secondary', 'estimate', 'illustrative'];

/** A text in both interface languages. */
export interface Names {
  en: string;
  nl: string;
}

/**
 * Who published a source: `official` (a ministry, agency, prosecutor, customs, police, port authority,
 * UN or EU body, parliament), `press` (a newspaper, wire, broadcaster or trade paper) or `research`
 * (a think tank or academic work). Official sources are listed first wherever sources are listed.
 */
export type SourceKind = 'official' | 'press' | 'research';
export const SOURCE_KINDS: readonly SourceKind[] = ['official', 'press', 'research'];

/** Where a figure or claim comes from. */
export interface Source {
  publisher: string;
  /** Required in `geo/` (the data check says so); a user's bundle may leave it out. */
  kind?: SourceKind;
  title: string;
  /** Publication date: ISO date, year-month or year, as precise as known; absent when unknown. */
  date?: string;
  /** Only http(s) addresses are kept. */
  url?: string;
}

export type Unit = 'kg' | 't' | 'ha' | '%' | 'EUR million' | 'count';
export const UNITS: readonly Unit[] = ['kg', 't', 'ha', '%', 'EUR million', 'count'];

export type Qualifier = 'about' | 'more than' | 'at least' | 'estimated';
export const QUALIFIERS: readonly Qualifier[] = ['about', 'more than', 'at least', 'estimated'];

/** One number with its year, unit and the source it came from. */
export interface Figure {
  /** What is counted, e.g. `seizures` (a year's total at that place) or `coca-area`; see geo/README.md. */
  metric: string;
  value: number;
  unit: Unit;
  year: number;
  /** "about", "more than", "estimated": the source's own hedge, kept with the number. */
  qualifier?: Qualifier;
  /** The source's range around `value`, in the same unit: `low` ≤ `value` ≤ `high`. Both or neither. */
  low?: number;
  high?: number;
  /** A short explanation of what exactly the number counts. */
  note?: Names;
  /** Index into the feature's `sources`. */
  source: number;
  /** The source itself calls the figure provisional. */
  provisional?: boolean;
  /** How far to trust this number; the feature's confidence when not given. */
  confidence?: Confidence;
}

interface Common {
  id: string;
  name: Names;
  /** A sentence on the feature's role, in both languages. */
  description?: Names;
  confidence: Confidence;
  sources: Source[];
  figures: Figure[];
  /** The date this feature's content was last checked against its sources. */
  asOf: string;
}

export type PortKind = 'seaport' | 'airport' | 'hub' | 'region' | 'city';
export type PortRole = 'departure' | 'transit' | 'entry' | 'destination';

/** A port, airport, transit hub or destination region. */
export interface Port extends Common {
  kind: PortKind;
  role: PortRole;
  /** ISO 3166-1 alpha-3 code of the country the place lies in; empty for regions. */
  country: string;
  position: LngLat;
}

export type CountryRole = 'producer' | 'transit' | 'coalition' | 'partner' | 'destination';
export const COUNTRY_ROLES: readonly CountryRole[] = ['producer', 'transit', 'coalition', 'partner', 'destination'];

/** A country's roles; its shape comes from the basemap, joined by `iso3`. */
export interface Country extends Common {
  iso3: string;
  /** Most important first: the first role picks the fill colour. */
  roles: CountryRole[];
  /** Where routes start or end at this country, if any do. */
  position?: LngLat;
  /** Since when the first role holds (e.g. joining the coalition), as precise as known; before it the country is drawn without that role. */
  since?: string;
  /** Agreements with the Netherlands, step by step (e.g. the treaties with the UAE). */
  agreements?: Agreement[];
}

export type AgreementStepName = 'talks' | 'main-lines' | 'signed' | 'in-force';
export const AGREEMENT_STEPS: readonly AgreementStepName[] = ['talks', 'main-lines', 'signed', 'in-force'];

/** One step of an agreement; a step the sources give no date for has none, and the map says so. */
export interface AgreementStep {
  step: AgreementStepName;
  date?: string;
  /** Index into the country's `sources`. */
  source?: number;
}

/** A treaty or agreement, its steps in order. */
export interface Agreement {
  name: Names;
  steps: AgreementStep[];
}

/**
 * source: producer to departure port · ocean: from a departure port or hub towards Europe ·
 * onward: cocaine out of the Netherlands · synthetic: synthetic drugs exported from the
 * Netherlands · money: criminal proceeds moved abroad.
 */
export type Leg = 'source' | 'ocean' | 'onward' | 'synthetic' | 'money';
export const LEGS: readonly Leg[] = ['source', 'ocean', 'onward', 'synthetic', 'money'];
/** The legs that leave the Netherlands: where they start is what their chapters are about. */
export const OUTBOUND_LEGS: ReadonlySet<Leg> = new Set(['onward', 'synthetic', 'money']);

/** One leg of a trafficking chain, drawn as an arc from `from` to `to`. */
export interface Route extends Common {
  leg: Leg;
  from: string;
  to: string;
  /** Named hubs passed on the way (ids), for the tooltip, when the hub has no leg of its own. */
  via: string[];
  /** Ids of the trafficking chains (producer → port → hub → European port) this leg belongs to. */
  chains: string[];
  /**
   * Arc width. `sourced` when the width is a figure from `figures`; otherwise an
   * `illustrative` weight that only ranks routes and must be shown as such.
   */
  weight: {value: number; basis: 'sourced' | 'illustrative'};
  sourcePosition: LngLat;
  targetPosition: LngLat;
}

export type OrganisationKind = 'agency' | 'service' | 'liaison' | 'alliance';

/** An organisation that works against the trade, at its seat; or a Dutch liaison post. */
export interface Organisation extends Common {
  kind: OrganisationKind;
  /** ISO 3166-1 alpha-3 code of the country of the seat. */
  country: string;
  position: LngLat;
  /** What it does, in one sentence, and the index of the source that says so. */
  does?: Names & {source: number};
  /** Since when it exists (a programme's signing, an alliance's launch), as precise as known; shown from then on. */
  since?: string;
}

/** A dated step in the response: a meeting, a plan, a treaty, an operation. */
export interface TimelineEvent extends Common {
  /** ISO date, as precise as the sources allow. */
  date: string;
  /** Where it happened, when that is known: the point and its name. */
  position?: LngLat;
  place?: Names;
  /** Ids of the countries, ports or organisations it concerns. */
  concerns: string[];
}

/** Everything the map draws. */
export interface RouteData {
  routes: Route[];
  ports: Port[];
  countries: Country[];
  organisations: Organisation[];
  events: TimelineEvent[];
}

export type LayerName = keyof RouteData;
export const LAYER_NAMES: readonly LayerName[] = ['routes', 'ports', 'countries', 'organisations', 'events'];
/** The layers whose records name the country they lie in: a user's are checked against it as they load. */
export const PLACED: readonly LayerName[] = ['ports', 'organisations', 'countries'];

/** A problem found in input; the feature it names was skipped (or, with no index, the whole file). */
export interface Problem {
  /** The file or URL the input came from. */
  file: string;
  /** Feature index in the file's `features`, when a single feature is at fault. */
  index?: number;
  /** The feature's id or name, when it has one. */
  id?: string;
  message: string;
}
