/**
 * A presenter's notes and pacing: the notes' validation (text only, markup said), the check that
 * every number a note says is a figure in geo/, the console's ahead-or-behind arithmetic, and the
 * messages between the console and the map.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateStory, type Story} from '../../src/story/story';
import {noteFigureProblems, numbersIn} from '../../src/story/notes';
import {clockText, pace} from '../../src/story/pacing';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES} from '../../src/data/schema';
import {keyAction} from '../../src/story/keys';
import {consoleName, consoleTarget} from '../../src/components/route-map/console/protocol';
import {isFromAudience, isFromConsole} from '../../src/components/route-map/console/messages';

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs);
const bundled = JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8'));
const chapter = {id: 'a', title: {en: 'A', nl: 'A'}, text: {en: 'a', nl: 'a'}, camera: {bounds: [[0, 0], [1, 1]]}};
const withNotes = (notes: unknown, extra = {}) => validateStory('s.json', {chapters: [{...chapter, notes, ...extra}]});

describe("a presenter's notes", () => {
  it('every bundled chapter has notes in both languages and planned minutes, and the story has no problem', () => {
    const {story, problems} = validateStory('geo/story.json', bundled);
    expect(problems).toEqual([]);
    expect(story!.chapters).toHaveLength(11);
    for (const c of story!.chapters) {
      expect(c.notes?.en, c.id).toMatch(/\S/);
      expect(c.notes?.nl, c.id).toMatch(/\S/);
      expect(c.minutes, c.id).toBeGreaterThan(0);
    }
  });

  it('every number in the bundled notes is a figure or a year in geo/', () => {
    expect(noteFigureProblems('geo/story.json', validateStory('geo/story.json', bundled).story!, data)).toEqual([]);
  });

  it('a number no figure holds is named, with the chapter and the language', () => {
    const story: Story = {title: {en: 'S', nl: 'S'}, chapters: [{...validateStory('s', {chapters: [chapter]}).story!.chapters[0],
      notes: {en: 'Rotterdam seized 45,506 kg in 2023, and 12,345 kg in 2031.', nl: 'Rotterdam: 45.506 kg (2023); 7 mei 2024.'}}]};
    expect(noteFigureProblems('s.json', story, data)).toEqual([
      {file: 's.json', index: 0, id: 'a', message: 'notes.en say 12,345, 2031, which no figure in geo/ holds: give the figure, with its source, in the data first'},
    ]);
  });

  it('reads numbers as each language writes them', () => {
    expect(numbersIn('11,466 kg and €16.5 million', 'en').map((n) => n.value)).toEqual([11466, 16.5]);
    expect(numbersIn('11.466 kg en € 16,5 miljoen', 'nl').map((n) => n.value)).toEqual([11466, 16.5]);
  });

  it('notes that are not text are said and left out; the chapter still shows', () => {
    const {story, problems} = withNotes({en: 42, nl: 'Tekst'});
    expect(story!.chapters[0].notes).toEqual({nl: 'Tekst'});
    expect(problems).toEqual([{file: 's.json', index: 0, id: 'a', message: 'notes.en must be text, not number; left out'}]);
    expect(withNotes('say this').problems[0].message).toBe('notes must be {en, nl} with text in either or both; left out');
    expect(withNotes({en: 'x'}, {minutes: -1}).problems[0].message).toBe('minutes must be a number from 0 to 120; left out');
  });

  it('markup in notes is said, and kept as the characters it is', () => {
    const {story, problems} = withNotes({en: '<img src=x onerror=alert(1)> hello'});
    expect(story!.chapters[0].notes!.en).toBe('<img src=x onerror=alert(1)> hello');
    expect(problems[0].message).toBe('notes.en holds markup (<img src=x onerror=alert(1)>); it shows as text');
  });
});

describe('pacing', () => {
  const plan = [2, 3, 2];
  it('is on time within the chapter’s planned minutes', () => {
    expect(pace(plan, 1, 3 * 60_000)).toEqual({status: 'on-time', seconds: 0, totalSeconds: 420});
  });
  it('is behind past the planned end, and ahead before the planned start', () => {
    expect(pace(plan, 0, 150_000)).toEqual({status: 'behind', seconds: 30, totalSeconds: 420});
    expect(pace(plan, 2, 4 * 60_000)).toEqual({status: 'ahead', seconds: 60, totalSeconds: 420});
  });
  it('has nothing to say where this chapter or one before it has no plan', () => {
    expect(pace([2, undefined, 2], 2, 0)).toBeUndefined();
    expect(pace([2, undefined, 2], 0, 0)).toEqual({status: 'on-time', seconds: 0});
    expect(pace(plan, -1, 0)).toBeUndefined();
  });
  it('shows time as m:ss, and h:mm:ss from an hour', () => {
    expect([clockText(0), clockText(65_400), clockText(3_725_000)]).toEqual(['0:00', '1:05', '1:02:05']);
  });
});

describe('the console’s messages', () => {
  it('a console window is named after the map it follows; other names are not consoles', () => {
    expect(consoleName(2)).toBe('route-map-console-2');
    expect([consoleTarget('route-map-console-2'), consoleTarget(''), consoleTarget('route-map-console-x'), consoleTarget('other')]).toEqual([2, undefined, undefined, undefined]);
  });
  it('only well-formed messages are read: a key the map takes, a whole index, a state whose texts are text', () => {
    expect(isFromConsole({rm: 'console', target: 0, kind: 'key', key: 'PageDown'})).toBe(true);
    expect(isFromConsole({rm: 'console', target: 0, kind: 'key', key: 'e'})).toBe(false);
    expect(isFromConsole({rm: 'console', target: 0, kind: 'go', index: 1.5})).toBe(false);
    expect(isFromConsole({rm: 'audience', target: 0, kind: 'hello'})).toBe(false);
    const state = {lang: 'en', title: {en: 'S'}, chapters: [{id: 'a', title: {en: 'A'}, notes: {en: 'n'}}], index: 0,
      blanked: false, exporting: false, ready: true, presenter: true, pictures: true};
    expect(isFromAudience({rm: 'audience', kind: 'state', state})).toBe(true);
    expect(isFromAudience({rm: 'audience', kind: 'state', state: {...state, chapters: [{id: 'a', title: {en: 'A'}, notes: {en: 42}}]}})).toBe(false);
  });
  it('N opens the console in presenter mode only', () => {
    expect([keyAction('n', true), keyAction('N', true), keyAction('n', false)]).toEqual([{type: 'console'}, {type: 'console'}, undefined]);
  });
});
