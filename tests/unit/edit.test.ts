/**
 * The story editor's transforms: add, move, duplicate, delete and change chapters, undo and redo,
 * a captured view as a chapter, and the story as the file it saves, which the validator reads back.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateStory, type Story} from '../../src/story/story';
import {
  addChapter, apply, chapterOf, recaptureChapter, deleteChapter, duplicateChapter, emptyLanguages, historyOf, moveChapter, redo, setText, storyJson,
  storyProblems, undo, uniqueId, UNDO_DEPTH,
} from '../../src/story/edit';

const bundled = validateStory('geo/story.json', JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8'))).story!;
const ids = (story: Story) => story.chapters.map((c) => c.id);
const view = {bounds: [[-80.123456, -3.3], [4.5, 52.04]] as [[number, number], [number, number]], pitch: 0, bearing: 0, layers: ['ocean' as const, 'ports' as const], highlight: ['guayaquil']};

describe('story edits', () => {
  it('move, duplicate and delete chapters without touching the story they start from', () => {
    const before = storyJson(bundled);
    const moved = moveChapter(bundled, 2, 0);
    expect(ids(moved).slice(0, 3)).toEqual(['transit', 'hub', 'source']);
    expect(moveChapter(bundled, 0, 99)).toBe(bundled);
    const copied = duplicateChapter(bundled, 0);
    expect(ids(copied).slice(0, 3)).toEqual(['hub', 'hub-2', 'source']);
    expect(copied.chapters[1].camera).toEqual(bundled.chapters[0].camera);
    expect(copied.chapters[1].camera).not.toBe(bundled.chapters[0].camera);
    expect(ids(deleteChapter(bundled, 0))[0]).toBe('source');
    expect(storyJson(bundled)).toBe(before);
  });

  it('sets one language of a text; notes empty in both languages go', () => {
    let story = setText(bundled, 0, 'title', 'nl', 'Nieuw');
    expect(story.chapters[0].title).toEqual({en: bundled.chapters[0].title.en, nl: 'Nieuw'});
    story = setText(setText(story, 0, 'notes', 'en', ''), 0, 'notes', 'nl', ' ');
    expect(story.chapters[0].notes).toBeUndefined();
    expect('notes' in story.chapters[0]).toBe(false);
  });

  it('names a chapter captured without a title by its title, once it has one', () => {
    const story = addChapter(bundled, chapterOf(bundled, view, {}, 'en'));
    expect(story.chapters[11].id).toBe('chapter');
    expect(setText(story, 11, 'title', 'nl', 'Guayaquil eerst').chapters[11].id).toBe('guayaquil-eerst');
    expect(setText(setText(story, 11, 'title', 'en', 'Hub'), 11, 'title', 'en', 'Hub!').chapters[11].id).toBe('hub-2');
  });

  it('undoes and redoes; a run of typing in one field is one step', () => {
    let h = historyOf(bundled);
    h = apply(h, setText(h.present, 0, 'title', 'en', 'N'), '0.title.en');
    h = apply(h, setText(h.present, 0, 'title', 'en', 'Ne'), '0.title.en');
    h = apply(h, setText(h.present, 0, 'title', 'en', 'New'), '0.title.en');
    h = apply(h, moveChapter(h.present, 0, 1));
    expect(ids(h.present).slice(0, 2)).toEqual(['source', 'hub']);
    h = undo(h);
    expect(ids(h.present)[0]).toBe('hub');
    expect(h.present.chapters[0].title.en).toBe('New');
    h = undo(h);
    expect(h.present).toBe(bundled);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(ids(h.present)[0]).toBe('source');
    expect(redo(h)).toBe(h);
    // A new edit after an undo drops what could be redone.
    h = apply(undo(h), deleteChapter(h.present, 0));
    expect(h.future).toEqual([]);
  });

  it(`keeps the last ${UNDO_DEPTH} edits`, () => {
    let h = historyOf(bundled);
    for (let i = 0; i < UNDO_DEPTH + 50; i++) h = apply(h, setText(h.present, 0, 'text', 'en', String(i)));
    expect(h.past).toHaveLength(UNDO_DEPTH);
  });

  it('makes ids from titles: lowercase, without accents, unique', () => {
    expect(uniqueId(bundled, 'Guayaquil: départ')).toBe('guayaquil-depart');
    expect(uniqueId(bundled, 'hub')).toBe('hub-2');
    expect(uniqueId(bundled, '<img onerror=alert(1)>')).toBe('img-onerror-alert-1');
    expect(uniqueId(bundled, '!!!')).toBe('chapter');
    expect(ids(addChapter(bundled, {...bundled.chapters[0]}, 0))[0]).toBe('hub-2');
  });
});

describe('a captured view as a chapter', () => {
  it('keeps the bounds rounded, the layers, the selection, the moment and the texts given', () => {
    const chapter = chapterOf(bundled, {...view, date: '2023-10'}, {title: 'Guayaquil first', text: {nl: 'Vanuit Ecuador'}, notes: 'Say it'}, 'en');
    expect(chapter).toEqual({
      id: 'guayaquil-first', title: {en: 'Guayaquil first', nl: ''}, text: {en: '', nl: 'Vanuit Ecuador'},
      camera: {bounds: [[-80.12, -3.3], [4.5, 52.04]], pitch: 0, bearing: 0}, layers: ['ocean', 'ports'], highlight: ['guayaquil'],
      date: '2023-10', notes: {en: 'Say it', nl: ''},
    });
    expect(emptyLanguages(chapter)).toEqual(['en', 'nl']);
  });

  it('recaptured, a chapter takes the view and keeps its texts; a view with no moment drops the chapter\'s', () => {
    const index = bundled.chapters.findIndex((c) => c.date);
    const before = bundled.chapters[index];
    const after = recaptureChapter(bundled, index, view).chapters[index];
    expect(after).toEqual({...before, date: undefined, camera: {bounds: [[-80.12, -3.3], [4.5, 52.04]], pitch: 0, bearing: 0}, layers: view.layers, highlight: view.highlight});
    expect('date' in after).toBe(false);
    expect(recaptureChapter(bundled, 99, view)).toBe(bundled);
  });

  it('keeps a camera inside the world however far the view reaches', () => {
    const {camera} = chapterOf(bundled, {...view, bounds: [[-250, -89], [250, 89]], pitch: 99, bearing: -30}, {}, 'nl');
    expect(camera).toEqual({bounds: [[-180, -85], [180, 85]], pitch: 85, bearing: -30});
  });
});

describe('the saved story', () => {
  it('reads back through the validator as the same chapters and cameras', () => {
    let story = addChapter(bundled, chapterOf(bundled, view, {title: {en: 'Mine', nl: 'Van mij'}}, 'en'), 0);
    story = moveChapter(story, 0, 3);
    const {story: read, problems} = validateStory('mine.json', JSON.parse(storyJson(story)));
    expect(problems).toEqual([]);
    expect(read).toEqual(story);
    expect(read!.source).toBe(bundled.source);
  });

  it('names a chapter without a title, a camera outside the world and an id used twice', () => {
    const chapter = chapterOf(bundled, view, {title: 'A'}, 'en');
    const story: Story = {title: bundled.title, chapters: [
      {...chapter, title: {en: ' ', nl: ''}},
      {...chapter, id: 'b', camera: {bounds: [[-200, 0], [10, 10]], pitch: 0, bearing: 0}},
      {...chapter, id: 'c', camera: {bounds: [[10, 0], [-10, 10]], pitch: 0, bearing: 0}},
      {...chapter, id: 'd'}, {...chapter, id: 'd'},
    ]};
    expect(storyProblems(story)).toEqual([
      {index: 0, message: 'title must be {en, nl} with a title in at least one language; chapter skipped'},
      {index: 1, message: 'camera.bounds must be [[west, south], [east, north]] inside the world (longitudes -180 to 180, latitudes -90 to 90); chapter skipped'},
      {index: 2, message: 'camera.bounds must be [[west, south], [east, north]], west of east and south of north; chapter skipped'},
      {index: 4, message: 'id must be unique in the story; chapter skipped'},
    ]);
    expect(storyProblems({...story, chapters: []})).toEqual([{index: -1, message: 'the story has no chapter yet'}]);
  });

  it('keeps a title in one language, shown in the other', () => {
    const {story, problems} = validateStory('s.json', {chapters: [{id: 'a', title: {nl: 'Alleen Nederlands'}, camera: {bounds: [[0, 0], [1, 1]]}}]});
    expect(problems).toEqual([]);
    expect(story!.chapters[0].title).toEqual({en: '', nl: 'Alleen Nederlands'});
    expect(story!.chapters[0].text).toEqual({en: '', nl: ''});
  });
});
