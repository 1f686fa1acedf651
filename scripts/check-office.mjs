#!/usr/bin/env node
// The exports opened by real clients: the slides converted by LibreOffice, the handout read by
// poppler, the video probed by ffmpeg. Needs Debian's libreoffice-impress, poppler-utils and
// ffmpeg (`apt-get install -y libreoffice-impress poppler-utils ffmpeg`), and a built site.
//   npm run test:office        (builds, then runs this; the files and pictures stay in dist/office/)
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {preview} from 'vite';
import {chromium} from 'playwright-core';

const out = 'dist/office';
mkdirSync(out, {recursive: true});
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (cmd, args) => execFileSync(cmd, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** Whether a PGM picture (as pdftoppm -gray writes it) has content: its grey levels spread. */
function notBlank(file) {
  const bytes = readFileSync(file);
  const header = bytes.subarray(0, 64).toString('latin1').split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(bytes.length - w * h);
  const levels = new Set(pixels);
  return levels.size > 16;
}

// WebCodecs needs a secure context: 127.0.0.1 is one.
const server = await preview({preview: {port: 4176, host: '127.0.0.1'}, build: {outDir: 'dist/site'}, logLevel: 'silent'});
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage']});
const page = await browser.newPage({viewport: {width: 1280, height: 720}});
await page.addInitScript(() => addEventListener('route-map-ready', () => (window.__ready = true)));
await page.goto(server.resolvedUrls.local[0]);
await page.waitForFunction(() => window.__ready, null, {timeout: 60_000});
const video = {secondsPerChapter: 2, width: 640, height: 360, fps: 10};
const files = {};
for (const [name, call] of [['story.pptx', 'exportPptx()'], ['handout.pdf', 'exportPdf()'], ['story.mp4', `exportVideo(${JSON.stringify(video)})`]]) {
  const t0 = Date.now();
  const base64 = await page.evaluate(async (call) => {
    const el = document.querySelector('route-map');
    const blob = await new Function('el', `return el.${call}`)(el);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, call);
  files[name] = join(out, name);
  writeFileSync(files[name], Buffer.from(base64, 'base64'));
  console.log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s, ${(Buffer.from(base64, 'base64').length / 1024).toFixed(0)} KB`);
}
const chapters = await page.evaluate(() => document.querySelector('route-map').storyData.chapters.map((c) => c.title.en));
await browser.close();
server.httpServer.close();

// Slides: LibreOffice opens and converts them; a page per slide, and a chapter slide is not blank.
run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, files['story.pptx']]);
const slidesPdf = join(out, 'story.pdf');
const slidePages = Number(run('pdfinfo', [slidesPdf]).match(/Pages:\s+(\d+)/)[1]);
check(slidePages >= chapters.length + 2, `LibreOffice converts the slides: ${slidePages} pages for ${chapters.length} chapters plus title and sources`);
run('pdftoppm', ['-r', '48', '-f', '2', '-l', '2', '-png', slidesPdf, join(out, 'slide')]);
run('pdftoppm', ['-r', '24', '-f', '2', '-l', '2', '-gray', slidesPdf, join(out, 'slide-grey')]);
check(notBlank(join(out, 'slide-grey-02.pgm')), 'the first chapter slide as LibreOffice draws it is not blank');
const slideText = run('pdftotext', [slidesPdf, '-']);
check(chapters.every((t) => slideText.includes(t)), 'every chapter title is text on its slide');

// Handout: A4 landscape, a page per chapter, text extractable.
const info = run('pdfinfo', [files['handout.pdf']]);
check(Number(info.match(/Pages:\s+(\d+)/)[1]) === chapters.length, `the handout has a page per chapter (${chapters.length})`);
check(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/.test(info), `the handout is A4 landscape (${info.match(/Page size:.*/)[0]})`);
const handoutText = run('pdftotext', [files['handout.pdf'], '-']);
check(chapters.every((t) => handoutText.includes(t)) && handoutText.includes('Page 1 of'), 'titles and page numbers are text in the handout');
run('pdftoppm', ['-r', '48', '-f', '1', '-l', '1', '-png', files['handout.pdf'], join(out, 'handout')]);

// Video: H.264, its size, its frames.
const probe = JSON.parse(run('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_streams', '-of', 'json', files['story.mp4']])).streams[0];
const expected = chapters.length * video.secondsPerChapter * video.fps;
check(probe.codec_name === 'h264', `the video is H.264 (${probe.codec_name})`);
check(probe.width === video.width && probe.height === video.height, `the video is ${video.width}×${video.height} (${probe.width}×${probe.height})`);
check(Math.abs(Number(probe.nb_read_frames) - expected) / expected < 0.02, `the video has ${probe.nb_read_frames} frames, ${expected} expected`);
run('ffmpeg', ['-v', 'error', '-y', '-ss', String((chapters.length * video.secondsPerChapter) / 2), '-i', files['story.mp4'], '-frames:v', '1', join(out, 'video-frame.png')]);

console.log(failures.length ? `${failures.length} failed` : `all passed; pictures in ${out}/`);
process.exit(failures.length ? 1 : 0);
