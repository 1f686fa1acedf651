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

/** Where a figure or claim comes from. */
export interface Source {
  publisher: string;
  title: string;
  /** ISO date or year-month, as precise as the source allows. */
  date: string;
  /** Only http(s) addresses are kept. */
  url?: string;
}

/** One number with its year, unit and the source it came from. */
export interface Figure {
  /** What is counted, e.g. `seizures` (a year's total at that place) or `coca-area`. */
  metric: string;
  value: number;
  unit: 'kg' | 't' | 'ha';
  year: number;
  /** "about", "more than": the source's own hedge, kept with the number. */
  qualifier?: 'about' | 'more than' | 'at least';
  /** A short explanation of what exactly the number counts. */
  note?: Names;
  /** Index into the feature's `sources`. */
  source: number;
  /** The source itself calls the figure provisional. */
  provisional?: boolean;
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

export type PortKind = 'seaport' | 'airport' | 'hub' | 'region';
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
  /** Since when the role holds (e.g. joining the coalition), ISO date. */
  since?: string;
}

/** source: producer to departure port · ocean: across to a European port · onward: out of the Netherlands. */
export type Leg = 'source' | 'ocean' | 'onward';
export const LEGS: readonly Leg[] = ['source', 'ocean', 'onward'];

/** One leg of a trafficking chain, drawn as an arc from `from` to `to`. */
export interface Route extends Common {
  leg: Leg;
  from: string;
  to: string;
  /** Named hubs passed on the way (ids), for the tooltip. */
  via: string[];
  /**
   * Arc width. `sourced` when the width is a figure from `figures`; otherwise an
   * `illustrative` weight that only ranks routes and must be shown as such.
   */
  weight: {value: number; basis: 'sourced' | 'illustrative'};
  sourcePosition: LngLat;
  targetPosition: LngLat;
}

/** Everything the map draws. */
export interface RouteData {
  routes: Route[];
  ports: Port[];
  countries: Country[];
}

export type LayerName = keyof RouteData;
export const LAYER_NAMES: readonly LayerName[] = ['routes', 'ports', 'countries'];

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
