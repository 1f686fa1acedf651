/**
 * The story editor (issue 33), loaded when editing starts: a presenter's own story made from the
 * map. Views are captured as chapters, texts edited in both languages, chapters reordered,
 * duplicated and deleted, every edit undoable. Edits are kept in the browser as they are made
 * (drafts.ts) and saved as a story file or an offline briefing (briefing-file.ts). The shipped
 * story is never changed: editing starts from a copy.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {LEGS, type Leg, type Names} from '../../../data/schema';
import {formatDate, nameIn} from '../../../data/format';
import {validateStory, STORY_LAYERS, type Chapter, type Story} from '../../../story/story';
import {viewOf} from '../../../story/view';
import {
  addChapter, apply, chapterOf, deleteChapter, duplicateChapter, historyOf, moveChapter, redo, setText, setTitle, storyJson,
  recaptureChapter, storyProblems, undo, type CapturedView, type ChapterTexts, type History, type TextField,
} from '../../../story/edit';
import type {Lang} from '../../../i18n/strings';
import type {Ambient} from '../ambient';
import type {Notices} from '../notices';
import type {Switches} from '../switches';
import type {StoryController} from '../story/story-controller';
import type {TimeController} from '../time/time-controller';
import {download, type ExportController} from '../export/exports';
import {fire, type RouteMapStoryChangeDetail} from '../events';
import {Drafts, draftKey} from './drafts';
import {briefingFile} from './briefing-file';
import {EDITOR_STRINGS} from './strings';
import {editorView} from './editor-view';
import {editorStyles} from './editor.styles';

/** What the editor reads of its element. */
export interface EditorHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  story?: string;
  storyData?: Story;
  map?: MapLibreMap;
  selected?: string;
  editor: boolean;
  presenter: boolean;
  chapter?: string;
}

export interface EditorParts {
  ambient: Ambient;
  story: Pick<StoryController, 'index' | 'current' | 'goTo' | 'leave' | 'on'>;
  switches: Pick<Switches, 'isHidden'>;
  time: Pick<TimeController, 'moment'>;
  exports: Pick<ExportController, 'track'>;
  notices: Pick<Notices, 'report'>;
}

/** A story file larger than this is refused unread: the bundled story, notes and all, is 25 KB. */
export const MAX_STORY_BYTES = 5 * 1024 * 1024;

/** What the editor has to say at its top: edits restored, no room to keep them, a file opened or refused. */
export type EditorNote = {kind: 'restored'; at: Date} | {kind: 'quota'} | {kind: 'opened'; file: string; chapters: number} | {kind: 'refused'; text: string};

const EMPTY: Story = {title: {en: 'My briefing', nl: 'Mijn briefing'}, chapters: []};

export class StoryEditor implements ReactiveController {
  history: History = historyOf(EMPTY);
  /** The story as loaded, which "Discard" goes back to. */
  base?: Story;
  note?: EditorNote;
  /** Another tab saved this story since: its copy. */
  stale?: Story;
  /** "Discard my changes" asked, not yet answered. */
  confirming = false;
  /** What the last edit did, for the status region. */
  said = '';
  /** The chapter being dragged. */
  dragFrom?: number;
  private drafts?: Drafts;
  private unwatch?: () => void;
  private problemsOf?: {story: Story; problems: {index: number; message: string}[]};

