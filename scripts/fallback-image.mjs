#!/usr/bin/env node
// The picture shown where WebGL is missing: the default view with no controls, from the built
// embed page, screenshotted in headless Chromium and encoded as WebP. Regenerate it when the
// default view changes:  npm run build && node scripts/fallback-image.mjs
import {writeFileSync} from 'node:fs';
import {preview} from 'vite';
import {chromium} from 'playwright-core';

const out = new URL('../src/assets/default-view.webp', import.meta.url);
const server = await preview({preview: {port: 4190, host: '127.0.0.1', strictPort: false}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']});
const page = await browser.newPage({viewport: {width: 1024, height: 640}});
await page.goto(`${server.resolvedUrls.local[0]}embed.html?controls=none&reduced-motion=`);
await page.evaluate(() => new Promise((resolve) => addEventListener('route-map-ready', resolve, {once: true})));
await page.evaluate(() => document.querySelector('route-map').settled());
const png = await page.screenshot();
// Encoded on a blank page: the embed page's own CSP forbids data: images.
const blank = await browser.newPage();
const webp = await blank.evaluate(async (base64) => {
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = new OffscreenCanvas(img.width, img.height);
  canvas.getContext('2d').drawImage(img, 0, 0);
  const blob = await canvas.convertToBlob({type: 'image/webp', quality: 0.82});
  return [...new Uint8Array(await blob.arrayBuffer())];
}, png.toString('base64'));
await browser.close();
server.httpServer.close();
writeFileSync(out, Uint8Array.from(webp));
console.log(`wrote ${out.pathname}: ${(webp.length / 1024).toFixed(0)} KB`);
