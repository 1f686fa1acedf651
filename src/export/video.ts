/**
 * The story as a video: each chapter flown to and held with its flows moving and its title card
 * shown, as in presenter mode. Rendered frame by frame: the camera and the flows step by 1/fps,
 * each frame is drawn in full (tiles loaded) before it is encoded, so the video is smooth however
 * slow the drawing. H.264 in MP4 with WebCodecs and mediabunny; WebM (VP9) where H.264 is not offered.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {RouteMap} from '../components/route-map/route-map';
import {nameIn} from '../data/format';
import {FONT_BOLD, FONT_REGULAR} from '../layers/basemap-style';
import type {Lang} from '../i18n/strings';
import {wrap} from '../story/export';
import {drawKey, guard} from './capture';

export interface VideoOptions {
  secondsPerChapter?: number;
  width?: number;
  height?: number;
  fps?: number;
  signal?: AbortSignal;
}

/** Checks the options: a clear error for each out-of-range value, before anything starts. */
export function videoSettings({secondsPerChapter = 6, width = 1920, height = 1080, fps = 30}: VideoOptions = {}) {
  const whole = (v: number) => Number.isInteger(v);
  if (typeof secondsPerChapter !== 'number' || !(secondsPerChapter >= 1 && secondsPerChapter <= 60)) throw new RangeError(`secondsPerChapter must be from 1 to 60, got ${secondsPerChapter}`);
  if (!whole(fps) || fps < 1 || fps > 60) throw new RangeError(`fps must be a whole number from 1 to 60, got ${fps}`);
  for (const [name, v] of [['width', width], ['height', height]] as const) {
    // H.264 needs even sizes; 4K is the most an encoder is sure to take.
    if (!whole(v) || v < 160 || v > 3840 || v % 2) throw new RangeError(`${name} must be an even whole number from 160 to 3840, got ${v}`);
  }
  return {secondsPerChapter, width, height, fps};
}

type Camera = {center: [number, number]; zoom: number; bearing: number; pitch: number};
const cameraOf = (map: MapLibreMap): Camera => ({center: map.getCenter().toArray() as [number, number], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch()});

/** Between two cameras at t (0–1), eased, with the zoom dipping on the way as a flight does. */
export function between(a: Camera, b: Camera, t: number): Camera {
  const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const lerp = (x: number, y: number) => x + (y - x) * e;
  const dip = Math.min(1.5, Math.hypot(b.center[0] - a.center[0], b.center[1] - a.center[1]) / 40) * Math.sin(Math.PI * e);
  return {center: [lerp(a.center[0], b.center[0]), lerp(a.center[1], b.center[1])], zoom: lerp(a.zoom, b.zoom) - dip, bearing: lerp(a.bearing, b.bearing), pitch: lerp(a.pitch, b.pitch)};
}

/** Where the title card goes and how its text wraps: the chapter's title and text along the bottom, as the presenter's panel shows them. */
function cardLayout(ctx: CanvasRenderingContext2D, text: string, width: number, height: number) {
  const scale = height / 1080;
  const pad = 40 * scale;
  const titleSize = 44 * scale;
  const textSize = 28 * scale;
  ctx.font = `${textSize}px '${FONT_REGULAR}', sans-serif`;
  const lines = wrap(ctx, text, width * 0.7 - 2 * pad);
  const boxH = pad * 1.5 + titleSize * 1.3 + lines.length * textSize * 1.35;
  return {scale, pad, titleSize, textSize, lines, boxH, x: width * 0.15, y: height - boxH - height * 0.05};
}

/**
 * The room at the bottom that the tallest title card takes, with its margin and a gap: the map
 * frames each chapter's places above it, so no card hides them.
 */
export function cardRoom(texts: string[], width: number, height: number): number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return Math.ceil(Math.max(0, ...texts.map((t) => cardLayout(ctx, t, width, height).boxH)) + height * 0.08);
}

