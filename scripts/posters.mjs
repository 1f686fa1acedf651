#!/usr/bin/env node
// The posters (issue 19): the opening view of each view a built page can open with (the default
// view and every chapter, in English and Dutch, light theme, flat map; and every chapter in
// presenter mode, which the briefing file opens with), drawn by the real map at
// each size it is made for, without the interface over it, and encoded as WebP. The element shows
// the one for its box at once and cross-fades to the live map (src/components/route-map/poster/poster.ts).
// Writes src/assets/posters/*.webp and posters.json, with a digest of what the pictures show so a
// test can tell when they are out of date. Regenerate after changing the data, the story or the
// map's drawing:  npm run build && node scripts/posters.mjs
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {preview} from 'vite';
import {chromium} from 'playwright-core';
import {posterInputsDigest, POSTER_SIZES, PRESENTER_SIZES} from './poster-inputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}src/assets/posters/`;
const story = JSON.parse(readFileSync(`${root}geo/story.json`, 'utf8'));
const views = ['default', ...story.chapters.map((c) => c.id)];
const langs = ['en', 'nl'];
// Lossy WebP for the laptop (0.95) and the projector (0.9): its edges differ from the live map in
// about 2% of pixels (3.6% at 0.8, 1.85% at 0.9), and the projector's poster must stay light: with
// the first module, the fonts and the data it is under a third of what a bare map page loads before
// its picture (0.95 made it 0.36×). The phone's picture is lossless: its arcs are so dense that
// lossy WebP's halved colour resolution alone changes 3.6% of its pixels at any quality.
const quality = ({width}) => (width < 600 ? 1 : width < 1600 ? 0.95 : 0.9);

const server = await preview({preview: {port: 4191, host: '127.0.0.1', strictPort: false}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']});
// Encoded on a blank page: the embed page's own CSP forbids data: images.
const blank = await browser.newPage();

rmSync(outDir, {recursive: true, force: true});
mkdirSync(outDir, {recursive: true});
const posters = [];
// The visitor's views at every size, then presenter mode's chapters at its sizes.
const runs = [
  ...POSTER_SIZES.map((size) => ({...size, presenter: false, views})),
  ...PRESENTER_SIZES.map((size) => ({...size, presenter: true, views: story.chapters.map((c) => c.id)})),
];
for (const {width, height, presenter, views} of runs) {
  const page = await browser.newPage({viewport: {width, height}});
  for (const lang of langs) {
    for (const view of views) {
      const query = new URLSearchParams({'reduced-motion': '', ...(presenter ? {presenter: ''} : {}), ...(lang === 'en' ? {} : {lang}), ...(view === 'default' ? {} : {chapter: view})});
      await page.goto(`${base}embed.html?${query}`);
      await page.evaluate(() => new Promise((resolve) => {
        const el = document.querySelector('route-map');
        if (el.map && el.routeData) resolve();
        else addEventListener('route-map-ready', resolve, {once: true});
      }));
      // The map alone: the interface is drawn live over the poster, so it is not in the picture.
      const camera = await page.evaluate(async () => {
        const el = document.querySelector('route-map');
        await el.settled();
        for (const part of [...el.shadowRoot.children, ...el.shadowRoot.querySelectorAll('.maplibregl-control-container')]) {
          if (!part.classList.contains('map')) part.style.visibility = 'hidden';
        }
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const c = el.map.getCenter();
        return {center: [c.lng, c.lat], zoom: el.map.getZoom(), chapter: el.chapter ?? null};
      });
      if ((camera.chapter ?? 'default') !== view) throw new Error(`${view}: the page opened ${camera.chapter}`);
      const png = await page.screenshot();
      const webp = await blank.evaluate(async ([base64, quality]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        canvas.getContext('2d').drawImage(img, 0, 0);
        const blob = await canvas.convertToBlob({type: 'image/webp', quality});
        return [...new Uint8Array(await blob.arrayBuffer())];
      }, [png.toString('base64'), quality({width})]);
      const file = `${view}${presenter ? '-presenter' : ''}-${lang}-${width}x${height}.webp`;
      writeFileSync(outDir + file, Uint8Array.from(webp));
      posters.push({view, lang, theme: 'light', presenter, width, height, quality: quality({width}), center: camera.center.map((v) => Number(v.toFixed(6))), zoom: Number(camera.zoom.toFixed(6)), file, bytes: webp.length});
      console.log(`${file}: ${(webp.length / 1024).toFixed(0)} KB`);
    }
  }
  await page.close();
}
await browser.close();
server.httpServer.close();
const manifest = {inputs: posterInputsDigest(root), firstChapter: story.chapters[0].id, posters};
writeFileSync(`${outDir}posters.json`, `${JSON.stringify(manifest, null, 1)}\n`);
const total = posters.reduce((s, p) => s + p.bytes, 0);
console.log(`wrote ${posters.length} posters, ${(total / 1024).toFixed(0)} KB in all, and posters.json (${readdirSync(outDir).length} files)`);
