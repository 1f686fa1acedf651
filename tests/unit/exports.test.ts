/**
 * The words that travel with the exported pictures (figures with years, sources with addresses,
 * speaker notes) and the video's settings and camera path: pure, checked in Node.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateStory} from '../../src/story/story';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES} from '../../src/data/schema';
import {indexRecords} from '../../src/data/records';
import {chapterFacts, notes, sourceLine, storySources} from '../../src/export/story-text';
import {between, videoSettings} from '../../src/export/video';

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs);
const records = indexRecords(data);
const story = validateStory('geo/story.json', JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8'))).story!;
const chapter = (id: string) => story.chapters.find((c) => c.id === id)!;

describe('the words of the slides and the handout', () => {
  it('a source is its publisher, title, date and address, or says it is not online', () => {
    expect(sourceLine({publisher: 'Europol', title: 'Report', date: '2023-05-07', url: 'https://example.org/r'}, 'en')).toBe('Europol, Report (7 May 2023) https://example.org/r');
    expect(sourceLine({publisher: 'Europol', title: 'Report'}, 'nl')).toBe('Europol, Report (niet online)');
  });

  it('a chapter’s figures carry their years, one line per place it highlights, with the sources they come from', () => {
    const facts = chapterFacts(chapter('mainports'), data, records, 'en');
    expect(facts.figures.find((line) => line.startsWith('Rotterdam: '))).toMatch(/\(20\d\d\)/);
    expect(facts.figures.length).toBeGreaterThan(1);
    expect(facts.sources.length).toBeGreaterThan(0);
    // Each source once.
    expect(new Set(facts.sources.map((s) => `${s.publisher}|${s.title}|${s.url}`)).size).toBe(facts.sources.length);
    const text = notes(facts, 'en');
    expect(text).toContain(facts.figures[0]);
    expect(text).toContain('Sources:');
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(facts.sources.length);
    // The presenter's own notes come first, ahead of the figures and sources.
    // The routes it is about, measured: Guayaquil is 10,200 km from Rotterdam as the crow flies.
    expect(text).toContain('Distances as the crow flies:');
    expect(facts.distances.length).toBeGreaterThan(0);
    for (const line of facts.distances) expect(line).toMatch(/^.+ → .+: about [\d,]+ km as the crow flies, (north|south|east|west)/);
    expect(chapterFacts(chapter('mainports'), data, records, 'nl').distances[0]).toMatch(/: ongeveer [\d.]+ km hemelsbreed, /);
    const said = chapter('mainports').notes!.en!;
    expect(notes(facts, 'en', said).startsWith(`${said}\n\n${facts.figures[0]}`)).toBe(true);
  });

  it('the closing list has every source the chapters cite, once', () => {
    const all = storySources(story, data, records, 'en');
    for (const c of story.chapters) for (const s of chapterFacts(c, data, records, 'en').sources) expect(all).toContainEqual(s);
    expect(new Set(all.map((s) => `${s.publisher}|${s.title}|${s.url}`)).size).toBe(all.length);
    console.log(`story sources: ${all.length}, ${all.filter((s) => s.url).length} with an address`);
  });
});

describe('the video', () => {
  it('takes the defaults, and refuses an out-of-range value with a message naming it', () => {
    expect(videoSettings()).toEqual({secondsPerChapter: 6, width: 1920, height: 1080, fps: 30});
    expect(() => videoSettings({fps: 61})).toThrow('fps must be a whole number from 1 to 60, got 61');
    expect(() => videoSettings({fps: 2.5})).toThrow('fps must be a whole number');
    expect(() => videoSettings({width: 1921})).toThrow('width must be an even whole number from 160 to 3840, got 1921');
    expect(() => videoSettings({height: 100})).toThrow('height must be an even whole number from 160 to 3840, got 100');
    expect(() => videoSettings({secondsPerChapter: 0.5})).toThrow('secondsPerChapter must be from 1 to 60, got 0.5');
    expect(() => videoSettings({secondsPerChapter: Number.NaN})).toThrow('secondsPerChapter must be from 1 to 60');
  });

  it('flies from one chapter’s camera to the next, easing, and pulls back on the way', () => {
    const a = {center: [4.4, 51.9] as [number, number], zoom: 6, bearing: 0, pitch: 0};
    const b = {center: [-79.9, -2.2] as [number, number], zoom: 4, bearing: 0, pitch: 0};
    expect(between(a, b, 0)).toEqual(a);
    for (const [k, v] of between(a, b, 1).center.entries()) expect(v).toBeCloseTo(b.center[k], 10);
    expect(between(a, b, 1).zoom).toBeCloseTo(b.zoom, 10);
    const mid = between(a, b, 0.5);
    expect(mid.zoom).toBeLessThan(5);
    // Slow at the ends, fast in the middle.
    expect(between(a, b, 0.1).center[0] - a.center[0]).toBeGreaterThan(-0.1 * (a.center[0] - b.center[0]));
  });
});
