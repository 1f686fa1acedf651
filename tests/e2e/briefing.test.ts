/**
 * The offline briefing pack: the single-file build opens from a file:// address in Chromium
 * with every network request blocked, and draws the routes.
 */
import {existsSync, mkdtempSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {chromium, type Browser} from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const file = `${root}dist/briefing/briefing.html`;
let browser: Browser;

// dist/briefing is built by global-setup.ts.
beforeAll(async () => {
  browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']});
}, 120_000);

afterAll(async () => {
  await (await opened)?.context.close();
  await browser?.close();
});

/** The briefing opened offline once, for the first test and the editor's (each passes alone too): the file takes seconds to start. */
let opened: ReturnType<typeof openOffline> | undefined;
async function openOffline() {
  const {context, blocked} = await offline();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => addEventListener('route-map-ready', (e) => ((window as unknown as {ready: unknown}).ready = (e as CustomEvent).detail)));
  await page.goto(`file://${file}`);
  return {context, page, blocked, errors};
}

/** A 1280×720 context with motion reduced and the network off: only file:, data: and blob: addresses load. */
async function offline() {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, reducedMotion: 'reduce'});
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return {context, blocked};
}

it('is one file, and runs the story from file:// with the network off', async () => {
  expect(existsSync(file)).toBe(true);
  console.log(`briefing.html: ${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`);
  // Reduced motion: the arcs stand still, so the pixel read below has one known colour.
  const {page, blocked, errors} = await (opened ??= openOffline());
  // Its chapter's poster, inline, before the map has drawn (the nearest to this screen, placed once the interface is drawn).
  const poster = await page.waitForFunction(() => {
    const img = document.querySelector('route-map')?.shadowRoot?.querySelector<HTMLImageElement>('img.poster');
    return img && {src: img.src.slice(0, 16), width: img.width, ready: !!(window as unknown as {ready: unknown}).ready};
  }, null, {timeout: 60_000, polling: 'raf'});
  expect(await poster.jsonValue()).toEqual({src: 'data:image/webp;', width: 1920, ready: false});
  const ready = await page.waitForFunction(() => (window as unknown as {ready: unknown}).ready, null, {timeout: 60_000});
  expect(await ready.jsonValue()).toMatchObject({routes: expect.any(Number)});
  // The first chapter is on screen, and an arc is drawn: read a pixel on the Panama → Rotterdam arc.
  const pixel = await page.evaluate(() => new Promise<number[]>((resolve) => {
    const el = document.querySelector('route-map') as unknown as {chapter: string; routeData: {routes: {id: string; sourcePosition: [number, number]; targetPosition: [number, number]}[]}; map: import('maplibre-gl').Map};
    const route = el.routeData.routes.find((r) => r.id === 'manzanillo-rotterdam')!;
    const s = el.map.project(route.sourcePosition);
    const t = el.map.project(route.targetPosition);
    const x = (s.x + t.x) / 2 + 0.15 * (t.y - s.y);
    const y = (s.y + t.y) / 2 - 0.15 * (t.x - s.x);
    el.map.once('render', () => {
      const canvas = el.map.getCanvas();
      const gl = canvas.getContext('webgl2')!;
      const ratio = canvas.width / canvas.clientWidth;
      const out = new Uint8Array(4);
      gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
      resolve([...out, el.chapter === 'hub' ? 1 : 0]);
    });
    el.map.triggerRepaint();
  }));
  // Vermillion (the ocean leg) over the sea: red well above blue.
  expect(pixel[0] - pixel[2]).toBeGreaterThan(80);
  expect(pixel[4]).toBe(1);
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);

it('works by touch on a phone (360×640): a tap on a port selects it and its details fit the screen', async () => {
  const context = await browser.newContext({viewport: {width: 360, height: 640}, hasTouch: true, isMobile: true, reducedMotion: 'reduce'});
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('route-map-ready', () => ((window as unknown as {ready: boolean}).ready = true)));
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000});
  const p = await page.evaluate(() => {
    const el = document.querySelector('route-map') as unknown as {presenter: boolean; leaveStory(): void; settled(): Promise<void>; map: import('maplibre-gl').Map};
    el.presenter = false;
    el.leaveStory();
    el.map.jumpTo({center: [-79.908, -2.281], zoom: 5});
    return el.settled().then(() => el.map.project([-79.908, -2.281]));
  });
  await page.touchscreen.tap(p.x, p.y);
  await page.waitForFunction(() => (document.querySelector('route-map') as unknown as {selected?: string}).selected === 'guayaquil', null, {timeout: 10_000});
  const box = await page.evaluate(() => {
    const r = document.querySelector('route-map')!.shadowRoot!.querySelector('.details')!.getBoundingClientRect();
    return {left: r.left, right: r.right, bottom: r.bottom};
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(360);
  expect(box.bottom).toBeLessThanOrEqual(640);
  await context.close();
}, 120_000);

