/**
 * Malformed input through the loader the element uses (loadData: fetch, unpack the bundle, validate):
 * the 200 generated bundles, each costing exactly its one broken feature, and a 100,000-port file.
 * The browser (tests/browser/hardening.test.ts) swaps one bundle of each kind and a 10,000-port file
 * into a running map; the counts that need no map are checked here, for every case and at full size.
 */
import {readFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {fileLabel, loadData} from '../../src/data/load';
import {describeProblem, skippedPerFile} from '../../src/data/validate';
import {malformedCases, validPort} from '../fixtures/malformed';

/** A page's data file, as the element fetches it. */
const blobUrl = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], {type: 'application/json'}));

// The bundled layers a page's file does not replace are fetched beside the page: here a made-up
// origin whose files are read from the repository. Blob URLs go to Node's own fetch.
const ORIGIN = 'http://route-map.test';
beforeAll(() => {
  const fetchUrl = globalThis.fetch;
  vi.stubGlobal('document', {baseURI: `${ORIGIN}/`});
  vi.stubGlobal('fetch', async (url: string | URL, init?: RequestInit) => {
    const u = new URL(String(url));
    if (u.origin !== ORIGIN) return fetchUrl(url, init);
    return new Response(readFileSync(new URL(`../..${u.pathname}`, import.meta.url)));
  });
});
afterAll(() => vi.unstubAllGlobals());

describe('generated malformed input', () => {
  const cases = malformedCases(200);

  it('covers 200 cases and every mutation', () => {
    expect(cases).toHaveLength(200);
    expect(new Set(cases.map((c) => c.name.replace(/ \(#\d+\)$/, ''))).size).toBe(32);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: one problem naming its file, one feature skipped, the valid features kept', async (_, c) => {
    const url = blobUrl(c.bundle);
    const {data, problems} = await loadData(url);
    URL.revokeObjectURL(url);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    // The page's file and the layer in it, as the notice names them.
    const file = `${fileLabel(url)} (${c.layer})`;
    expect(problems[0].file).toBe(file);
    expect(problems[0].index !== undefined || problems[0].id !== undefined).toBe(true);
    // What the notice counts: "… (ports): 1 feature skipped".
    expect(skippedPerFile(problems)).toEqual([{file, skipped: 1}]);
    expect(data.ports.map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(data.routes.map((r) => r.id)).toEqual(['r1']);
  });
});

describe('a huge file', () => {
  // Some 40 MB to write, read and validate: seconds in Node, more while browser tests load the cores.
  it('100,000 ports, every tenth broken: exactly those 10,000 skipped and named, the 90,000 others and the bundled layers kept', async () => {
    const collection = (features: unknown[]) => ({type: 'FeatureCollection', features});
    const broken = (i: number) => i % 10 === 9;
    const huge = {ports: collection(Array.from({length: 100_000}, (_, i) => (broken(i) ? {type: 'Feature', geometry: null, properties: {id: `h${i}`}} : validPort(`h${i}`, -170 + (i % 340), -60 + (i % 120)))))};
    const url = blobUrl(huge);
    const [{data, problems}, bundled] = await Promise.all([loadData(url), loadData()]);
    URL.revokeObjectURL(url);
    const file = `${fileLabel(url)} (ports)`;
    const inPorts = problems.filter((p) => p.file === file);
    expect(inPorts).toHaveLength(10_000);
    expect(inPorts.every((p) => broken(p.index!) && p.id === `h${p.index}` && /^kind must be one of/.test(p.message))).toBe(true);
    expect(describeProblem(problems[0])).toBe(`${file}: feature 9 ("h9"): kind must be one of seaport, airport, hub, region, city, got undefined`);
    expect(skippedPerFile(problems)).toContainEqual({file, skipped: 10_000});
    expect(data.ports).toHaveLength(90_000);
    expect(data.ports.every((p, k) => p.id === `h${k + Math.floor(k / 9)}`)).toBe(true);
    // The layers the file does not name stay the bundled ones.
    expect(bundled.problems).toEqual([]);
    for (const layer of ['countries', 'organisations', 'events'] as const) expect(data[layer].length, layer).toBe(bundled.data[layer].length);
  }, 60_000);
});
