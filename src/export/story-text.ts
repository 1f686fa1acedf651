/**
 * The words that travel with the pictures: each chapter's figures with their years and the
 * sources they come from, and every source of the story with its address. Pure, so Node tests cover it.
 */
import type {RouteData, Source} from '../data/schema';
import {formatDate, formatFigure, nameIn, officialFirst} from '../data/format';
import {recordOf, type Records} from '../data/records';
import {select} from '../data/select';
import {measureRoute, measureText} from '../data/measure';
import {labelPriority} from '../layers/place-labels';
import {viewOf} from '../story/view';
import type {Chapter, Story} from '../story/story';
import {STRINGS, type Lang} from '../i18n/strings';

export interface ChapterFacts {
  /** One line per place: its name and its figures, each with its year. */
  figures: string[];
  /** One line per route the chapter is about: its name, length and direction ("Moín → Rotterdam: about 8,900 km as the crow flies, north-east"). */
  distances: string[];
  sources: Source[];
}

/** What a chapter is about: what it highlights, or else where its outbound flows start. */
function subjects(chapter: Chapter, data: RouteData): string[] {
  return labelPriority(chapter.highlight, select(data, viewOf(chapter)).routes);
}

const sourceKey = (s: Source) => `${s.publisher}|${s.title}|${s.url ?? ''}`;

/** A source as a line: publisher, title, date and address, or "(not online)". */
export function sourceLine(s: Source, lang: Lang): string {
  return `${s.publisher}, ${s.title}${s.date ? ` (${formatDate(s.date, lang)})` : ''}${s.url ? ` ${s.url}` : ` ${STRINGS[lang].notOnline}`}`;
}

export function chapterFacts(chapter: Chapter, data: RouteData, records: Records, lang: Lang): ChapterFacts {
  const figures: string[] = [];
  const sources = new Map<string, Source>();
  for (const id of subjects(chapter, data)) {
    const found = records.byId.get(id);
    if (!found) continue;
    const feature = recordOf(found);
    // The latest figures first, at most four per place.
    const shown = [...feature.figures].sort((a, b) => b.year - a.year).slice(0, 4);
    figures.push(`${nameIn(feature.name, lang)}: ${shown.length ? shown.map((f) => formatFigure(f, lang)).join('; ') : STRINGS[lang].noFigure}`);
    for (const s of shown.length ? shown.map((f) => feature.sources[f.source]) : feature.sources) sources.set(sourceKey(s), s);
  }
  return {figures, distances: distances(chapter, data, lang), sources: officialFirst([...sources.values()])};
}

/** The routes a chapter draws that touch what it highlights (all it draws, if none do), the heaviest six, measured. */
function distances(chapter: Chapter, data: RouteData, lang: Lang): string[] {
  const drawn = select(data, viewOf(chapter)).routes;
  const about = new Set(chapter.highlight);
  const touching = drawn.filter((r) => about.has(r.id) || about.has(r.from) || about.has(r.to));
  return [...(touching.length ? touching : drawn)].sort((a, b) => b.weight.value - a.weight.value).slice(0, 6)
    .map((r) => `${nameIn(r.name, lang)}: ${measureText(measureRoute(r), lang)}`);
}

/** Every source the story's chapters cite, once each: official publishers first, otherwise in the order first cited. */
export function storySources(story: Story, data: RouteData, records: Records, lang: Lang): Source[] {
  const all = new Map<string, Source>();
  for (const chapter of story.chapters) for (const s of chapterFacts(chapter, data, records, lang).sources) all.set(sourceKey(s), s);
  return officialFirst([...all.values()]);
}

/** The speaker notes of a chapter: the presenter's own notes (the story's), then its figures, the distances, then its sources. */
export function notes(facts: ChapterFacts, lang: Lang, said?: string): string {
  const s = STRINGS[lang];
  return [...(said ? [said, ''] : []), ...facts.figures, ...(facts.distances.length ? ['', `${s.distances}:`, ...facts.distances] : []),
    '', `${s.sources}:`, ...facts.sources.map((src) => `- ${sourceLine(src, lang)}`)].join('\n');
}
