/**
 * How the audience window (the map on the projector) and the presenter's console find each other
 * and talk: the console is the same page opened in a second window whose name says which map it
 * follows, and the two speak by `postMessage`, which works between a window and its opener on any
 * origin, `file://` included, where `BroadcastChannel` and storage events do not. Every message is
 * checked before it is read: any window may post to any other.
 */
import type {Names} from '../../../data/schema';
import type {Lang} from '../../../i18n/strings';

const PREFIX = 'route-map-console-';

/** The console window's name: it says which map on the page it follows, and survives a reload. */
export const consoleName = (target: number) => `${PREFIX}${target}`;

/** The map this window is the console of, if it is one. */
export function consoleTarget(name: string): number | undefined {
  const m = name.startsWith(PREFIX) ? /^\d{1,3}$/.exec(name.slice(PREFIX.length)) : null;
  return m ? Number(m[0]) : undefined;
}

/** A chapter as the console shows it. */
export interface ConsoleChapter {
  id: string;
  title: Names;
  notes?: Partial<Names>;
  minutes?: number;
}

/** What the audience window tells its console, after each change and in answer to each heartbeat. */
export interface AudienceState {
  lang: Lang;
  title: Names;
  chapters: ConsoleChapter[];
  /** The chapter on the projector; -1 outside the story. */
  index: number;
  blanked: boolean;
  /** An export is being made: the projector shows its progress. */
  exporting: boolean;
  /** The map has drawn its first picture. */
  ready: boolean;
  presenter: boolean;
  /** The story and data are the bundled ones, which this build has posters of. */
  pictures: boolean;
}

/** The console's messages: a heartbeat, a key pressed in it, a chapter chosen in its list, the projector asked for. */
export type FromConsole = {rm: 'console'; target: number} & (
  | {kind: 'hello'}
  | {kind: 'key'; key: string}
  | {kind: 'go'; index: number}
  | {kind: 'projector'; screen: {left: number; top: number; width: number; height: number}}
);

export type FromAudience = {rm: 'audience'; kind: 'state'; state: AudienceState};
