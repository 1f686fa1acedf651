/**
 * Validation of GeoJSON input into typed records. Pure functions: no DOM, no fetch.
 * A malformed feature is skipped with a Problem that names file, feature and field;
 * every valid feature is kept. Nothing here throws on bad input.
 */
import {
  AGREEMENT_STEPS, CONFIDENCES, COUNTRY_ROLES, LAYER_NAMES, LEGS, QUALIFIERS, SOURCE_KINDS, UNITS,
  type Agreement, type Confidence, type Country, type Figure, type LayerName, type LngLat, type Names, type Organisation, type Port,
  type Problem, type Route, type RouteData, type Source, type SourceKind, type TimelineEvent,
} from './schema';
import {parseMoment} from './time';

const PORT_KINDS = ['seaport', 'airport', 'hub', 'region', 'city'] as const;
const PORT_ROLES = ['departure', 'transit', 'entry', 'destination'] as const;
const ORGANISATION_KINDS = ['agency', 'service', 'liaison', 'alliance'] as const;

/** Thrown inside a feature's checks and caught per feature, so one bad field skips one feature. */
class FieldError extends Error {}

type Props = Record<string, unknown>;

const isObject = (v: unknown): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(field: string, expected: string, got: unknown): never {
  const shown = typeof got === 'string' ? JSON.stringify(got.length > 40 ? `${got.slice(0, 40)}…` : got) : Array.isArray(got) ? 'an array' : got === null ? 'null' : typeof got === 'number' || typeof got === 'boolean' ? String(got) : typeof got;
  throw new FieldError(`${field} must be ${expected}, got ${shown}`);
}

function text(p: Props, field: string, {optional = false} = {}): string | undefined {
  const v = p[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || v.trim() === '') fail(field, 'a non-empty string', v);
  return v;
}

function oneOf<T extends string>(p: Props, field: string, allowed: readonly T[]): T {
  const v = p[field];
  if (typeof v !== 'string' || !allowed.includes(v as T)) fail(field, `one of ${allowed.join(', ')}`, v);
  return v as T;
}

function names(p: Props, field: string, {optional = false} = {}): Names | undefined {
  const v = p[field];
  if (v === undefined && optional) return undefined;
  if (typeof v === 'string' && v.trim()) return {en: v, nl: v};
  if (!isObject(v)) fail(field, 'an object {en, nl} or a string', v);
  for (const lang of ['en', 'nl']) if (typeof v[lang] !== 'string' || !(v[lang] as string).trim()) fail(`${field}.${lang}`, 'a non-empty string', v[lang]);
  return {en: v.en as string, nl: v.nl as string};
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function date(p: Props, field: string, {optional = false} = {}): string | undefined {
  const v = text(p, field, {optional});
  if (v !== undefined && (!ISO_DATE.test(v) || !parseMoment(v))) fail(field, 'a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD', v);
  return v;
}

function sourceIndex(v: unknown, field: string, sourceCount: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= sourceCount) fail(field, `the index of one of the feature's ${sourceCount} sources`, v);
  return v;
}

/** A longitude/latitude pair; an altitude, if present, is dropped. */
export function position(v: unknown, field: string): LngLat {
  if (!Array.isArray(v) || v.length < 2) fail(field, 'a [longitude, latitude] pair', v);
  const [lon, lat] = v;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) fail(`${field}[0] (longitude)`, 'a number from -180 to 180', lon);
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) fail(`${field}[1] (latitude)`, 'a number from -90 to 90', lat);
  return [lon, lat];
}

