/**
 * What a chapter shows, and what the element's state makes of it: the legend's switches, the
 * `layers` attribute, the year and what is selected or hovered narrow it. Pure functions, so
 * Node tests cover them.
 */
import {EXPLORE, withFocus, type View} from '../data/select';
import {LEGS} from '../data/schema';
import type {Chapter} from './story';

/** The chapter's own view; everything, nothing dimmed, outside a story. */
export function viewOf(chapter: Chapter | undefined): View {
  if (!chapter) return EXPLORE;
  const layers = new Set<string>(chapter.layers);
  return {
    legs: new Set(LEGS.filter((leg) => layers.has(leg))),
    ports: layers.has('ports'), organisations: layers.has('organisations'), countries: layers.has('countries'), events: layers.has('events'),
    highlight: new Set(chapter.highlight), ...(chapter.date ? {date: chapter.date} : {}),
    // A chapter's date is also its year of seizures, unless it names another.
    ...(chapter.year ?? chapter.date ? {year: chapter.year ?? Number(chapter.date!.slice(0, 4))} : {}),
  };
}

/** What narrows a chapter's view: the record in focus, the layers switched off, the year asked for. */
export interface ViewState {
  /** A selected or hovered record's id, brought forward. */
  focus?: string;
  /** Whether a legend switch (a leg, ports, organisations) is off. */
  isHidden: (name: string) => boolean;
  /** The year whose seizures size the ports; the chapter's, or the latest, when absent. */
  year?: number;
  /** The moment shown; the chapter's, or the latest, when absent. */
  date?: string;
  /** What a chosen event concerns: brought forward instead of the chapter's own highlight. */
  concerns?: string[];
}

/** The view drawn: the chapter's (everything outside a story), narrowed by the element's state. */
export function viewFor(chapter: Chapter | undefined, {focus, isHidden, year, date, concerns}: ViewState): View {
  const chapterView = viewOf(chapter);
  const chosen = concerns?.length ? {...chapterView, highlight: new Set(concerns)} : chapterView;
  const focused = focus ? withFocus(chosen, focus) : chosen;
  return {
    ...focused, legs: new Set([...focused.legs].filter((leg) => !isHidden(leg))),
    ports: focused.ports && !isHidden('ports'), organisations: focused.organisations && !isHidden('organisations'),
    events: focused.events && !isHidden('events'),
    ...(year ?? focused.year ? {year: year ?? focused.year} : {}),
    ...(date ?? focused.date ? {date: date ?? focused.date} : {}),
  };
}
