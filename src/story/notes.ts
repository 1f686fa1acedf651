/**
 * A presenter's notes, checked against the data: every number a note says must be a figure in the
 * data (its value, in the unit the data gives or a thousand times it: kg and tonnes), a year the data
 * speaks of, or the day of a date. A note may only say what geo/ holds with its source. Pure, so
 * `npm run data:check` and Node tests run it.
 */
import type {Problem, RouteData} from '../data/schema';
import type {Lang} from '../i18n/strings';
import type {Chapter, Story} from './story';

/** A chapter's notes in this language, else in the other (marked so), else none. */
export function notesIn(chapter: Pick<Chapter, 'notes'>, lang: Lang): {text: string; lang: Lang} | undefined {
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  const text = chapter.notes?.[lang] ?? chapter.notes?.[other];
  return text ? {text, lang: chapter.notes?.[lang] ? lang : other} : undefined;
}

const MONTHS = /^(jan|feb|mar|apr|may|mei|jun|jul|aug|sep|oct|okt|nov|dec)/i;

/** The numbers in a text as the language writes them: `11,466.5` in English, `11.466,5` in Dutch; each with what follows it. */
export function numbersIn(text: string, lang: Lang): {value: number; raw: string; before: string; after: string}[] {
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const found = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const raw = m[0];
    const parts = raw.split(decimal);
    // A group separator only between groups of three: "11,466" is eleven thousand in English, "2,5" two and a half in Dutch.
    const whole = parts[0].split(group);
    const grouped = whole.length > 1 && whole.slice(1).every((g) => g.length === 3) && whole[0].length <= 3;
    const value = Number((grouped ? whole.join('') : parts[0].replaceAll(group, '.')) + (parts[1] !== undefined ? `.${parts[1]}` : ''));
    found.push({value, raw, before: text.slice(Math.max(0, m.index! - 12), m.index), after: text.slice(m.index! + raw.length, m.index! + raw.length + 12)});
  }
  return found;
}

/** What the data lets a note say: every figure's value (and range), every year it speaks of, and its names ("EL PAcCTO 2.0"). */
function sayable(data: RouteData): {values: Set<number>; years: Set<number>; names: string[]} {
  const values = new Set<number>();
  const years = new Set<number>();
  const names = new Set<string>();
  const round = (n: number) => Math.round(n * 1000) / 1000;
  type Any = {name?: {en: string; nl: string}; figures?: {value: number; low?: number; high?: number; year: number}[]; date?: string; sources?: {date?: string}[]};
  for (const records of Object.values(data) as Any[][]) {
    for (const r of records) {
      for (const name of [r.name?.en, r.name?.nl]) if (name && /\d/.test(name)) names.add(name);
      for (const f of r.figures ?? []) {
        for (const v of [f.value, f.low, f.high]) if (v !== undefined) [v, v / 1000, v * 1000].forEach((x) => values.add(round(x)));
        years.add(f.year);
      }
      if (r.date) years.add(Number(r.date.slice(0, 4)));
      for (const s of r.sources ?? []) if (s.date) years.add(Number(s.date.slice(0, 4)));
    }
  }
  // The longest first: "EL PAcCTO 2.0" before a shorter name inside it.
  return {values, years, names: [...names].sort((a, b) => b.length - a.length)};
}

/** The numbers in one chapter's notes that the data does not hold. */
function unsupported(chapter: Chapter, lang: Lang, allowed: ReturnType<typeof sayable>): string[] {
  const notes = chapter.notes?.[lang];
  if (!notes) return [];
  const text = allowed.names.reduce((t, name) => t.replaceAll(name, ' '), notes);
  const chapterYears = [chapter.year, chapter.date && Number(chapter.date.slice(0, 4))].filter(Boolean);
  return numbersIn(text, lang).filter(({value, raw, before, after}) => {
    // Part of a name or a code, not an amount: "g1", "C7".
    if (/\p{L}$/u.test(before) || /^\p{L}/u.test(after)) return false;
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) return !(allowed.years.has(value) || chapterYears.includes(value));
    // The day of a date: "7 May 2024", "7 mei 2024".
    if (Number.isInteger(value) && value >= 1 && value <= 31 && MONTHS.test(after.trim())) return false;
    // A year's range written short, "2022–2025", is two years.
    if (/[–-]$/.test(before) && /^\d{4}$/.test(raw)) return !allowed.years.has(value);
    return !allowed.values.has(Math.round(value * 1000) / 1000);
  }).map(({raw}) => raw);
}

/** Every number in every chapter's notes that no figure or year in the data backs, as a problem naming the chapter and the language. */
export function noteFigureProblems(file: string, story: Story, data: RouteData): Problem[] {
  const allowed = sayable(data);
  const problems: Problem[] = [];
  story.chapters.forEach((chapter, index) => {
    for (const lang of ['en', 'nl'] as const) {
      const numbers = unsupported(chapter, lang, allowed);
      if (numbers.length) {
        problems.push({file, index, id: chapter.id, message: `notes.${lang} say ${numbers.join(', ')}, which no figure in geo/ holds: give the figure, with its source, in the data first`});
      }
    }
  });
  return problems;
}
