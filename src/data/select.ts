/**
 * What is drawn: a view says which kinds of record show and which are brought forward; select
 * picks the records it draws. Pure functions over validated data, so the same rules serve the
 * map, the export and the tests, and the layers depend on data alone, not on the story.
 */
import type {Country, LngLat, Organisation, Port, Route, RouteData, TimelineEvent} from './schema';
import {parseMoment, responseAt, type ResponseState} from './time';
import {recordOf, type Records} from './records';
import {LEGS, OUTBOUND_LEGS, type Leg} from './schema';

export interface View {
  legs: ReadonlySet<Leg>;
  ports: boolean;
  organisations: boolean;
  countries: boolean;
  /** Events that have a place are marked there. */
  events: boolean;
  /** Ids brought forward; empty means everything is. */
  highlight: ReadonlySet<string>;
  year?: number;
  /** The moment shown (YYYY, YYYY-MM or YYYY-MM-DD): the response as of then; the latest when absent. */
  date?: string;
}

/** Everything, nothing dimmed: the map outside a story. */
export const EXPLORE: View = {legs: new Set(LEGS), ports: true, organisations: true, countries: true, events: true, highlight: new Set()};

/** A view that brings one record forward (a selected or hovered port, country, route…). */
export const withFocus = (view: View, id: string): View => ({...view, highlight: new Set([id])});

export interface Selection {
  routes: Route[];
  ports: Port[];
  organisations: Organisation[];
  /** Countries where drawn flows start as at a point (the Netherlands for onward, synthetic and money flows): marked and named there. */
  origins: Country[];
  /** Events that have happened by the moment shown and have a place, marked there. */
  events: TimelineEvent[];
  /** The response as of the moment shown: members, agreements, organisations, events. */
  response: ResponseState;
  /** Ids drawn at full strength, or null when nothing is dimmed. */
  emphasised: ReadonlySet<string> | null;
  /** ISO codes of highlighted countries, or null when no country is singled out. */
  countryFocus: string[] | null;
}

/** The records a view draws. In a chapter, ports show when a visible route touches them, or they or their country are highlighted. */
export function select(data: RouteData, view: View): Selection {
  const h = view.highlight;
  const routes = data.routes.filter((r) => view.legs.has(r.leg));
  const focusCountries = data.countries.filter((c) => h.has(c.id));
  const focusIsos = new Set(focusCountries.map((c) => c.iso3));
  let ports: Port[] = [];
  if (view.ports) {
    if (!view.highlight.size && view.legs.size === LEGS.length) ports = data.ports;
    else {
      const touched = new Set(routes.flatMap((r) => [r.from, r.to, ...r.via]));
      ports = data.ports.filter((p) => touched.has(p.id) || h.has(p.id) || focusIsos.has(p.country));
    }
  }
  const response = responseAt(data, view.date ? parseMoment(view.date) : undefined);
  const organisations = view.organisations ? response.organisations : [];
  const events = view.events ? response.events.filter((e) => e.position) : [];
  let emphasised: Set<string> | null = null;
  if (h.size) {
    emphasised = new Set(h);
    // The highlighted countries' ports, then every route that touches anything highlighted:
    // a port's inbound and onward flows, a country's routes through its ports.
    for (const p of ports) if (focusIsos.has(p.country)) emphasised.add(p.id);
    const touched = new Set(emphasised);
    for (const r of routes) {
      if ([r.id, r.from, r.to, ...r.via].some((id) => touched.has(id))) {
        emphasised.add(r.id);
        emphasised.add(r.from);
        emphasised.add(r.to);
      }
    }
  }
  const origins = originCountries(data, routes);
  return {routes, ports, organisations, origins, events, response, emphasised, countryFocus: focusCountries.length ? [...focusIsos] : null};
}

/**
 * Countries that outbound `routes` leave from at a point of their own, as the Netherlands'
 * synthetic drugs and money do; marked there, as no port is.
 */
export function originCountries(data: RouteData, routes: Route[] = data.routes): Country[] {
  const from = new Set(routes.filter((r) => OUTBOUND_LEGS.has(r.leg)).map((r) => r.from));
  return data.countries.filter((c) => c.position && from.has(c.id));
}

/** Where the record with this id is, if it is a place: none or one position. */
export function positionOf(id: string, records: Records): LngLat[] {
  const found = records.byId.get(id);
  const position = found && (recordOf(found) as {position?: LngLat}).position;
  return position ? [position] : [];
}

/** What a selection brings into view: the record, and the ends of the flows it brings forward. */
export function selectionPoints(id: string, selection: Selection, records: Records): LngLat[] {
  const forward = selection.emphasised ?? new Set([id]);
  const ends = selection.routes.filter((r) => forward.has(r.id)).flatMap((r) => [r.sourcePosition, r.targetPosition]);
  return [...positionOf(id, records), ...ends];
}
