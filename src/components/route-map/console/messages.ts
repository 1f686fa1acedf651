/**
 * The console's messages checked before they are read, on either side: any window may post to any
 * other. Loaded with the console's code, not with the map.
 */
import type {FromAudience, FromConsole} from './protocol';

/** The keys a console passes on to the map: the clicker's and the presenter's moves, and the blank screen. */
export const PASSED_KEYS = /^(PageDown|PageUp|ArrowRight|ArrowLeft|ArrowUp|ArrowDown| |Home|End|[1-9]|b|B|\.)$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isFromConsole(v: unknown): v is FromConsole {
  if (!isObject(v) || v.rm !== 'console' || typeof v.target !== 'number') return false;
  switch (v.kind) {
    case 'hello': return true;
    case 'key': return typeof v.key === 'string' && PASSED_KEYS.test(v.key);
    case 'go': return Number.isInteger(v.index);
    case 'projector': return isObject(v.screen) && ['left', 'top', 'width', 'height'].every((k) => typeof (v.screen as Record<string, unknown>)[k] === 'number');
    default: return false;
  }
}

const isText = (v: unknown) => v === undefined || typeof v === 'string';
const isNames = (v: unknown) => isObject(v) && isText(v.en) && isText(v.nl);

export function isFromAudience(v: unknown): v is FromAudience {
  if (!isObject(v) || v.rm !== 'audience' || v.kind !== 'state' || !isObject(v.state)) return false;
  const s = v.state;
  return (s.lang === 'en' || s.lang === 'nl') && isNames(s.title) && Number.isInteger(s.index) && Array.isArray(s.chapters)
    && s.chapters.every((c) => isObject(c) && typeof c.id === 'string' && isNames(c.title) && (c.notes === undefined || isNames(c.notes))
      && (c.minutes === undefined || typeof c.minutes === 'number'))
    && [s.blanked, s.exporting, s.ready, s.presenter, s.pictures].every((b) => typeof b === 'boolean');
}
