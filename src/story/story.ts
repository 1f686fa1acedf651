/**
 * A story: chapters that a presenter steps through. Each chapter names its text in both
 * languages, a camera, which layers show, what is highlighted and which year's figures size
 * the ports. Validated like the map data: a bad chapter is skipped with a message.
 */
import {LEGS, type Leg, type LngLat, type Names, type Problem} from '../data/schema';
import {inRange, parseMoment, yearSpan} from '../data/time';

/** The years a chapter's date may name; the time bar stops at the nearest end of the data's own years. */
const STORY_SPAN = yearSpan(2000, new Date().getUTCFullYear());

export type StoryLayer = Leg | 'ports' | 'organisations' | 'countries' | 'events';
export const STORY_LAYERS: readonly StoryLayer[] = [...LEGS, 'ports', 'organisations', 'countries', 'events'];

/** Where a chapter looks: a box to fit (works on any screen), or a centre and zoom. */
export interface Camera {
  bounds?: [LngLat, LngLat];
  center?: LngLat;
  zoom?: number;
  pitch: number;
  bearing: number;
}

export interface Chapter {
  /** Stable id, used in `chapter="…"` and `#chapter=…`. */
  id: string;
  title: Names;
  text: Names;
  camera: Camera;
  /** Which layers show; all when absent. */
  layers: StoryLayer[];
  /** Ids of routes, ports, countries or organisations to bring forward; the rest is dimmed. */
  highlight: string[];
  /** The year whose seizure figures size the ports, if the chapter is about one year. */
  year?: number;
  /** The moment the chapter shows (YYYY, YYYY-MM or YYYY-MM-DD): the response as of then, and that year's seizures unless `year` says otherwise. */
  date?: string;
  /**
   * The presenter's notes, in either language or both: what to say, the key figures with year and
   * source, a likely question and its answer. Paragraphs apart by a blank line. Always shown as text:
   * in the presenter's console and the slides' speaker notes.
   */
  notes?: Partial<Names>;
  /** The minutes the presenter plans for the chapter: the console says how far ahead or behind they are. */
  minutes?: number;
}

export interface Story {
  title: Names;
  /** Where the chapters' texts come from, in a line; kept as it is. */
  source?: string;
  chapters: Chapter[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Text in either language or both, `{en, nl}`: an empty one is filled with '' (shown in the other
 * language); a missing object too, when `required` is off. A string, undefined when it is not such text.
 */
function names(v: unknown, required: boolean): Names | undefined {
  if (v === undefined && !required) return {en: '', nl: ''};
  if (!isObject(v) || Object.keys(v).some((k) => k !== 'en' && k !== 'nl')) return undefined;
  const {en = '', nl = ''} = v;
  if (typeof en !== 'string' || typeof nl !== 'string' || (required && !en.trim() && !nl.trim())) return undefined;
  return {en, nl};
}
const isLngLat = (v: unknown): v is LngLat => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n))
  && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90;

function camera(v: unknown): Camera | string {
  if (!isObject(v)) return 'camera must be an object';
  const pitch = v.pitch ?? 0;
  const bearing = v.bearing ?? 0;
  if (typeof pitch !== 'number' || pitch < 0 || pitch > 85) return 'camera.pitch must be a number from 0 to 85';
  if (typeof bearing !== 'number' || !Number.isFinite(bearing)) return 'camera.bearing must be a number';
  if (v.bounds !== undefined) {
    if (!Array.isArray(v.bounds) || v.bounds.length !== 2 || !v.bounds.every(isLngLat)) return 'camera.bounds must be [[west, south], [east, north]] inside the world (longitudes -180 to 180, latitudes -90 to 90)';
    const [[west, south], [east, north]] = v.bounds as [LngLat, LngLat];
    if (!(west < east && south < north)) return 'camera.bounds must be [[west, south], [east, north]], west of east and south of north';
    return {bounds: v.bounds as [LngLat, LngLat], pitch, bearing};
  }
  if (!isLngLat(v.center) || typeof v.zoom !== 'number' || v.zoom < 0 || v.zoom > 22) return 'camera needs bounds, or a center [lon, lat] and a zoom from 0 to 22';
  return {center: v.center, zoom: v.zoom, pitch, bearing};
}

/** Markup in a note: shown as the characters it is, and said, as it may be HTML pasted by mistake. */
const MARKUP = /<\/?[a-z][^>]*>/i;

