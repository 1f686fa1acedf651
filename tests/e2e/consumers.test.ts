/**
 * Installed as a package, it works in every build: the packed tarball in apps built with Vite
 * (TypeScript; React 19 with TSX; a class-only app with its own tag), webpack 5 and esbuild
 * (with the base path), each loaded in one shared Chromium until route-map-ready; the package
 * imported in Node as a server would; and a base path that points nowhere. The apps are in
 * tests/consumers; consumer-apps.ts packs, installs and builds them once for this file.
 */
import {beforeAll, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {useFoldersAndBrowser} from './serve';
import {apps, built, esbuildBuild, install, installed, installedLib, nodeImport, step, typecheck, viteBuild, webpackBuild} from './consumer-apps';
import {join} from 'node:path';

const steps: Record<string, {ms: number; error?: string}> = {};
let nodeResult = '';

beforeAll(async () => {
  for (const s of [
    await step('install', install),
    await step('tsc', typecheck),
    await step('vite-ts', () => viteBuild('vite-ts')),
    await step('react', () => viteBuild('react')),
    await step('class-only', () => viteBuild('class-only')),
    await step('webpack', webpackBuild),
    await step('esbuild', esbuildBuild),
    await step('node', () => { nodeResult = nodeImport(); }),
  ]) steps[s.name] = s;
  console.log(`consumers: ${Object.entries(steps).map(([name, s]) => `${name} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`);
  if (steps.install.error) throw new Error(`npm pack / install failed: ${steps.install.error}`);
}, 600_000);

const env = useFoldersAndBrowser(() => ({
  'vite-ts': join(apps, 'vite-ts/dist'), react: join(apps, 'react/dist'), 'class-only': join(apps, 'class-only/dist'),
  webpack: join(apps, 'webpack'), esbuild: join(apps, 'esbuild'), 'route-map': installedLib(),
}));

interface Outcome {
  ready?: {tag: string; ms: number; routes: number};
  errors: unknown[];
  failed: string[];
  uncaught: string[];
  warnings: string[];
}

/** Opens an app's page and waits for its map to be ready or to report an error; every failed request and console word is kept. */
async function open(path: string, until: 'ready' | 'error' = 'ready', tag = 'route-map'): Promise<Outcome & {page: Page}> {
  // Still flows: motion is not under test here, and moving dashes keep a core busy on software WebGL.
  const page = await env.browser.newPage({viewport: {width: 1024, height: 640}, reducedMotion: 'reduce'});
  const outcome: Outcome = {errors: [], failed: [], uncaught: [], warnings: []};
  page.on('response', (r) => { if (r.status() >= 400) outcome.failed.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  page.on('requestfailed', (r) => outcome.failed.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => outcome.uncaught.push(e.message));
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') outcome.warnings.push(m.text()); });
  await page.addInitScript(() => {
    const w = window as unknown as {heard: {type: string; tag: string; ms: number; detail: unknown}[]};
    w.heard = [];
    for (const type of ['route-map-ready', 'route-map-error']) {
      document.addEventListener(type, (e) => w.heard.push({type, tag: (e.target as Element).localName, ms: performance.now(), detail: (e as CustomEvent).detail}));
    }
  });
  await page.goto(`${env.origin}${path}`);
  // An import that registers nothing leaves an empty box and no error: say so, rather than wait for a map.
  const registered = await page.waitForFunction((name) => !!customElements.get(name), tag, {timeout: 20_000}).then(() => true, () => false);
  expect(registered, `<${tag}> was never registered`).toBe(true);
  const heard = () => page.evaluate(() => (window as unknown as {heard: {type: string; tag: string; ms: number; detail: unknown}[]}).heard);
  await expect.poll(async () => (await heard()).some((h) => h.type === `route-map-${until}`), {timeout: 90_000, interval: 250}).toBe(true);
  const all = await heard();
  const ready = all.find((h) => h.type === 'route-map-ready');
  if (ready) outcome.ready = {tag: ready.tag, ms: Math.round(ready.ms), routes: (ready.detail as {routes: number}).routes};
  outcome.errors = all.filter((h) => h.type === 'route-map-error').map((h) => h.detail);
  return {...outcome, page};
}

/** Loads an app that built, and expects its map drawn with nothing missing, nothing thrown and no problem reported. */
async function expectReady(app: string, path: string, tag = 'route-map', look?: (page: Page) => Promise<unknown>) {
  expect(steps[app].error, `${app} did not build`).toBeUndefined();
  expect(built(app)).toBe(true);
  const {page, ...outcome} = await open(path, 'ready', tag);
  const seen = await look?.(page);
  await page.close();
  console.log(`${app}: built in ${(steps[app].ms / 1000).toFixed(1)} s, route-map-ready after ${outcome.ready?.ms} ms`);
  expect({...outcome, ready: outcome.ready && {tag: outcome.ready.tag, routes: outcome.ready.routes}}).toEqual({
    ready: {tag, routes: 34}, errors: [], failed: [], uncaught: [], warnings: [],
  });
  return seen;
}

it('the package holds what it imports: Lit as a dependency, the engines inside, nothing else installed', () => {
  expect(Object.keys(installed().dependencies).sort()).toEqual(['@lit-labs/observers', 'lit']);
});

it('types: tsc --strict passes over a TypeScript app and a React 19 TSX app using attributes and event props', () => {
  expect(steps.tsc.error ?? '').toBe('');
});

it('Node: importing the package, as a server rendering pages does, does not throw', () => {
  expect(steps.node.error).toBeUndefined();
  expect(JSON.parse(nodeResult)).toEqual({exports: ['RouteMap', 'defineRouteMap', 'getBasePath', 'setBasePath'], defined: 'function'});
});

it('Vite + TypeScript: import "route-map-element/route-map.js" registers the tag and every file it loads arrives', async () => {
  await expectReady('vite-ts', '/vite-ts/');
});

it('React 19: the element in JSX, its event prop heard', async () => {
  // The app's onroute-map-ready prop writes the count React renders.
  const said = await expectReady('react', '/react/', 'route-map', async (page) => {
    await page.waitForFunction(() => document.querySelector('p')?.textContent?.startsWith('ready'), null, {timeout: 10_000}).catch(() => {});
    return page.textContent('p');
  });
  expect(said).toBe('ready: 34 routes');
});

it("webpack 5: registers, and its chunks, worker, data and posters arrive; the story editor saves a briefing from the app's copy of its template", async () => {
  const saved = await expectReady('webpack', '/webpack/', 'route-map', (page) => page.evaluate(async () => {
    const blob = await (document.querySelector('route-map') as unknown as {exportBriefing(): Promise<Blob>}).exportBriefing();
    return {type: blob.type, megabytes: blob.size / 1e6, story: (await blob.text()).includes(' story="data:application/json,%7B')};
  }));
  expect(saved).toEqual({type: 'text/html', megabytes: expect.closeTo(8.8, 0), story: true});
});

it('esbuild: with the base path as documented', async () => {
  await expectReady('esbuild', '/esbuild/');
});

it('the class alone registers nothing: an app defines its own tag', async () => {
  const tags = await expectReady('class-only', '/class-only/', 'my-map', (page) => page.evaluate(() => ({
    before: (window as unknown as {routeMapTagBefore: unknown}).routeMapTagBefore, after: customElements.get('route-map') ?? null,
  })));
  expect(tags).toEqual({before: null, after: null});
});

it('a base path that points nowhere is a route-map-error naming the missing file and the fix', async () => {
  const {page, errors} = await open('/esbuild/?base=/nowhere/', 'error');
  await page.close();
  const {message, problems} = errors[0] as {message: string; problems: {file: string; message: string}[]};
  expect(message).toMatch(/nowhere\/assets\//);
  expect(problems[0].file).toMatch(/^nowhere\/assets\/.+\.(geojson|json)$/);
  expect(problems[0].message).toContain("setBasePath('/nowhere/')");
});

it('a second copy of the package on the page leaves the first tag alone and says so once', async () => {
  const page = await env.browser.newPage({reducedMotion: 'reduce'});
  const warnings: string[] = [];
  const uncaught: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.goto(`${env.origin}/vite-ts/`);
  await page.addScriptTag({type: 'module', url: `${env.origin}/route-map/cdn/route-map.js`});
  await page.addScriptTag({type: 'module', content: `import {defineRouteMap} from '${env.origin}/route-map/cdn/index.js'; defineRouteMap(); defineRouteMap();`});
  const said = () => warnings.filter((w) => w.includes('another copy of the route-map-element package'));
  await expect.poll(() => said().length, {timeout: 10_000}).toBe(1);
  await page.waitForTimeout(500);
  await page.close();
  expect({said: said().length, uncaught}).toEqual({said: 1, uncaught: []});
});