function sources(p: Props): Source[] {
  const v = p.sources ?? [];
  if (!Array.isArray(v)) fail('sources', 'an array', v);
  return v.map((s, i) => {
    const field = `sources[${i}]`;
    if (!isObject(s)) fail(field, 'an object {publisher, title, date, url}', s);
    const url = text(s, 'url', {optional: true});
    if (url !== undefined && !/^https?:\/\//i.test(url)) fail(`${field}.url`, 'an http(s) address', url);
    const published = date(s, 'date', {optional: true});
    if (s.kind !== undefined && !SOURCE_KINDS.includes(s.kind as SourceKind)) fail(`${field}.kind`, `one of ${SOURCE_KINDS.join(', ')}`, s.kind);
    const kind = s.kind as SourceKind | undefined;
    return {publisher: text(s, 'publisher')!, ...(kind ? {kind} : {}), title: text(s, 'title')!, ...(published ? {date: published} : {}), ...(url ? {url} : {})};
  });
}

/** A source's range around a value: both ends, in order, the value between them. */
function range(f: Props, field: string, value: number): {low: number; high: number} {
  const {low, high} = f;
  if (typeof low !== 'number' || !Number.isFinite(low)) fail(`${field}.low`, 'a number (a range has both ends)', low);
  if (typeof high !== 'number' || !Number.isFinite(high)) fail(`${field}.high`, 'a number (a range has both ends)', high);
  if (low > high) fail(`${field}.low`, `at most high (${high})`, low);
  if (value < low || value > high) fail(`${field}.value`, `within its range ${low}–${high}`, value);
  return {low, high};
}

function figures(p: Props, sourceCount: number): Figure[] {
  const v = p.figures ?? [];
  if (!Array.isArray(v)) fail('figures', 'an array', v);
  return v.map((f, i) => {
    const field = `figures[${i}]`;
    if (!isObject(f)) fail(field, 'an object', f);
    const value = f.value;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(`${field}.value`, 'a number ≥ 0', value);
    const year = f.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2100) fail(`${field}.year`, 'a year', year);
    const source = sourceIndex(f.source, `${field}.source`, sourceCount);
    const figure: Figure = {metric: text(f, 'metric')!, value, unit: oneOf(f, 'unit', UNITS), year, source};
    if (f.qualifier !== undefined) figure.qualifier = oneOf(f, 'qualifier', QUALIFIERS);
    if (f.note !== undefined) figure.note = names(f, 'note');
    if (f.low !== undefined || f.high !== undefined) Object.assign(figure, range(f, field, value));
    if (f.provisional === true) figure.provisional = true;
    if (f.confidence !== undefined) figure.confidence = oneOf(f, 'confidence', CONFIDENCES);
    return figure;
  });
}

function common(p: Props) {
  const srcs = sources(p);
  const confidence = oneOf(p, 'confidence', CONFIDENCES) as Confidence;
  if (confidence !== 'illustrative' && srcs.length === 0) fail('sources', `at least one source for confidence "${confidence}"`, []);
  return {
    id: text(p, 'id')!,
    name: names(p, 'name')!,
    ...(p.description !== undefined ? {description: names(p, 'description')} : {}),
    confidence,
    sources: srcs,
    figures: figures(p, srcs.length),
    asOf: date(p, 'asOf')!,
  };
}

function pointGeometry(g: unknown, {optional = false} = {}): LngLat | undefined {
  if ((g === null || g === undefined) && optional) return undefined;
  if (!isObject(g) || g.type !== 'Point') fail('geometry', 'a Point', isObject(g) ? g.type : g);
  return position(g.coordinates, 'geometry.coordinates');
}

function ids(p: Props, field: string): string[] {
  const v = p[field] ?? [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x)) fail(field, 'an array of ids', v);
  return v as string[];
}

function iso3(p: Props, field: string): string {
  const code = text(p, field)!;
  if (!/^[A-Z]{3}$/.test(code)) fail(field, 'an ISO 3166-1 alpha-3 code such as "NLD"', code);
  return code;
}

function port(p: Props, geometry: unknown): Port {
  const kind = oneOf(p, 'kind', PORT_KINDS);
  return {
    ...common(p), kind, role: oneOf(p, 'role', PORT_ROLES),
    country: kind === 'region' && p.country === undefined ? '' : iso3(p, 'country'),
    position: pointGeometry(geometry)!,
  };
}