/** A chapter's notes: `{en, nl}` with text in either or both; anything else is said and left out. */
function notesOf(v: unknown, note: (message: string) => void): Partial<Names> | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v) || Object.keys(v).some((k) => k !== 'en' && k !== 'nl')) {
    note('notes must be {en, nl} with text in either or both; left out');
    return undefined;
  }
  const notes: Partial<Names> = {};
  for (const lang of ['en', 'nl'] as const) {
    const text = v[lang];
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      note(`notes.${lang} must be text, not ${Array.isArray(text) ? 'a list' : typeof text}; left out`);
      continue;
    }
    if (MARKUP.test(text)) note(`notes.${lang} holds markup (${text.match(MARKUP)![0].slice(0, 40)}); it shows as text`);
    if (text.trim()) notes[lang] = text;
  }
  return notes.en || notes.nl ? notes : undefined;
}

/** Checks a story document; returns the valid chapters and a problem for each skipped one. */
export function validateStory(file: string, json: unknown): {story?: Story; problems: Problem[]} {
  if (!isObject(json) || !Array.isArray(json.chapters)) {
    return {problems: [{file, message: 'is not a story: it needs a "chapters" array; no story is shown'}]};
  }
  const problems: Problem[] = [];
  const chapters: Chapter[] = [];
  const seen = new Set<string>();
  json.chapters.forEach((c: unknown, index: number) => {
    const id = isObject(c) && typeof c.id === 'string' ? c.id : undefined;
    const fail = (message: string) => problems.push({file, index, ...(id ? {id} : {}), message: `${message}; chapter skipped`});
    if (!isObject(c)) return fail('chapter must be an object');
    if (!id || !/^[a-z0-9-]+$/.test(id)) return fail('id must be lowercase letters, digits and hyphens');
    if (seen.has(id)) return fail('id must be unique in the story');
    const title = names(c.title, true);
    if (!title) return fail('title must be {en, nl} with a title in at least one language');
    const text = names(c.text, false);
    if (!text) return fail('text must be {en, nl}, each text');
    const cam = camera(c.camera);
    if (typeof cam === 'string') return fail(cam);
    const layers = c.layers ?? STORY_LAYERS;
    if (!Array.isArray(layers) || layers.some((l) => !STORY_LAYERS.includes(l))) return fail(`layers must list some of ${STORY_LAYERS.join(', ')}`);
    const highlight = c.highlight ?? [];
    if (!Array.isArray(highlight) || highlight.some((h) => typeof h !== 'string')) return fail('highlight must be an array of ids');
    if (c.year !== undefined && (typeof c.year !== 'number' || !Number.isInteger(c.year))) return fail('year must be a whole year');
    const moment = typeof c.date === 'string' ? parseMoment(c.date) : undefined;
    if (c.date !== undefined && !moment) return fail('date must be a date that exists, as YYYY, YYYY-MM or YYYY-MM-DD');
    if (moment && !inRange(moment, STORY_SPAN)) return fail(`date must be a year from ${STORY_SPAN.first} to ${STORY_SPAN.last}`);
    seen.add(id);
    // Notes and the planned minutes are the presenter's: a bad one is said and left out, the chapter shows.
    const note = (message: string) => problems.push({file, index, id, message});
    const notes = notesOf(c.notes, note);
    if (c.minutes !== undefined && !(typeof c.minutes === 'number' && c.minutes > 0 && c.minutes <= 120)) note('minutes must be a number from 0 to 120; left out');
    const minutes = typeof c.minutes === 'number' && c.minutes > 0 && c.minutes <= 120 ? c.minutes : undefined;
    chapters.push({
      id, title, text, camera: cam, layers: layers as StoryLayer[], highlight: highlight as string[],
      ...(c.year !== undefined ? {year: c.year as number} : {}), ...(moment ? {date: moment.iso} : {}),
      ...(notes ? {notes} : {}), ...(minutes ? {minutes} : {}),
    });
  });
  const title = names(json.title, true) ?? {en: 'Story', nl: 'Verhaal'};
  const source = typeof json.source === 'string' ? {source: json.source} : {};
  return {story: chapters.length ? {title, ...source, chapters} : undefined, problems};
}

/** The chapter id in a URL hash such as `#chapter=mainports`, if any. */
export function chapterFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('chapter') ?? undefined;
}
