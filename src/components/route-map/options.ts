/**
 * The list-valued attributes `layers` and `controls`: parsed into sets of known names, with a
 * problem for every name that is not one. Pure, so Node tests cover every spelling.
 */
import {COUNTRY_ROLES, LEGS, type Problem} from '../../data/schema';

/** What `layers` may name: the legs, ports, organisations, events, every country role, or `countries` for all roles. */
export const LAYER_SWITCHES = [...LEGS, 'ports', 'organisations', 'events', ...COUNTRY_ROLES] as const;
const LAYER_WORDS = [...LAYER_SWITCHES, 'countries'];

/** What `controls` may name. */
export const CONTROLS = ['search', 'legend', 'story', 'table', 'projection', 'time'] as const;
export type Control = (typeof CONTROLS)[number];

export interface ParsedList<T extends string> {
  /** The names given; `undefined` when the attribute is absent, meaning all. */
  names?: ReadonlySet<T>;
  problems: Problem[];
}

/** Splits on spaces and commas; `none` or an empty value names nothing; unknown names become problems and are ignored. */
function parseList<T extends string>(attribute: string, value: string | null | undefined, known: readonly string[]): ParsedList<T> {
  if (value === null || value === undefined) return {problems: []};
  const words = value.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter((w) => w && w !== 'none');
  const unknown = words.filter((w) => !known.includes(w));
  const problems: Problem[] = unknown.map((w) => ({
    file: `${attribute} attribute`,
    message: `"${w}" is not a known name; use any of ${known.join(', ')}, or none`,
  }));
  return {names: new Set(words.filter((w) => known.includes(w)) as T[]), problems};
}

/** The layer switches the `layers` attribute turns on; `countries` stands for every role. */
export function parseLayers(value: string | null | undefined): ParsedList<(typeof LAYER_SWITCHES)[number]> {
  const parsed = parseList<string>('layers', value, LAYER_WORDS);
  if (!parsed.names) return parsed as ParsedList<(typeof LAYER_SWITCHES)[number]>;
  const names = new Set(parsed.names);
  if (names.delete('countries')) for (const role of COUNTRY_ROLES) names.add(role);
  return {names: names as Set<(typeof LAYER_SWITCHES)[number]>, problems: parsed.problems};
}

export const parseControls = (value: string | null | undefined): ParsedList<Control> => parseList<Control>('controls', value, CONTROLS);