function organisation(p: Props, geometry: unknown): Organisation {
  const c = common(p);
  const since = date(p, 'since', {optional: true});
  let does: Organisation['does'];
  if (p.does !== undefined) {
    if (!isObject(p.does)) fail('does', 'an object {en, nl, source}', p.does);
    does = {...names(p, 'does')!, source: sourceIndex(p.does.source, 'does.source', c.sources.length)};
  }
  return {...c, kind: oneOf(p, 'kind', ORGANISATION_KINDS), country: iso3(p, 'country'), position: pointGeometry(geometry)!, ...(does ? {does} : {}), ...(since ? {since} : {})};
}

function agreements(p: Props, sourceCount: number): Agreement[] | undefined {
  if (p.agreements === undefined) return undefined;
  if (!Array.isArray(p.agreements)) fail('agreements', 'an array', p.agreements);
  return p.agreements.map((a: unknown, i) => {
    const field = `agreements[${i}]`;
    if (!isObject(a) || !Array.isArray(a.steps) || !a.steps.length) fail(field, 'an object {name, steps} with at least one step', a);
    const steps = a.steps.map((s: unknown, j) => {
      if (!isObject(s)) fail(`${field}.steps[${j}]`, 'an object {step, date, source}', s);
      const when = date(s, 'date', {optional: true});
      return {step: oneOf(s, 'step', AGREEMENT_STEPS), ...(when ? {date: when} : {}), ...(s.source !== undefined ? {source: sourceIndex(s.source, `${field}.steps[${j}].source`, sourceCount)} : {})};
    });
    return {name: names(a, 'name')!, steps};
  });
}

function timelineEvent(p: Props, geometry: unknown): TimelineEvent {
  const position = pointGeometry(geometry, {optional: true});
  const place = names(p, 'place', {optional: true});
  return {...common(p), date: date(p, 'date')!, concerns: ids(p, 'concerns'), ...(position ? {position} : {}), ...(place ? {place} : {})};
}

function country(p: Props, geometry: unknown): Country {
  const code = iso3(p, 'iso3');
  const roles = p.roles;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => !COUNTRY_ROLES.includes(r))) {
    fail('roles', `a non-empty array of ${COUNTRY_ROLES.join(', ')}`, roles);
  }
  const position = pointGeometry(geometry, {optional: true});
  const since = date(p, 'since', {optional: true});
  const c = common(p);
  const agreed = agreements(p, c.sources.length);
  return {...c, iso3: code, roles, ...(position ? {position} : {}), ...(since ? {since} : {}), ...(agreed ? {agreements: agreed} : {})};
}

/** A route before its ends are resolved against ports and countries. */
type RouteDraft = Omit<Route, 'sourcePosition' | 'targetPosition'> & {line?: LngLat[]};

function routeDraft(p: Props, geometry: unknown): RouteDraft {
  const c = common(p);
  const weight = p.weight;
  if (!isObject(weight)) fail('weight', 'an object {value, basis}', weight);
  if (typeof weight.value !== 'number' || !Number.isFinite(weight.value) || weight.value <= 0) fail('weight.value', 'a number > 0', weight.value);
  const basis = oneOf(weight, 'basis', ['sourced', 'illustrative'] as const);
  if (basis === 'sourced' && c.figures.length === 0) fail('weight.basis', '"illustrative" when the route has no figures', basis);
  if (basis === 'illustrative' && c.confidence !== 'illustrative' && c.figures.length === 0 && c.sources.length === 0) {
    fail('confidence', '"illustrative" for a route with neither figures nor sources', c.confidence);
  }
  const via = ids(p, 'via');
  let line: LngLat[] | undefined;
  if (geometry !== null && geometry !== undefined) {
    if (!isObject(geometry) || geometry.type !== 'LineString' || !Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2) {
      fail('geometry', 'null or a LineString of at least 2 positions', isObject(geometry) ? geometry.type : geometry);
    }
    line = geometry.coordinates.map((c, i) => position(c, `geometry.coordinates[${i}]`));
  }
  const from = line ? (text(p, 'from', {optional: true}) ?? '') : text(p, 'from')!;
  const to = line ? (text(p, 'to', {optional: true}) ?? '') : text(p, 'to')!;
  return {...c, leg: oneOf(p, 'leg', LEGS), from, to, via, chains: ids(p, 'chains'), weight: {value: weight.value, basis}, ...(line ? {line} : {})};
}

