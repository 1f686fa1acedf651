/**
 * The validated records indexed for the element: by id for selection and hover, countries by
 * ISO code for what the basemap's shapes are, places by id for names. Pure, so Node tests cover it.
 */
import type {Country, Organisation, Port, Route, RouteData} from './schema';
import {nameIn} from './format';
import type {Lang} from '../i18n/strings';

/** One record of any kind: what the pointer is over, what is selected, what the navigator steps to. */
export type Hovered =
  | {kind: 'route'; route: Route}
  | {kind: 'port'; port: Port}
  | {kind: 'country'; country: Country}
  | {kind: 'organisation'; organisation: Organisation};

/** The record itself. */
export const recordOf = (hovered: Hovered): Route | Port | Country | Organisation =>
  hovered.kind === 'route' ? hovered.route : hovered.kind === 'port' ? hovered.port
    : hovered.kind === 'country' ? hovered.country : hovered.organisation;

export interface Records {
  /** Every record by id. */
  byId: ReadonlyMap<string, Hovered>;
  /** Countries by ISO 3166 alpha-3 code, as the basemap's shapes carry it. */
  countriesByIso: ReadonlyMap<string, Country>;
  /** Countries and ports by id, for the names of a route's stops. */
  places: ReadonlyMap<string, Port | Country>;
}

export const NO_RECORDS: Records = {byId: new Map(), countriesByIso: new Map(), places: new Map()};

export function indexRecords(data: RouteData): Records {
  return {
    byId: new Map<string, Hovered>([
      ...data.routes.map((route): [string, Hovered] => [route.id, {kind: 'route', route}]),
      ...data.ports.map((port): [string, Hovered] => [port.id, {kind: 'port', port}]),
      ...data.countries.map((country): [string, Hovered] => [country.id, {kind: 'country', country}]),
      ...data.organisations.map((organisation): [string, Hovered] => [organisation.id, {kind: 'organisation', organisation}]),
    ]),
    countriesByIso: new Map(data.countries.map((c) => [c.iso3, c])),
    places: new Map<string, Port | Country>([...data.countries, ...data.ports].map((f) => [f.id, f])),
  };
}

/** A place's name in this language, by id; the id itself for a place not in the records. */
export const placeNamer = (records: Records, lang: Lang) => (id: string): string => {
  const place = records.places.get(id);
  return place ? nameIn(place.name, lang) : id;
};
