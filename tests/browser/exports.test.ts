/**
 * The story as slides, handout and video, read back: the PPTX unzipped, the PDF's pages, size and
 * text, the video parsed with mediabunny's input side, and WebM where H.264 is not offered. Then
 * refusals, cancelling and a lost GPU during a still export and the video. The LibreOffice, poppler
 * and ffprobe checks are `npm run test:office`. The tests share one map, as a visitor's would; each
 * passes alone and in any order.
 */
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import JSZip from 'jszip';
import {ALL_FORMATS, BlobSource, Input, VideoSampleSink} from 'mediabunny';
import {mount} from './helpers';
import type {RouteMap} from '../../src/index';

import story from '../../geo/story.json';

const capture = () => document.querySelector<RouteMap>('[data-rm-capture]');
/**
 * Two chapters of the bundled story: on software WebGL a chapter's picture at 1920×1080 takes
 * seconds, and the structure is the same for two as for eleven (npm run test:office exports all).
 */
const SHORT_STORY = URL.createObjectURL(new Blob([JSON.stringify({...story, chapters: story.chapters.filter((c) => ['mainports', 'coalition-2024'].includes(c.id))})], {type: 'application/json'}));
/** Small and short, so a test renders a whole story in seconds. */
const SMALL_VIDEO = {secondsPerChapter: 1, width: 320, height: 180, fps: 4};