const PARSERS = {ports: port, countries: country, routes: routeDraft, organisations: organisation, events: timelineEvent};

export interface Validated<T> {
  records: T[];
  problems: Problem[];
}

/**
 * Checks that `json` is a GeoJSON FeatureCollection and turns each valid feature into a record.
 * Routes come back as drafts; `resolveRoutes` places their ends.
 */
export function validateCollection<L extends LayerName>(file: string, layer: L, json: unknown, seen = new Set<string>(), accept?: Accept): Validated<ReturnType<(typeof PARSERS)[L]>> {
  type T = ReturnType<(typeof PARSERS)[L]>;
  // A layer's name comes from the calling code, not the data: an unknown one is a programming error.
  if (!(LAYER_NAMES as readonly string[]).includes(layer)) throw new RangeError(`unknown layer ${JSON.stringify(layer)}; the layers are ${LAYER_NAMES.join(', ')}`);
  const problems: Problem[] = [];
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    const what = isObject(json) ? `type ${JSON.stringify(json.type ?? null)}` : Array.isArray(json) ? 'an array' : typeof json;
    problems.push({file, message: `not a GeoJSON FeatureCollection with a features array (found ${what}); nothing in it is shown`});
    return {records: [], problems};
  }
  const records: T[] = [];
  json.features.forEach((f: unknown, index: number) => {
    const props = isObject(f) && isObject(f.properties) ? f.properties : undefined;
    const id = props && typeof props.id === 'string' ? props.id : undefined;
    try {
      if (!isObject(f) || f.type !== 'Feature') fail('type', '"Feature"', isObject(f) ? f.type : f);
      if (!props) fail('properties', 'an object', f.properties);
      const record = PARSERS[layer](props, f.geometry) as T;
      if (seen.has(record.id)) fail('id', `unique among the ${layer}`, record.id);
      seen.add(record.id);
      const verdict = accept?.(layer, record);
      // A kept record is said without its index: it is not counted among the skipped.
      if (verdict) problems.push(verdict.keep ? {file, id: record.id, message: verdict.message} : {file, index, id: record.id, message: `${verdict.message}; skipped`});
      if (!verdict || verdict.keep) records.push(record);
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      problems.push({file, index, ...(id ? {id} : {}), message: e.message});
    }
  });
  return {records, problems};
}

/**
 * A further check of each valid record (the loader checks a user's places against their country):
 * nothing to accept it; else why not, and whether it is kept all the same.
 */
export type Accept = (layer: LayerName, record: {id: string}) => {message: string; keep?: boolean} | undefined;

/** Where a route's drafts came from, for messages. */
type Located<T> = T & {file: string};

/** Places each route's ends from its geometry or from the places (ports, countries, organisations) it names. */
export function resolveRoutes(drafts: Located<RouteDraft>[], places: Map<string, LngLat>): Validated<Route> {
  const problems: Problem[] = [];
  const routes: Route[] = [];
  for (const {line, file, ...draft} of drafts) {
    const unknown = [draft.from, draft.to, ...draft.via].filter((ref) => ref && !places.has(ref));
    if (unknown.length) {
      problems.push({file, id: draft.id, message: `names unknown place${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')}; skipped`});
      continue;
    }
    routes.push({
      ...draft,
      sourcePosition: line ? line[0] : places.get(draft.from)!,
      targetPosition: line ? line[line.length - 1] : places.get(draft.to)!,
    });
  }
  return {records: routes, problems};
}

