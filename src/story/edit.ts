/**
 * A presenter's own story: the edits the editor makes (add, move, duplicate, delete, change a
 * chapter), their undo and redo, and the story as the file it saves. Pure functions over plain
 * objects, so Node tests cover them; the shipped story is never changed in place.
 */
import type {LngLat, Names} from '../data/schema';
import {validateStory, type Chapter, type Story, type StoryLayer} from './story';

/** The story, the edits before it (undo) and after it (redo). */
export interface History {
  past: Story[];
  present: Story;
  future: Story[];
  /** What the last edit changed (a chapter's field): a run of typing in one field is one step to undo. */
  last?: string;
}

/** How many edits undo goes back. */
export const UNDO_DEPTH = 200;

export const historyOf = (story: Story): History => ({past: [], present: story, future: []});

/** `story` as the new present; edits under the same `key` in a row (typing in one field) are one step. */
export function apply(h: History, story: Story, key?: string): History {
  if (story === h.present) return h;
  if (key && key === h.last) return {...h, present: story, future: []};
  return {past: [...h.past, h.present].slice(-UNDO_DEPTH), present: story, future: [], last: key};
}

export function undo(h: History): History {
  if (!h.past.length) return h;
  return {past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future]};
}

export function redo(h: History): History {
  if (!h.future.length) return h;
  return {past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1)};
}

const withChapters = (story: Story, chapters: Chapter[]): Story => ({...story, chapters});

