/**
 * The story editor (issue 33) as a presenter uses it: a view captured after panning, a chapter
 * moved by the keyboard, texts in both languages, undo, and the edits found again by a new map on
 * the page (a reload); the story saved and loaded back through `story`; hostile text shown as text;
 * bad files, a full storage and a second tab; axe-core over the editor. The tests are one
 * presenter's session, in order (the file passes alone; its tests, after the first, build on it).
 * Two maps: the second is the reload.
 */
import {afterAll, beforeAll, expect, it, vi} from 'vitest';
import {page, userEvent} from 'vitest/browser';
import type {RouteMap} from '../../src/index';
import type {Story} from '../../src/story/story';
import axe from 'axe-core';
import {mount, type Mounted} from './helpers';

const KEY = 'route-map-story:bundled';
let first: Mounted;
const changes: Story[] = [];

beforeAll(async () => {
  localStorage.removeItem(KEY);
  await page.viewport(1280, 800);
  first = mount({editor: ''}, {width: 1280, height: 800});
  first.el.addEventListener('route-map-story-change', (e) => changes.push(e.detail.story));
  await first.ready;
});
afterAll(async () => {
  first?.el.remove();
  localStorage.removeItem(KEY);
  await page.viewport(1024, 640);
});

const root = (el: RouteMap) => el.shadowRoot!;
const ids = (el: RouteMap) => el.storyData!.chapters.map((c) => c.id);
type Editor = {note?: {kind: string}; stale?: Story; openFile(file: File): Promise<void>; present: Story};
const editorOf = async (el: RouteMap) => (el as unknown as {parts: {editor: {open(): Promise<Editor>}}}).parts.editor.open();
async function chapterField(el: RouteMap, selector: string) {
  await el.updateComplete;
  return root(el).querySelector<HTMLInputElement>(`.chapter-item.open ${selector}`)!;
}

it('captures the view after panning, moves the chapter by the keyboard, takes both languages and undoes', async () => {
  const {el} = first;
  await editorOf(el);
  await el.updateComplete;
  expect(root(el).querySelectorAll('.chapter-item')).toHaveLength(11);
  el.map!.jumpTo({center: [-60, 0], zoom: 3.5});
  await el.settled();
  root(el).querySelector<HTMLButtonElement>('.capture')!.click();
  await el.updateComplete;
  // Appended (no chapter was open) and opened, its camera the map beside the editor.
  expect(ids(el)).toHaveLength(12);
  const chapter = el.storyData!.chapters[11];
  expect(el.currentChapter).toBe(chapter);
  const [[west, south], [east, north]] = chapter.camera.bounds!;
  expect(west).toBeLessThan(-60);
  expect(east).toBeGreaterThan(-40);
  expect(south).toBeLessThan(-5);
  expect(north).toBeGreaterThan(5);

  await userEvent.fill(await chapterField(el, 'input[lang=en]'), 'Guayaquil first');
  await userEvent.fill(await chapterField(el, 'input[lang=nl]'), 'Eerst Guayaquil');
  await userEvent.fill(await chapterField(el, 'textarea[lang=en]'), 'Most of it leaves from Ecuador.');
  expect(el.currentChapter!.title).toEqual({en: 'Guayaquil first', nl: 'Eerst Guayaquil'});
  // Named by its title once it has one; still marked: the Dutch text is empty.
  expect(el.chapter).toBe('guayaquil-first');
  expect(root(el).querySelector('.chapter-item.open .missing')?.textContent).toBe('NL');

  // Alt+↑ twice on the focused chapter: it moves up two places, the focus with it.
  root(el).querySelector<HTMLElement>('.chapter-item.open .chapter-go')!.focus();
  await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
  await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
  await el.updateComplete;
  expect(ids(el)[9]).toBe('guayaquil-first');
  expect(root(el).activeElement?.closest('.chapter-item')?.getAttribute('data-index')).toBe('9');
  expect(el.currentChapter!.id).toBe('guayaquil-first');

  // Ctrl+Z undoes the last move; the typing before it stays, one step per field.
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(ids(el)[10]).toBe('guayaquil-first');
  expect(changes.at(-1)!.chapters[10].title.nl).toBe('Eerst Guayaquil');

  // Preview: presenter mode without the editor, the keys on the map; Esc comes back.
  root(el).querySelector<HTMLButtonElement>('.preview')!.click();
  await el.updateComplete;
  expect([el.presenter, root(el).querySelector('.editor'), root(el).activeElement]).toEqual([true, null, el.map!.getCanvas()]);
  await userEvent.keyboard('{Escape}');
  await el.updateComplete;
  expect([el.presenter, !!root(el).querySelector('.editor')]).toEqual([false, true]);
});