function titleCard(ctx: CanvasRenderingContext2D, title: string, text: string, width: number, height: number) {
  const {scale, pad, titleSize, textSize, lines, boxH, x, y} = cardLayout(ctx, text, width, height);
  ctx.fillStyle = 'rgb(255 255 255 / 0.94)';
  ctx.beginPath();
  ctx.roundRect(x, y, width * 0.7, boxH, 8 * scale);
  ctx.fill();
  ctx.fillStyle = '#111';
  ctx.textBaseline = 'top';
  ctx.font = `${titleSize}px '${FONT_BOLD}', sans-serif`;
  ctx.fillText(title, x + pad, y + pad * 0.75);
  ctx.font = `${textSize}px '${FONT_REGULAR}', sans-serif`;
  ctx.fillStyle = '#222';
  lines.forEach((l, i) => ctx.fillText(l, x + pad, y + pad * 0.75 + titleSize * 1.3 + i * textSize * 1.35));
}

/** What a chapter's frames carry over the map, drawn once for all of them: the key and the title card. */
function chapterOverlay(el: RouteMap, title: string, text: string, width: number, height: number): HTMLCanvasElement {
  const overlay = document.createElement('canvas');
  overlay.width = width;
  overlay.height = height;
  const ctx = overlay.getContext('2d')!;
  drawKey(ctx, el, width / el.clientWidth);
  titleCard(ctx, title, text, width, height);
  return overlay;
}

/**
 * Renders and encodes the story on the out-of-sight map `el` (sized width × height, flows not
 * reduced). `progress` after each frame. Resolves with the file and whether it fell back to WebM.
 */
export async function renderVideo(el: RouteMap, settings: ReturnType<typeof videoSettings>, lang: Lang,
  progress: (done: number, total: number) => void, signal?: AbortSignal): Promise<{blob: Blob; webm: boolean}> {
  const {Output, Mp4OutputFormat, WebMOutputFormat, BufferTarget, CanvasSource, QUALITY_HIGH, canEncodeVideo} = await import('mediabunny');
  const {secondsPerChapter, width, height, fps} = settings;
  const chapters = el.storyData?.chapters ?? [];
  const map = el.map!;
  // Each chapter's camera, fitted as the story fits it.
  const cameras: Camera[] = [];
  for (let i = 0; i < chapters.length; i++) {
    await guard(el, el.goTo(i, {animate: false}), signal);
    cameras.push(cameraOf(map));
  }
  const webm = !(await canEncodeVideo('avc', {width, height}));
  const output = new Output({format: webm ? new WebMOutputFormat() : new Mp4OutputFormat(), target: new BufferTarget()});
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const source = new CanvasSource(canvas, {codec: webm ? 'vp9' : 'avc', bitrate: QUALITY_HIGH});
  output.addVideoTrack(source, {frameRate: fps});
  await output.start();
  const perChapter = Math.round(secondsPerChapter * fps);
  // The flight takes a third of the chapter's time, at most 2 s; the rest holds.
  const flight = Math.min(perChapter / 3, 2 * fps);
  const total = perChapter * chapters.length;
  let frame = 0;
  try {
    for (let i = 0; i < chapters.length; i++) {
      await guard(el, el.goTo(i, {animate: false}), signal);
      await el.updateComplete;
      const overlay = chapterOverlay(el, nameIn(chapters[i].title, lang), nameIn(chapters[i].text, lang), width, height);
      const from = cameras[Math.max(0, i - 1)];
      for (let f = 0; f < perChapter; f++, frame++) {
        const camera = i > 0 && f < flight ? between(from, cameras[i], f / flight) : cameras[i];
        map.jumpTo(camera);
        const pixels = await guard(el, el.frameAt(frame / fps), signal);
        ctx.drawImage(pixels, 0, 0, width, height);
        ctx.drawImage(overlay, 0, 0);
        await guard(el, source.add(frame / fps, 1 / fps), signal);
        progress(frame + 1, total);
      }
    }
    await output.finalize();
  } catch (e) {
    await output.cancel();
    throw e;
  }
  return {blob: new Blob([output.target.buffer!], {type: webm ? 'video/webm' : 'video/mp4'}), webm};
}