it('makes the slides, the handout and the video from file:// with the network off', async () => {
  const {context, blocked} = await offline();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => addEventListener('route-map-ready', () => ((window as unknown as {ready: boolean}).ready = true)));
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000});
  const made = await page.evaluate(async () => {
    type El = HTMLElement & {storyData: {chapters: unknown[]}; settled(): Promise<void>; exportPptx(): Promise<Blob>; exportPdf(): Promise<Blob>;
      exportVideo(o: object): Promise<Blob>};
    const el = document.querySelector('route-map') as El;
    // One chapter of the bundled story, so the three files take seconds, not minutes.
    const story = {...el.storyData, chapters: el.storyData.chapters.slice(0, 1)};
    el.setAttribute('story', URL.createObjectURL(new Blob([JSON.stringify(story)], {type: 'application/json'})));
    await new Promise((resolve) => el.addEventListener('route-map-ready', resolve, {once: true}));
    const head = async (blob: Blob) => [blob.type, blob.size > 10_000, new TextDecoder().decode(await blob.slice(0, 8).arrayBuffer())];
    const video = await el.exportVideo({secondsPerChapter: 1, width: 320, height: 180, fps: 4});
    // An MP4's H.264 track has an 'avc1' sample entry (with its 'avcC' configuration); VP9 in MP4 would say 'vp09'.
    const text = new TextDecoder('latin1').decode(await video.arrayBuffer());
    return {
      pptx: await head(await el.exportPptx()),
      pdf: await head(await el.exportPdf()),
      video: [...await head(video), text.includes('avc1') && text.includes('avcC')],
    };
  });
  expect(made.pptx).toEqual(['application/vnd.openxmlformats-officedocument.presentationml.presentation', true, expect.stringMatching(/^PK/)]);
  expect(made.pdf).toEqual(['application/pdf', true, expect.stringMatching(/^%PDF-/)]);
  // MP4 with H.264 only: this Chromium has an H.264 encoder, so the WebM (VP9) fallback here would hide a broken H.264 path.
  expect(made.video, 'the video must be MP4 (H.264): this Chromium encodes H.264, so WebM means the H.264 path failed')
    .toEqual(['video/mp4', true, expect.stringMatching(/^....ftyp/s), true]);
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);

it("saves a presenter's own briefing from file://, which opens by double-click offline with the new chapter, its title as text", async () => {
  const {context, page, blocked, errors} = await (opened ??= openOffline());
  await page.waitForFunction(() => (window as unknown as {ready: unknown}).ready, null, {timeout: 60_000});
  const hostile = '<img src=x onerror="document.title=1">Guayaquil & Santos';
  const made = await page.evaluate(async (title) => {
    type El = HTMLElement & {presenter: boolean; editor: boolean; map: import('maplibre-gl').Map; settled(): Promise<void>;
      captureChapter(t: object): Promise<{id: string}>; exportBriefing(): Promise<Blob>};
    const el = document.querySelector('route-map') as El;
    el.presenter = false;
    el.editor = true;
    el.map.jumpTo({center: [-79.9, -2.3], zoom: 4});
    await el.settled();
    const chapter = await el.captureChapter({title: {en: title, nl: title}, text: 'From Ecuador to Europe'});
    // The story's own title, typed into the editor: the saved page's <title>.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('.story-title input[lang=nl]')!;
    input.value = title;
    input.dispatchEvent(new Event('input'));
    const started = performance.now();
    const blob = await el.exportBriefing();
    return {id: chapter.id, ms: Math.round(performance.now() - started), type: blob.type, text: await blob.text()};
  }, hostile);
  console.log(`a saved briefing: ${(Buffer.byteLength(made.text) / 1e6).toFixed(2)} MB, made in ${made.ms} ms`);
  expect(made.type).toBe('text/html');
  const saved = `${mkdtempSync(`${tmpdir()}/briefing-`)}/briefing.html`;
  writeFileSync(saved, made.text);

  const again = await context.newPage();
  again.on('pageerror', (e) => errors.push(e.message));
  await again.addInitScript(() => addEventListener('route-map-ready', () => ((window as unknown as {ready: boolean}).ready = true)));
  await again.goto(`file://${saved}#chapter=${made.id}`);
  await again.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000});
  const shown = await again.evaluate(() => {
    const el = document.querySelector('route-map') as HTMLElement & {presenter: boolean; chapter: string; storyData: {chapters: {id: string}[]}};
    const panel = el.shadowRoot!.querySelector('.panel')!;
    return {presenter: el.presenter, chapter: el.chapter, chapters: el.storyData.chapters.length, heading: panel.querySelector('h2')!.textContent,
      images: panel.querySelectorAll('img').length, title: document.title};
  });
  expect(shown).toEqual({presenter: true, chapter: made.id, chapters: 12, heading: hostile, images: 0, title: hostile});
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await again.close();
}, 180_000);