  constructor(readonly host: EditorHost, private readonly parts: EditorParts) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    if (root.adoptedStyleSheets && editorStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, editorStyles.styleSheet];
  }

  hostDisconnected() {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostConnected() {
    if (this.drafts && !this.unwatch) this.watch(this.drafts);
  }

  get present(): Story {
    return this.history.present;
  }

  private get lang(): Lang {
    return this.parts.ambient.language;
  }

  /** The story the map loaded: editing goes on from the edits kept for it, if any, else from a copy of it. */
  adopt(loaded: Story | undefined) {
    const key = draftKey(this.host.story);
    if (this.drafts?.key === key && this.base) return this.show();
    this.base = loaded ?? EMPTY;
    this.drafts = new Drafts(key);
    this.watch(this.drafts);
    const kept = this.drafts.read();
    if (kept && storyJson(kept.story) !== storyJson(this.base)) {
      this.history = {past: [this.base], present: kept.story, future: []};
      this.note = {kind: 'restored', at: kept.saved};
    } else {
      this.history = historyOf(this.base);
    }
    this.show();
  }

  private watch(drafts: Drafts) {
    this.unwatch?.();
    this.unwatch = drafts.watch((story) => {
      this.stale = story;
      this.host.requestUpdate();
    });
  }

  /** The story edited is the one on the map; outside it, the chapter shown stays if it still exists. */
  private show() {
    const {story} = this.parts;
    const present = this.present;
    this.host.storyData = present.chapters.length ? present : undefined;
    if (story.index >= present.chapters.length) story.leave();
    story.on.changed();
    this.host.requestUpdate();
  }

  /** Makes `next` the story: kept in the browser, shown on the map, told in `route-map-story-change`. */
  change(next: Story, {key, said}: {key?: string; said?: string} = {}) {
    this.commit(apply(this.history, next, key));
    if (said) this.said = said;
  }

  private commit(history: History) {
    if (history === this.history) return;
    // The chapter shown stays the one shown, wherever an edit, an undo or a redo puts it; renamed, it keeps its place.
    const {story} = this.parts;
    const before = this.present.chapters;
    const shown = before[story.index]?.id;
    const after = history.present.chapters;
    const at = shown === undefined ? -1 : after.findIndex((c) => c.id === shown);
    this.history = history;
    if (shown !== undefined) {
      if (at >= 0) story.index = at;
      else if (after.length !== before.length) story.leave();
    }
    this.stale = undefined;
    const saved = this.drafts?.save(history.present);
    if (saved === 'quota') this.note = {kind: 'quota'};
    else if (this.note?.kind === 'quota') this.note = undefined;
    this.show();
    fire<RouteMapStoryChangeDetail>(this.host, 'route-map-story-change', {story: history.present});
  }

  undo() {
    this.commit(undo(this.history));
  }

  redo() {
    this.commit(redo(this.history));
  }

  /**
   * What is on screen, as a chapter keeps it: the map beside the editor, the layers shown, the
   * selection, the moment. Played back, the chapter fits all of it into what the interface leaves
   * free on that screen, so nothing the presenter saw is left out.
   */
  private view(): CapturedView {
    const map = this.host.map;
    if (!map) throw new Error('the map is not ready yet: nothing to capture');
    const box = this.host.getBoundingClientRect();
    const editor = this.host.renderRoot.querySelector('.editor')?.getBoundingClientRect();
    // Beside the editor, or above it where it is a sheet along the bottom (a phone).
    const sheet = !!editor && editor.top > box.top + 1;
    const [left, top, right, bottom] = [editor && !sheet ? editor.right - box.left : 0, 0, box.width, editor && sheet ? editor.top - box.top : box.height];
    const corners = [[left, top], [right, top], [right, bottom], [left, bottom], [(left + right) / 2, top], [(left + right) / 2, bottom]]
      .map(([x, y]) => map.unproject([x, y]));
    const lons = corners.map((c) => c.lng);
    const lats = corners.map((c) => c.lat);
    const {story, switches, time} = this.parts;
    const chapter = story.current;
    const shown = viewOf(chapter);
    const on = (layer: (typeof STORY_LAYERS)[number]) => (LEGS.includes(layer as Leg) ? shown.legs.has(layer as Leg) : shown[layer as 'ports']) && !switches.isHidden(layer);
    const selected = this.host.selected;
    return {
      bounds: [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], pitch: map.getPitch(), bearing: map.getBearing(),
      layers: STORY_LAYERS.filter(on), highlight: [...new Set([...(chapter?.highlight ?? []), ...(selected ? [selected] : [])])],
      ...(time.moment ? {date: time.moment} : {}),
    };
  }

  /** Adds the view on screen as a chapter after the one shown (or at the end), and opens it. */
  capture(texts: ChapterTexts = {}): Chapter {
    const chapter = chapterOf(this.present, this.view(), texts, this.lang);
    const at = this.parts.story.index >= 0 ? this.parts.story.index + 1 : this.present.chapters.length;
    this.change(addChapter(this.present, chapter, at), {said: EDITOR_STRINGS[this.lang].added(nameIn(chapter.title, this.lang) || chapter.id)});
    void this.parts.story.goTo(at, {animate: false});
    return chapter;
  }

  /** Chapter `index` shows what is on screen now. */
  recapture(index: number) {
    this.change(recaptureChapter(this.present, index, this.view()));
  }

  edit(index: number, field: TextField, lang: keyof Names, value: string) {
    this.change(setText(this.present, index, field, lang, value), {key: `${index}.${field}.${lang}`});
    // A new chapter named by its title: the element's `chapter` follows.
    const id = this.present.chapters[index]?.id;
    if (this.parts.story.index === index && id && this.host.chapter !== id) this.host.chapter = id;
  }

  editTitle(lang: keyof Names, value: string) {
    this.change(setTitle(this.present, lang, value), {key: `title.${lang}`});
  }

  move(from: number, to: number) {
    const chapter = this.present.chapters[from];
    if (!chapter || to < 0 || to >= this.present.chapters.length) return;
    this.change(moveChapter(this.present, from, to), {said: EDITOR_STRINGS[this.lang].moved(nameIn(chapter.title, this.lang), to + 1)});
  }

  duplicate(index: number) {
    this.change(duplicateChapter(this.present, index));
  }

  remove(index: number) {
    const chapter = this.present.chapters[index];
    if (!chapter) return;
    this.change(deleteChapter(this.present, index), {said: EDITOR_STRINGS[this.lang].removed(nameIn(chapter.title, this.lang))});
  }

  /** Starts again from the story as loaded, or from nothing; undoable. */
  restart(empty: boolean) {
    this.parts.story.leave();
    this.change(empty ? {...EMPTY, title: this.present.title} : this.base ?? EMPTY);
  }

  /** Forgets every edit: the story as loaded, and nothing kept. Asked first, in the editor. */
  discard() {
    this.confirming = false;
    this.note = undefined;
    this.drafts?.clear();
    this.parts.story.leave();
    this.history = historyOf(this.base ?? EMPTY);
    this.show();
    fire<RouteMapStoryChangeDetail>(this.host, 'route-map-story-change', {story: this.present});
  }

  takeNewer() {
    if (this.stale) this.change(this.stale);
  }

  /** Opens chapter `index` on the map: the list opens its texts. */
  goTo(index: number) {
    return this.parts.story.goTo(index);
  }

  /** Says what was refused, in the editor and on the map (and in `route-map-error`). */
  refuse(file: string, message: string) {
    this.note = {kind: 'refused', text: `${file}: ${message}`};
    this.parts.notices.report([{file, message}]);
    this.host.requestUpdate();
  }

  /** Reads a story file (the file input, or one dropped on the map): one that is not JSON, not a story or too large is refused and the story stays. */
  async openFile(file: File) {
    const refuse = (message: string) => this.refuse(file.name, message);
    if (file.size > MAX_STORY_BYTES) return refuse(`is ${(file.size / 1024 / 1024).toFixed(1)} MB; a story file is at most ${MAX_STORY_BYTES / 1024 / 1024} MB; not opened`);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      return refuse(`is not JSON (${(e as Error).message}); not opened`);
    }
    const {story, problems} = validateStory(file.name, json);
    if (!story) return refuse(`${problems[0]?.message.replace(/; no story is shown$/, '') ?? 'has no chapter'}; not opened`);
    this.parts.story.leave();
    this.change(story);
    this.note = {kind: 'opened', file: file.name, chapters: story.chapters.length};
    // Chapters skipped are said as when a story loads.
    if (problems.length) this.parts.notices.report(problems);
  }

  /**
   * What would be wrong with the story when loaded, said as what to fix: worked out once per edit,
   * not on each render (a pointer moving over the map renders the element).
   */
  get problems(): {index: number; message: string}[] {
    if (this.problemsOf?.story !== this.present) {
      this.problemsOf = {story: this.present, problems: storyProblems(this.present).map((p) => ({...p, message: p.message.replace(/; chapter skipped$/, '')}))};
    }
    return this.problemsOf.problems;
  }

  /** The story is whole: every chapter passes the validator. Else an error naming each problem. */
  private checked(): Story {
    const {problems} = this;
    if (problems.length) {
      throw new Error(`the story cannot be saved: ${problems.map((p) => (p.index < 0 ? p.message : `chapter ${p.index + 1}: ${p.message}`)).join('; ')}`);
    }
    return this.present;
  }

  exportStory(): Blob {
    return new Blob([storyJson(this.checked())], {type: 'application/json'});
  }

  exportBriefing(signal?: AbortSignal): Promise<Blob> {
    const story = this.checked();
    const lang = this.lang;
    const label = EDITOR_STRINGS[lang].briefing;
    return this.parts.exports.track((inner, progress) => briefingFile(story, lang, inner,
      (done, total) => progress(`${label} ${(done / 1e6).toFixed(1)} / ${(total / 1e6).toFixed(1)} MB`, done, total)), signal);
  }

  /** The save buttons: the file downloads, or the problem is said on the map. */
  async save(kind: 'story' | 'briefing') {
    try {
      download(kind === 'story' ? this.exportStory() : await this.exportBriefing(), kind === 'story' ? 'story.json' : 'briefing.html');
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.parts.notices.report([{file: kind === 'story' ? 'story.json' : 'briefing.html', message: (e as Error).message}]);
    }
  }

  /** Preview: the story as the audience sees it, in presenter mode; Esc comes back to the editor. */
  preview() {
    this.host.presenter = true;
    void this.parts.story.goTo(Math.max(this.parts.story.index, 0), {animate: false});
    // The presenter's keys (arrows, B, Esc) go to the map: the editor's button is gone with the editor.
    this.host.map?.getCanvas().focus();
  }

  /** The note's words, in the interface's language. */
  noteText(lang: Lang): string | undefined {
    const s = EDITOR_STRINGS[lang];
    const note = this.note;
    if (!note) return undefined;
    switch (note.kind) {
      case 'restored': return s.restored(`${formatDate(note.at.toISOString().slice(0, 10), lang)}, ${note.at.toTimeString().slice(0, 5)}`);
      case 'quota': return s.quota;
      case 'opened': return s.opened(note.file, note.chapters);
      case 'refused': return note.text;
    }
  }

  render(lang: Lang) {
    return editorView(this, this.parts.story.index, lang);
  }
}
