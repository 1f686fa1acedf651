import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {chapterFromHash, validateStory} from '../../src/story/story';
import {keyAction} from '../../src/story/keys';
import {EXPLORE, select, withFocus} from '../../src/data/select';
import {viewOf} from '../../src/story/view';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES} from '../../src/data/schema';

const story = JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8'));
const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs);

describe('the bundled story', () => {
  const {story: valid, problems} = validateStory('geo/story.json', story);

  it('validates, and follows the source page from the hub to the organisations', () => {
    expect(problems).toEqual([]);
    expect(valid!.chapters.map((c) => c.id)).toEqual(['hub', 'source', 'transit', 'mainports', 'onward', 'synthetics', 'coalition', 'coalition-2022', 'coalition-2024', 'money', 'organisations']);
  });

  it('highlights only ids that exist in the data', () => {
    const ids = new Set([...data.routes, ...data.ports, ...data.countries, ...data.organisations].map((f) => f.id));
    for (const c of valid!.chapters) expect(c.highlight.filter((id) => !ids.has(id)), c.id).toEqual([]);
  });

  it('shows something in every chapter', () => {
    for (const c of valid!.chapters) {
      const s = select(data, viewOf(c));
      expect(s.routes.length + s.organisations.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('story validation', () => {
  it('skips a bad chapter with a message naming it, and keeps the rest', () => {
    const {story: s, problems} = validateStory('s.json', {chapters: [
      {id: 'ok', title: {en: 'A', nl: 'A'}, text: {en: 't', nl: 't'}, camera: {center: [4, 52], zoom: 5}},
      {id: 'no-camera', title: {en: 'B', nl: 'B'}, text: {en: 't', nl: 't'}},
      {id: 'ok', title: {en: 'C', nl: 'C'}, text: {en: 't', nl: 't'}, camera: {center: [4, 52], zoom: 5}},
    ]});
    expect(s!.chapters.map((c) => c.title.en)).toEqual(['A']);
    expect(problems.map((p) => `${p.index} ${p.id}: ${p.message}`)).toEqual([
      '1 no-camera: camera must be an object; chapter skipped',
      '2 ok: id must be unique in the story; chapter skipped',
    ]);
  });

  it('rejects a document without chapters', () => {
    expect(validateStory('x', [1, 2]).problems[0].message).toMatch(/needs a "chapters" array/);
  });

  it('reads the chapter from a URL hash', () => {
    expect(chapterFromHash('#chapter=mainports')).toBe('mainports');
    expect(chapterFromHash('#foo=1&chapter=money')).toBe('money');
    expect(chapterFromHash('')).toBeUndefined();
  });
});

describe('presenter keys', () => {
  it('PageDown and PageUp always step; arrows, Space, Home, End and digits only in presenter mode', () => {
    expect(keyAction('PageDown', false)).toEqual({type: 'step', by: 1});
    expect(keyAction('PageUp', false)).toEqual({type: 'step', by: -1});
    expect(keyAction('ArrowRight', false)).toBeUndefined();
    expect(keyAction('ArrowRight', true)).toEqual({type: 'step', by: 1});
    expect(keyAction(' ', true)).toEqual({type: 'step', by: 1});
    expect(keyAction('Home', true)).toEqual({type: 'go', to: 'first'});
    expect(keyAction('End', true)).toEqual({type: 'go', to: 'last'});
    expect(keyAction('3', true)).toEqual({type: 'go', to: 2});
    expect(keyAction('b', true)).toEqual({type: 'blank'});
    expect(keyAction('F', true)).toEqual({type: 'fullscreen'});
    expect(keyAction('Escape', true)).toEqual({type: 'exit'});
  });
});

describe('what a chapter shows', () => {
  it('brings forward a selected port with its inbound and onward flows, and dims the rest', () => {
    const s = select(data, withFocus(EXPLORE, 'rotterdam'));
    expect(s.emphasised!.has('manzanillo-rotterdam')).toBe(true);
    expect(s.emphasised!.has('onward-scandinavia')).toBe(true);
    expect(s.emphasised!.has('manzanillo-colon')).toBe(true);
    expect(s.emphasised!.has('cartagena-antwerp')).toBe(false);
    expect(s.routes).toHaveLength(data.routes.length);
  });

  it('explores everything outside a story', () => {
    const s = select(data, EXPLORE);
    expect(s.routes).toHaveLength(data.routes.length);
    expect(s.emphasised).toBeNull();
  });

  it('brings forward the highlighted countries, their routes and their ports', () => {
    const s = select(data, viewOf(validateStory('s', story).story!.chapters.find((c) => c.id === 'coalition-2024')));
    expect(s.countryFocus).toEqual(expect.arrayContaining(['NLD', 'BEL', 'SWE']));
    expect(s.emphasised!.has('rotterdam')).toBe(true);
    expect(s.emphasised!.has('caucedo')).toBe(false);
    expect(s.routes.every((r) => r.leg === 'ocean')).toBe(true);
  });
});