it('has no serious or critical axe-core violation, a chapter open with its fields', async () => {
  const {el} = first;
  await editorOf(el);
  // Alone, no chapter is open yet: the first one, so its fields are checked too.
  if (!el.currentChapter) await el.goTo(0, {animate: false});
  await el.updateComplete;
  expect(root(el).querySelector('.chapter-item.open .chapter-form')).not.toBeNull();
  const result = await axe.run(el, {resultTypes: ['violations']});
  console.log(`editor: ${result.violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join('; ') || 'no violations'}`);
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

it('shows a hostile title as the characters it is, in the list and the panel', async () => {
  const {el} = first;
  const hostile = '<img src=x onerror="window.hacked=1">';
  await userEvent.fill(await chapterField(el, 'input[lang=nl]'), hostile);
  await el.updateComplete;
  expect(root(el).querySelector('.chapter-item.open .t')!.textContent).toBe('Guayaquil first');
  el.lang = 'nl';
  await el.updateComplete;
  expect(root(el).querySelector('.chapter-item.open .t')!.textContent).toBe(hostile);
  expect(root(el).querySelector('.panel h2')!.textContent).toBe(hostile);
  expect(root(el).querySelectorAll('.editor img, .panel img')).toHaveLength(0);
  expect((window as unknown as {hacked?: number}).hacked).toBeUndefined();
  el.lang = 'en';
  await userEvent.fill(await chapterField(el, 'input[lang=nl]'), 'Eerst Guayaquil');
});

it('refuses a file that is not JSON, not a story or 50 MB, naming what was wrong; the story stays', async () => {
  const {el, errors} = first;
  const editor = await editorOf(el);
  const before = JSON.stringify(el.storyData);
  const refused = async (file: File) => {
    errors.length = 0;
    await editor.openFile(file);
    await el.updateComplete;
    expect(JSON.stringify(el.storyData)).toBe(before);
    return [root(el).querySelector('.editor-note')!.textContent, errors[0]?.problems[0]?.file];
  };
  expect(await refused(new File(['<html>'], 'page.html'))).toEqual([expect.stringMatching(/^page\.html: is not JSON \(.+\); not opened$/), 'page.html']);
  expect(await refused(new File(['{"routes": []}'], 'data.json'))).toEqual(['data.json: is not a story: it needs a "chapters" array; not opened', 'data.json']);
  expect(await refused(new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json'))).toEqual(['huge.json: is 50.0 MB; a story file is at most 5 MB; not opened', 'huge.json']);
  // Dropped on the map: the same check.
  const drop = new DataTransfer();
  drop.items.add(new File(['not json'], 'dropped.json'));
  el.dispatchEvent(new DragEvent('drop', {dataTransfer: drop, bubbles: true, cancelable: true}));
  await expect.poll(() => root(el).querySelector('.editor-note')?.textContent).toMatch(/^dropped\.json: is not JSON/);
});

it('keeps the edits in memory when the storage is full, and says a second tab saved a newer copy', async () => {
  const {el} = first;
  const editor = await editorOf(el);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  try {
    await userEvent.fill(await chapterField(el, 'textarea[lang=nl]'), 'Vooral vanuit Ecuador.');
  } finally {
    Storage.prototype.setItem = setItem;
  }
  expect(editor.note?.kind).toBe('quota');
  expect(el.currentChapter!.text.nl).toBe('Vooral vanuit Ecuador.');
  expect(root(el).querySelector('.editor-note')!.textContent).toMatch(/no room left/);
  // The next edit is kept again, and the note goes.
  await userEvent.fill(await chapterField(el, 'textarea[lang=nl]'), 'Vooral vanuit Ecuador!');
  expect(editor.note).toBeUndefined();

  const theirs = {...editor.present, chapters: editor.present.chapters.slice(0, 2)};
  window.dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: JSON.stringify({story: theirs, saved: new Date().toISOString(), tab: 'other'})}));
  await el.updateComplete;
  expect(root(el).querySelector('.editor-note.stale')!.textContent).toMatch(/changed in another tab/);
  expect(ids(el)).toHaveLength(12);
});

it('finds the edits again on a new map (a reload), with a note; saved, the story loads back through `story`', async () => {
  first.el.remove();
  // The edits come back with the story, before the map draws: no need to wait for it.
  const {el} = mount({editor: ''}, {width: 1280, height: 800});
  first = {el, ready: Promise.resolve({} as never), errors: []};
  const editor = await editorOf(el);
  await vi.waitFor(() => expect(editor.note?.kind).toBe('restored'), {timeout: 20_000});
  await el.updateComplete;
  expect(root(el).querySelector('.editor-note')!.textContent).toMatch(/^Your edits from .+ were restored\.$/);
  expect(ids(el)[10]).toBe('guayaquil-first');
  expect(el.storyData!.chapters[10].text).toEqual({en: 'Most of it leaves from Ecuador.', nl: 'Vooral vanuit Ecuador!'});

  const saved = el.storyData!;
  const blob = await el.exportStory();
  expect(blob.type).toBe('application/json');
  el.story = URL.createObjectURL(blob);
  // Loaded, and shown as it is: a story under another address has no edits kept.
  await vi.waitFor(() => expect(el.storyData).not.toBe(saved), {timeout: 20_000});
  expect(el.storyData!.chapters.map((c) => [c.id, c.camera])).toEqual(saved.chapters.map((c) => [c.id, c.camera]));
  expect(el.storyData).toEqual(saved);
});
