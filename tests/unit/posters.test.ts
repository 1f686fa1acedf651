/** The posters (scripts/posters.mjs): made from the data and story as they are now, one for every view, language and size. */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {posterInputsDigest, POSTER_SIZES, PRESENTER_SIZES} from '../../scripts/poster-inputs.mjs';
import {pickPoster, type Poster} from '../../src/components/route-map/poster/poster';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}src/assets/posters/posters.json`, 'utf8')) as {inputs: string; firstChapter: string; posters: (Poster & {bytes: number})[]};
const story = JSON.parse(readFileSync(`${root}geo/story.json`, 'utf8')) as {chapters: {id: string}[]};

describe('the posters', () => {
  it('show the data and the story as they are now (else: npm run build && node scripts/posters.mjs)', () => {
    expect(manifest.inputs).toBe(posterInputsDigest(root));
  });

  it('cover the default view and every chapter, in English and Dutch, at every size, each file present (sizes printed)', () => {
    const views = ['default', ...story.chapters.map((c) => c.id)];
    const expect1 = (view: string, lang: string, presenter: boolean, width: number, height: number) => {
      const p = manifest.posters.find((x) => x.view === view && x.lang === lang && x.presenter === presenter && x.width === width && x.height === height);
      expect(p, `${view} ${lang} ${presenter ? 'presenter ' : ''}${width}×${height}`).toBeDefined();
      expect(statSync(`${root}src/assets/posters/${p!.file}`).size).toBe(p!.bytes);
    };
    for (const lang of ['en', 'nl']) {
      for (const view of views) for (const {width, height} of POSTER_SIZES) expect1(view, lang, false, width, height);
      for (const {id} of story.chapters) for (const {width, height} of PRESENTER_SIZES) expect1(id, lang, true, width, height);
    }
    expect(manifest.firstChapter).toBe(story.chapters[0].id);
    const kb = (ps: {bytes: number}[]) => (ps.reduce((s, p) => s + p.bytes, 0) / 1024).toFixed(0);
    for (const {width, height} of POSTER_SIZES) {
      const at = manifest.posters.filter((p) => !p.presenter && p.width === width && p.height === height);
      console.log(`posters at ${width}×${height}: ${at.length}, ${kb(at)} KB, largest ${(Math.max(...at.map((p) => p.bytes)) / 1024).toFixed(0)} KB`);
    }
    for (const {width, height} of PRESENTER_SIZES) {
      const at = manifest.posters.filter((p) => p.presenter && p.width === width && p.height === height);
      console.log(`presenter posters at ${width}×${height}: ${at.length}, ${kb(at)} KB, largest ${(Math.max(...at.map((p) => p.bytes)) / 1024).toFixed(0)} KB`);
    }
    console.log(`posters in all: ${manifest.posters.length}, ${kb(manifest.posters)} KB`);
    expect(existsSync(`${root}src/assets/posters/default-en-1280x720.webp`)).toBe(true);
  });

  it('picks the poster made for the box, else the nearest for the same view and language, else none', () => {
    const posters = manifest.posters;
    expect(pickPoster(posters, {view: 'hub', lang: 'nl', presenter: false}, 1920, 1080)).toMatchObject({exact: true, poster: {file: 'hub-nl-1920x1080.webp'}});
    expect(pickPoster(posters, {view: 'hub', lang: 'en', presenter: false}, 1366, 768)).toMatchObject({exact: false, poster: {width: 1280, height: 720}});
    expect(pickPoster(posters, {view: 'default', lang: 'en', presenter: false}, 412, 915)).toMatchObject({exact: false, poster: {width: 390, height: 844}});
    expect(pickPoster(posters, {view: 'atlantis', lang: 'en', presenter: false}, 1280, 720)).toBeUndefined();
    expect(pickPoster(posters, {view: 'hub', lang: 'fr', presenter: false}, 1280, 720)).toBeUndefined();
    // Presenter mode has its own pictures (larger labels, thicker arcs), and none of the default view.
    expect(pickPoster(posters, {view: 'hub', lang: 'nl', presenter: true}, 1920, 1080)).toMatchObject({exact: true, poster: {file: 'hub-presenter-nl-1920x1080.webp'}});
    expect(pickPoster(posters, {view: 'default', lang: 'nl', presenter: true}, 1920, 1080)).toBeUndefined();
  });
});