/** An id from `text` (a title), lowercase letters, digits and hyphens, used by no other chapter. */
export function uniqueId(story: Story, text: string): string {
  const base = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'chapter';
  const used = new Set(story.chapters.map((c) => c.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds `chapter` at `at` (the end by default), with an id no other chapter has. */
export function addChapter(story: Story, chapter: Chapter, at = story.chapters.length): Story {
  const id = story.chapters.some((c) => c.id === chapter.id) ? uniqueId(story, chapter.id) : chapter.id;
  const chapters = [...story.chapters];
  chapters.splice(Math.max(0, Math.min(at, chapters.length)), 0, {...chapter, id});
  return withChapters(story, chapters);
}

/** Moves chapter `from` to position `to`; the same story when either is out of range. */
export function moveChapter(story: Story, from: number, to: number): Story {
  const n = story.chapters.length;
  if (from === to || from < 0 || from >= n || to < 0 || to >= n) return story;
  const chapters = [...story.chapters];
  const [moved] = chapters.splice(from, 1);
  chapters.splice(to, 0, moved);
  return withChapters(story, chapters);
}

/** A copy of chapter `index` right after it, with an id of its own. */
export function duplicateChapter(story: Story, index: number): Story {
  const chapter = story.chapters[index];
  return chapter ? addChapter(story, structuredClone(chapter), index + 1) : story;
}

export function deleteChapter(story: Story, index: number): Story {
  return index >= 0 && index < story.chapters.length ? withChapters(story, story.chapters.filter((_, i) => i !== index)) : story;
}

/** Chapter `index` with `patch` applied (a new camera, layers, …). */
export function updateChapter(story: Story, index: number, patch: Partial<Chapter>): Story {
  const chapter = story.chapters[index];
  return chapter ? withChapters(story, story.chapters.map((c, i) => (i === index ? {...c, ...patch} : c))) : story;
}

/** The id a chapter gets before it has a title. */
const UNNAMED = /^chapter(-\d+)?$/;

/** Chapter `index` showing `view` instead: its camera, layers, highlight and moment (none where the view has none); its texts stay. */
export function recaptureChapter(story: Story, index: number, view: CapturedView): Story {
  const chapter = story.chapters[index];
  if (!chapter) return story;
  const {date: _, ...rest} = chapter;
  const {layers, highlight, date} = view;
  return withChapters(story, story.chapters.map((c, i) => (i === index ? {...rest, camera: cameraOf(view), layers, highlight, ...(date ? {date} : {})} : c)));
}

/** The texts a presenter edits in two languages. */
export type TextField = 'title' | 'text' | 'notes';

/** Chapter `index` with one language of one of its texts set. Notes empty in both languages go. */
export function setText(story: Story, index: number, field: TextField, lang: keyof Names, value: string): Story {
  const chapter = story.chapters[index];
  if (!chapter) return story;
  const names = {en: '', nl: '', ...chapter[field], [lang]: value};
  // A chapter captured before it had a title has an id of its own once it has one.
  if (field === 'title' && UNNAMED.test(chapter.id) && (names.en.trim() || names.nl.trim())) {
    const others = deleteChapter(story, index);
    return updateChapter(story, index, {title: names, id: uniqueId(others, names.en || names.nl)});
  }
  if (field !== 'notes') return updateChapter(story, index, {[field]: names});
  const {notes: _, ...rest} = chapter;
  const kept = names.en.trim() || names.nl.trim() ? {...rest, notes: names} : rest;
  return withChapters(story, story.chapters.map((c, i) => (i === index ? kept : c)));
}

/** The story's own title in one language. */
export const setTitle = (story: Story, lang: keyof Names, value: string): Story => ({...story, title: {...story.title, [lang]: value}});

/** The story as the file the `story` attribute loads: JSON, two-space indented. */
export const storyJson = (story: Story): string => `${JSON.stringify(story, null, 2)}\n`;

/** What would be wrong with the story when loaded: each problem with the chapter it concerns (-1 for the story). */
export function storyProblems(story: Story, file = 'story'): {index: number; message: string}[] {
  if (!story.chapters.length) return [{index: -1, message: 'the story has no chapter yet'}];
  return validateStory(file, JSON.parse(storyJson(story))).problems.map((p) => ({index: p.index ?? -1, message: p.message}));
}

/** Which language of a chapter's title and text is still empty: the editor marks it. */
export const emptyLanguages = (chapter: Chapter): (keyof Names)[] => (['en', 'nl'] as const).filter((lang) => !chapter.title[lang].trim() || !chapter.text[lang].trim());

/** What is on screen, as a chapter keeps it. */
export interface CapturedView {
  /** The free part of the map, [[west, south], [east, north]]: fitted again on any screen. */
  bounds: [LngLat, LngLat];
  pitch: number;
  bearing: number;
  layers: StoryLayer[];
  /** The selection and the places brought forward. */
  highlight: string[];
  /** The moment shown, if the time is set. */
  date?: string;
}

/** A chapter's texts as a developer gives them: a string in the current language, or `{en, nl}`. */
export type GivenText = string | Partial<Names>;
export interface ChapterTexts {
  title?: GivenText;
  text?: GivenText;
  notes?: GivenText;
}

const given = (v: GivenText | undefined, lang: keyof Names): Names => (typeof v === 'string' ? {en: '', nl: '', [lang]: v} : {en: v?.en ?? '', nl: v?.nl ?? ''});
const round = (n: number) => Math.round(n * 100) / 100;

/** The camera of a view: its bounds rounded to 0.01° (about a kilometre), inside the world, west of east and south of north. */
export function cameraOf(view: Pick<CapturedView, 'bounds' | 'pitch' | 'bearing'>): Chapter['camera'] {
  const [[w, s], [e, n]] = view.bounds;
  const lon = (x: number) => Math.max(-180, Math.min(180, round(x)));
  const lat = (y: number) => Math.max(-85, Math.min(85, round(y)));
  const west = lon(Math.min(w, e));
  const south = lat(Math.min(s, n));
  const east = Math.max(lon(Math.max(w, e)), west + 0.01);
  const north = Math.max(lat(Math.max(s, n)), south + 0.01);
  return {bounds: [[west, south], [east, north]], pitch: round(Math.max(0, Math.min(85, view.pitch))), bearing: round(view.bearing)};
}

/** A new chapter of what is on screen, with the texts given (in `lang` when plain strings) and an id from its title. */
export function chapterOf(story: Story, view: CapturedView, texts: ChapterTexts, lang: keyof Names): Chapter {
  const title = given(texts.title, lang);
  const notes = given(texts.notes, lang);
  return {
    id: uniqueId(story, title.en || title.nl || 'chapter'), title, text: given(texts.text, lang), camera: cameraOf(view),
    layers: view.layers, highlight: view.highlight, ...(view.date ? {date: view.date} : {}),
    ...(notes.en.trim() || notes.nl.trim() ? {notes} : {}),
  };
}