describe('exports', () => {
  let shared: Promise<RouteMap> | undefined;
  const visitor = () => (shared ??= (async () => {
    const {el, ready} = mount({'reduced-motion': '', chapter: 'mainports', story: SHORT_STORY}, {width: 1024, height: 640});
    await ready;
    return el;
  })());
  afterAll(async () => (await shared)?.remove());
  // A test that failed half-way leaves no export running for the next.
  afterEach(async () => {
    const el = await shared;
    const cancel = el?.shadowRoot!.querySelector<HTMLButtonElement>('.export-progress [role=progressbar] ~ .export-cancel');
    if (!el || !cancel) return;
    cancel.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.export-progress [role=progressbar]')).toBeNull(), {timeout: 30_000});
  });

  it('PPTX: a title slide, a slide per chapter with its title as text and its sources in the notes, sources; pictures 1920×1080', async () => {
    const el = await visitor();
    const camera = el.map!.getCenter().toArray();
    let sawProgress = false;
    const watch = setInterval(() => { if (el.shadowRoot!.querySelector('.export-progress [role=progressbar]')) sawProgress = true; }, 50);
    const blob = await el.exportPptx();
    clearInterval(watch);
    expect(sawProgress).toBe(true);
    expect(el.shadowRoot!.querySelector('.export-progress')).toBeNull();
    expect(capture()).toBeNull();
    // The visitor's map did not move.
    expect(el.map!.getCenter().toArray()).toEqual(camera);
    expect(el.chapter).toBe('mainports');
    const zip = await JSZip.loadAsync(blob);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    const chapters = el.storyData!.chapters;
    // Title, one per chapter, then the sources (one or more slides).
    expect(slides.length).toBeGreaterThanOrEqual(chapters.length + 2);
    const xml = await Promise.all(slides.map((f) => zip.file(f)!.async('string')));
    expect(xml[0]).toContain(el.storyData!.title.en);
    for (const [i, chapter] of chapters.entries()) {
      const escaped = chapter.title.en.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
      expect(xml[i + 1], chapter.id).toContain(`>${escaped}<`);
      expect(xml[i + 1], chapter.id).toContain('type="title"');
    }
    expect(xml.at(-1)).toContain('Sources');
    expect(xml.at(-1)).toContain('https://');
    const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(notes.filter((n) => n.includes('Sources:')).length).toBe(chapters.length);
    expect(notes.some((n) => n.includes('Rotterdam') && n.includes('kg seized'))).toBe(true);
    // Each chapter's speaker notes begin with the presenter's notes from the story.
    expect(notes.filter((n) => n.includes('Likely question:')).length).toBe(chapters.length);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && !zip.files[f].dir);
    expect(media).toHaveLength(chapters.length);
    for (const f of media.slice(0, 3)) {
      const image = await createImageBitmap(await zip.file(f)!.async('blob'));
      expect([image.width, image.height]).toEqual([1920, 1080]);
    }
    console.log(`pptx: ${(blob.size / 1024).toFixed(0)} KB, ${slides.length} slides`);
  }, 180_000);

  it('PDF: A4 landscape, a page per chapter, titles, figures and sources as text, page numbers', async () => {
    const el = await visitor();
    const blob = await el.exportPdf();
    const text = new TextDecoder('latin1').decode(await blob.arrayBuffer());
    const chapters = el.storyData!.chapters;
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(chapters.length);
    // A4 landscape: 297 × 210 mm is 841.89 × 595.28 points.
    const box = text.match(/\/MediaBox \[([^\]]*)\]/)![1].trim().split(/\s+/).map(Number);
    expect(box.map((v) => Math.round(v))).toEqual([0, 0, 842, 595]);
    for (const chapter of chapters) expect(text, chapter.id).toContain(`(${chapter.title.en.replace(/[()\\]/g, '\\$&')}) Tj`);
    expect(text).toContain(`(Page 1 of ${chapters.length}) Tj`);
    expect(text).toContain('/URI (https://');
    console.log(`pdf: ${(blob.size / 1024).toFixed(0)} KB, ${chapters.length} pages`);
  }, 180_000);

  it('video: H.264 in MP4 of the right size, as many frames as chapters × seconds × fps, a middle frame not blank', async () => {
    const el = await visitor();
    const blob = await el.exportVideo(SMALL_VIDEO);
    const input = new Input({source: new BlobSource(blob), formats: ALL_FORMATS});
    const track = (await input.getPrimaryVideoTrack())!;
    expect(await track.getCodecParameterString()).toMatch(/^avc1/);
    expect([track.displayWidth, track.displayHeight]).toEqual([320, 180]);
    const expected = el.storyData!.chapters.length * SMALL_VIDEO.secondsPerChapter * SMALL_VIDEO.fps;
    const stats = await track.computePacketStats();
    expect(Math.abs(stats.packetCount - expected) / expected).toBeLessThan(0.02);
    const duration = await input.computeDuration();
    const sample = (await new VideoSampleSink(track).getSample(duration / 2))!;
    const canvas = new OffscreenCanvas(320, 180);
    const ctx = canvas.getContext('2d')!;
    sample.draw(ctx, 0, 0, 320, 180);
    sample.close();
    const px = ctx.getImageData(0, 0, 320, 180).data;
    const values = new Set<number>();
    for (let i = 0; i < px.length; i += 4 * 97) values.add((px[i] >> 4) * 256 + (px[i + 1] >> 4) * 16 + (px[i + 2] >> 4));
    // A blank frame has one colour; a map has many.
    expect(values.size).toBeGreaterThan(20);
    console.log(`video: ${(blob.size / 1024).toFixed(0)} KB, ${stats.packetCount} frames, ${duration.toFixed(2)} s`);
  }, 180_000);

  it('the story panel offers the four downloads in a list that Escape closes; choosing one downloads its file', async () => {
    const el = await visitor();
    const root = el.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('details.downloads')!;
    await userEvent.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    expect([...details.querySelectorAll('.download-menu button')].map((b) => b.textContent!.trim())).toEqual(['Picture (PNG)', 'Slides (PPTX)', 'Handout (PDF)', 'Video (MP4)']);
    (details.querySelector('.download-menu button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(root.activeElement).toBe(details.querySelector('summary'));
    // Still in the story: Escape closed the list only.
    expect(el.chapter).toBe('mainports');
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
    try {
      await userEvent.click(details.querySelector('summary')!);
      await userEvent.click(details.querySelector('.download-menu button')!);
      expect(details.open).toBe(false);
      await vi.waitFor(() => expect(names).toEqual(['route-map-mainports.png']), {timeout: 30_000});
      // The video from the list, stopped by the progress bar's Cancel: no file, no error notice.
      await userEvent.click(details.querySelector('summary')!);
      await userEvent.click(details.querySelectorAll<HTMLButtonElement>('.download-menu button')[3]);
      await vi.waitFor(() => expect(root.querySelector('.export-cancel')).toBeTruthy(), {timeout: 30_000});
      await vi.waitFor(() => expect(capture()?.routeData).toBeTruthy(), {timeout: 60_000});
      await userEvent.click(root.querySelector('.export-cancel')!);
      await vi.waitFor(() => expect(root.querySelector('.export-progress')).toBeNull(), {timeout: 30_000});
      expect(capture()).toBeNull();
      expect(names).toEqual(['route-map-mainports.png']);
      expect(root.querySelector('[part=problems]')).toBeNull();
    } finally {
      click.mockRestore();
    }
  }, 120_000);

  it('says on the map when a video had to be WebM, until dismissed', async () => {
    const el = await visitor();
    // A browser that offers no H.264 encoder (this one does): mediabunny's canEncodeVideo, which
    // the export asks, learns it from WebCodecs. mediabunny remembers its answer per size, so this
    // test's size is its own (no other test exports 288×162).
    const isConfigSupported = VideoEncoder.isConfigSupported.bind(VideoEncoder);
    const refused: string[] = [];
    const noH264 = vi.spyOn(VideoEncoder, 'isConfigSupported').mockImplementation(async (config) => {
      if (!config.codec.startsWith('avc1')) return isConfigSupported(config);
      refused.push(config.codec);
      return {supported: false, config};
    });
    try {
      const blob = await el.exportVideo({...SMALL_VIDEO, fps: 1, width: 288, height: 162});
      expect(blob.type).toBe('video/webm');
      expect(refused.length).toBeGreaterThan(0);
      const input = new Input({source: new BlobSource(blob), formats: ALL_FORMATS});
      expect(await input.getMimeType()).toMatch(/^video\/webm/);
      const track = (await input.getPrimaryVideoTrack())!;
      expect(await track.getCodecParameterString()).toMatch(/^vp09/);
      expect([track.displayWidth, track.displayHeight]).toEqual([288, 162]);
      expect((await track.computePacketStats()).packetCount).toBe(el.storyData!.chapters.length * SMALL_VIDEO.secondsPerChapter);
    } finally {
      noH264.mockRestore();
    }
    const status = el.shadowRoot!.querySelector('.export-progress[role=status]')!;
    expect(status.textContent).toContain('H.264 is not available in this browser: the video is WebM (VP9)');
    // It stays until dismissed.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.export-progress[role=status]')).toBe(status);
    await userEvent.click(status.querySelector('button')!);
    expect(el.shadowRoot!.querySelector('.export-progress')).toBeNull();
  }, 180_000);

  it('refuses bad video options with a clear error, and a second export while one runs', async () => {
    const el = await visitor();
    await expect(el.exportVideo({fps: 0})).rejects.toThrow('fps must be a whole number from 1 to 60, got 0');
    await expect(el.exportVideo({width: 321})).rejects.toThrow('width must be an even whole number');
    await expect(el.exportVideo({secondsPerChapter: 1000})).rejects.toThrow('secondsPerChapter must be from 1 to 60');
    const controller = new AbortController();
    const first = el.exportPdf({signal: controller.signal});
    await expect(el.exportPptx()).rejects.toThrow('an export is already running');
    controller.abort();
    await expect(first).rejects.toThrow(/cancel|abort/i);
  }, 180_000);

  // One still format and the video: PPTX and PDF take their pictures the same way (chapterPictures
  // on the out-of-sight map, each step behind one guard, in src/export/capture.ts), so PDF, the
  // quicker, stands for both; the video steps through its frames behind the same guard.
  for (const format of ['pdf', 'video'] as const) {
    it(`${format}: cancelled, or its GPU lost, it stops with a clear message and the map stays usable`, async () => {
      const el = await visitor();
      const start = (signal?: AbortSignal) => (format === 'video' ? el.exportVideo({...SMALL_VIDEO, secondsPerChapter: 4, signal}) : el.exportPdf({signal}));
      // Cancelled once it is under way: in its first chapter, or its first frames.
      const controller = new AbortController();
      const cancelled = start(controller.signal);
      await vi.waitFor(() => expect(Number(el.shadowRoot!.querySelector('.export-progress [role=progressbar]')?.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(1), {timeout: 60_000});
      controller.abort();
      await expect(cancelled).rejects.toThrow(/cancel|abort/i);
      expect(capture()).toBeNull();
      // The GPU lost during the export.
      const running = start();
      await vi.waitFor(() => expect(capture()?.map).toBeTruthy(), {timeout: 60_000});
      await vi.waitFor(() => expect(capture()!.routeData).toBeTruthy(), {timeout: 60_000});
      const gl = capture()!.map!.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
      gl.getExtension('WEBGL_lose_context')!.loseContext();
      await expect(running).rejects.toThrow('WebGL context lost');
      expect(capture()).toBeNull();
      expect(el.shadowRoot!.querySelector('.export-progress')).toBeNull();
      // The visitor's map still answers.
      el.selected = 'rotterdam';
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')?.textContent).toBe('Rotterdam'), {timeout: 10_000});
      el.selected = undefined;
    }, 180_000);
  }
});
