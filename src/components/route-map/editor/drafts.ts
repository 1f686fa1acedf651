/**
 * Where a presenter's edits are kept as they are made: the browser's localStorage, one entry per
 * story (the bundled one, or the address the `story` attribute names). A reload, a crash or a
 * closed tab finds them there. Two tabs on one story: each save overwrites, so the later wins, and
 * the other tab hears of it (the `storage` event) and says its copy is out of date.
 */
import {validateStory, type Story} from '../../../story/story';

/** What is kept: the story, when and by which tab. */
interface Draft {
  story: unknown;
  saved: string;
  tab: string;
}

const PREFIX = 'route-map-story:';
/** This tab, so it does not take its own saves for another tab's. */
const TAB = Math.random().toString(36).slice(2);

/** The key a story's edits are kept under: its address, or "bundled"; a long data: address by a hash of it. */
export function draftKey(storyUrl: string | undefined): string {
  if (!storyUrl) return `${PREFIX}bundled`;
  const url = new URL(storyUrl, document.baseURI).href;
  if (url.length <= 300) return PREFIX + url;
  let hash = 2166136261;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 16777619) >>> 0;
  return `${PREFIX}${url.slice(0, 5)}#${hash.toString(36)}`;
}

export type SaveResult = 'saved' | 'quota' | 'unavailable';

export class Drafts {
  constructor(readonly key: string) {}

  /** The kept story, if there is one that still passes the validator, and when it was saved. */
  read(): {story: Story; saved: Date} | undefined {
    const draft = parse(storage()?.getItem(this.key));
    const story = draft && validateStory('draft', draft.story).story;
    return draft && story ? {story, saved: new Date(draft.saved)} : undefined;
  }

  /** Keeps the story; says when the browser has no room left or keeps nothing (a private window may refuse). */
  save(story: Story): SaveResult {
    const store = storage();
    if (!store) return 'unavailable';
    try {
      store.setItem(this.key, JSON.stringify({story, saved: new Date().toISOString(), tab: TAB} satisfies Draft));
      return 'saved';
    } catch (e) {
      return (e as DOMException).name === 'QuotaExceededError' ? 'quota' : 'unavailable';
    }
  }

  clear() {
    storage()?.removeItem(this.key);
  }

  /** Calls `changed` with the story another tab saved under this key; returns what stops listening. */
  watch(changed: (story: Story) => void): () => void {
    const listen = (e: StorageEvent) => {
      if (e.key !== this.key || !e.newValue) return;
      const draft = parse(e.newValue);
      const story = draft && draft.tab !== TAB ? validateStory('draft', draft.story).story : undefined;
      if (story) changed(story);
    };
    addEventListener('storage', listen);
    return () => removeEventListener('storage', listen);
  }
}

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

function parse(text: string | null | undefined): Draft | undefined {
  if (!text) return undefined;
  try {
    const draft = JSON.parse(text) as Draft;
    return typeof draft === 'object' && draft && typeof draft.saved === 'string' ? draft : undefined;
  } catch {
    return undefined;
  }
}