/** One input file: its name for messages and its parsed JSON. */
export interface Input {
  file: string;
  json: unknown;
}

/**
 * Validates all layers together, so routes can refer to places and events to anything.
 * A layer may come from several files (e.g. routes from routes, onward, synthetics and money).
 * Events that concern unknown ids keep the rest of their references, and each such id is reported,
 * unless `quietReferences` (a user's data replaced the places the bundled events name);
 * `strict` (the data check) skips such an event instead.
 */
export function validateData(inputs: Partial<Record<LayerName, Input | Input[]>>, {strict = false, quietReferences = false, accept}: {strict?: boolean; quietReferences?: boolean; accept?: Accept} = {}): {data: RouteData; problems: Problem[]} {
  const problems: Problem[] = [];
  const take = <L extends LayerName>(layer: L) => {
    const seen = new Set<string>();
    return [inputs[layer] ?? []].flat().flatMap(({file, json}) => {
      const result = validateCollection(file, layer, json, seen, accept);
      problems.push(...result.problems);
      return result.records.map((r) => ({...r, file}));
    });
  };
  const strip = <T extends {file: string}>(list: T[]) => list.map(({file: _, ...rest}) => rest);
  const ports = strip(take('ports')) as Port[];
  const countries = strip(take('countries')) as Country[];
  const organisations = strip(take('organisations')) as Organisation[];
  const located = take('routes') as Located<RouteDraft>[];
  const events = take('events') as Located<TimelineEvent>[];

  const places = new Map<string, LngLat>();
  for (const c of countries) if (c.position) places.set(c.id, c.position);
  for (const p of [...ports, ...organisations]) places.set(p.id, p.position);
  const routes = resolveRoutes(located, places);
  problems.push(...routes.problems);

  const known = new Set([...places.keys(), ...countries.map((c) => c.id), ...routes.records.map((r) => r.id)]);
  const resolvedEvents: TimelineEvent[] = [];
  for (const {file, ...event} of events) {
    const unknown = event.concerns.filter((id) => !known.has(id));
    const named = unknown.map((u) => JSON.stringify(u)).join(', ');
    const ids = `unknown id${unknown.length > 1 ? 's' : ''}`;
    if (unknown.length && strict) {
      problems.push({file, id: event.id, message: `concerns ${ids} ${named}; skipped`});
      continue;
    }
    // Not a skipped feature: the event shows, without what it cannot point to.
    if (unknown.length && !quietReferences) problems.push({file, message: `event ${JSON.stringify(event.id)} concerns ${ids} ${named}; shown without ${unknown.length > 1 ? 'them' : 'it'}`});
    resolvedEvents.push({...event, concerns: event.concerns.filter((id) => known.has(id))});
  }
  return {data: {routes: routes.records, ports, countries, organisations, events: resolvedEvents}, problems};
}

export const EMPTY_DATA: RouteData = Object.fromEntries(LAYER_NAMES.map((l) => [l, []])) as unknown as RouteData;

/** One line per problem, e.g. `geo/ports.geojson: feature 12 ("guayaquil"): geometry must be a Point, got null`. */
export function describeProblem(p: Problem): string {
  const where = p.index !== undefined ? `feature ${p.index}${p.id ? ` (${JSON.stringify(p.id)})` : ''}` : p.id ? `feature ${JSON.stringify(p.id)}` : '';
  return `${p.file}: ${where ? `${where}: ` : ''}${p.message}`;
}

/** Per input, how many of its features were skipped: a problem with a feature index or id is one skipped feature. */
export function skippedPerFile(problems: Problem[]): {file: string; skipped: number}[] {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.index !== undefined || p.id !== undefined) counts.set(p.file, (counts.get(p.file) ?? 0) + 1);
  return [...counts].map(([file, skipped]) => ({file, skipped}));
}
