/**
 * Pictures of the story for slides, handouts and video: a second element of the same class,
 * out of sight at the size asked for, in presenter mode, steps through the chapters; each
 * picture is its map with the presenter's key drawn on. The element the visitor sees never moves.
 */
import type {RouteMap} from '../components/route-map/route-map';
import {captureMap} from '../story/export';
import {FONT_BOLD, FONT_REGULAR} from '../layers/basemap-style';

export interface CaptureOptions {
  /** The picture's size in pixels; the map is laid out 1080 CSS pixels high (as on a projector) and drawn at this size. */
  width: number;
  height: number;
  /** Room the picture leaves free at the top and bottom for the slide's own text (CSS pixels, of 1080). */
  reserve?: {top: number; bottom: number};
  /** Whether the flows move (video); stills are drawn with motion reduced. */
  moving?: boolean;
  signal?: AbortSignal;
}

/** The attributes of the visitor's map that decide what a picture shows. */
const COPIED = ['lang', 'theme', 'data', 'basemap', 'story', 'layers', 'projection'];

/** Stops an export: the request was cancelled, or the map stopped drawing. */
export function check(capture: RouteMap, signal?: AbortSignal) {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled', 'AbortError');
  if (capture.graphicsLost) throw new Error(LOST);
}

const LOST = 'the export stopped: the graphics processor lost the map (WebGL context lost); the map itself is still usable';

/**
 * Waits for `step`, unless the export is cancelled or the out-of-sight map loses its WebGL
 * context first: a lost map never finishes drawing, so waiting on it alone could hang.
 */
export function guard<T>(el: RouteMap, step: Promise<T>, signal?: AbortSignal): Promise<T> {
  check(el, signal);
  const canvas = el.map?.getCanvas();
  return new Promise<T>((resolve, reject) => {
    const lost = () => reject(new Error(LOST));
    const aborted = () => reject(signal!.reason instanceof Error ? signal!.reason : new DOMException('The export was cancelled', 'AbortError'));
    canvas?.addEventListener('webglcontextlost', lost, {once: true});
    signal?.addEventListener('abort', aborted, {once: true});
    step.then(resolve, reject).finally(() => {
      canvas?.removeEventListener('webglcontextlost', lost);
      signal?.removeEventListener('abort', aborted);
    });
  });
}

let reserveSheet: CSSStyleSheet | undefined;

/** Every picture is laid out as on a 1080p projector, whatever its size: a small video is the same picture with fewer pixels. */
export const LAYOUT_HEIGHT = 1080;

/** Opens the out-of-sight map and resolves once it is ready. */
export async function openCapture(host: RouteMap, {width: pixelWidth, height: pixelHeight, reserve, moving = false, signal}: CaptureOptions): Promise<RouteMap> {
  const height = LAYOUT_HEIGHT;
  const width = Math.round(LAYOUT_HEIGHT * pixelWidth / pixelHeight);
  const el = new (host.constructor as new () => RouteMap)();
  for (const name of COPIED) {
    const value = host.getAttribute(name);
    if (value !== null) el.setAttribute(name, value);
  }
  if (!el.hasAttribute('lang')) el.setAttribute('lang', host.lang || document.documentElement.lang || 'en');
  el.setAttribute('presenter', '');
  el.setAttribute('controls', 'legend');
  el.setAttribute('interactive', 'false');
  if (!moving) el.setAttribute('reduced-motion', '');
  el.dataset.rmCapture = '';
  el.dataset.rmPixelRatio = String(pixelHeight / LAYOUT_HEIGHT);
  el.setAttribute('aria-hidden', 'true');
  el.inert = true;
  // Out of sight but drawn: browsers draw WebGL off screen.
  el.style.cssText = `position:fixed;left:-${width + 10000}px;top:0;width:${width}px;height:${height}px;pointer-events:none`;
  if (reserve) {
    // The key keeps clear of the slide's bands too: its part is pushed in from the top and the bottom.
    el.dataset.rmReserve = `${reserve.top} ${reserve.bottom}`;
    // A constructed sheet, not a <style> element, which a strict CSP forbids.
    if (!reserveSheet) {
      reserveSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserveSheet];
    }
    // One export runs at a time: the sheet holds this one's room.
    reserveSheet.replaceSync(`[data-rm-reserve]::part(legend) { margin-top: ${reserve.top}px; margin-bottom: ${reserve.bottom}px; }`);
    // Blank slot content the stage frames clear of, where the slide puts its title and text.
    for (const [slot, h] of [['title', reserve.top], ['footer', reserve.bottom]] as const) {
      if (h <= 0) continue;
      const room = document.createElement('div');
      room.slot = slot;
      room.style.cssText = `width:${width - 40}px;height:${h}px;visibility:hidden`;
      el.append(room);
    }
  }
  if (!host.map) throw new Error('the map is not drawing (no WebGL): nothing to export');
  const ready = new Promise<void>((resolve, reject) => {
    el.addEventListener('route-map-ready', () => resolve(), {once: true});
    // A map that loses its context before its first picture never becomes ready.
    el.addEventListener('route-map-error', () => { if (el.graphicsLost) reject(new Error(LOST)); });
    signal?.addEventListener('abort', () => reject(signal.reason), {once: true});
    setTimeout(() => reject(new Error('the export could not open its map within 60 s')), 60_000);
  });
  document.body.append(el);
  try {
    await ready;
    await guard(el, el.settled(), signal);
  } catch (e) {
    el.remove();
    throw e;
  }
  return el;
}

/** Draws the presenter's key from its boxes in the page: background, swatches and words, as shown. */
export function drawKey(ctx: CanvasRenderingContext2D, el: RouteMap, scale = 1) {
  const key = el.shadowRoot?.querySelector<HTMLElement>('.key');
  if (!key) return;
  const origin = el.getBoundingClientRect();
  const box = (node: Element) => {
    const r = node.getBoundingClientRect();
    return {x: (r.left - origin.left) * scale, y: (r.top - origin.top) * scale, w: r.width * scale, h: r.height * scale};
  };
  const k = box(key);
  ctx.save();
  ctx.fillStyle = getComputedStyle(key).backgroundColor;
  ctx.beginPath();
  ctx.roundRect(k.x, k.y, k.w, k.h, 6 * scale);
  ctx.fill();
  ctx.textBaseline = 'top';
  // Words line by line, as the page wrapped them: each line's box from the text's client rects.
  const words = (node: Element) => {
    const style = getComputedStyle(node);
    const size = parseFloat(style.fontSize) * scale;
    const bold = Number(style.fontWeight) >= 600;
    ctx.font = `${size}px '${bold ? FONT_BOLD : FONT_REGULAR}', sans-serif`;
    ctx.fillStyle = style.color;
    const range = document.createRange();
    for (const text of [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) {
      range.selectNodeContents(text);
      const rects = [...range.getClientRects()];
      // Split the words among the line boxes by their measured widths.
      let rest = text.textContent!.trim().split(/\s+/);
      for (const [i, r] of rects.entries()) {
        let line = '';
        while (rest.length && ctx.measureText(line ? `${line} ${rest[0]}` : rest[0]).width <= r.width * scale + size * 0.6) {
          line = line ? `${line} ${rest[0]}` : rest[0];
          rest = rest.slice(1);
        }
        // The last line box takes what is left: no word is lost to a canvas that measures a little wider.
        if (i === rects.length - 1 && rest.length) {
          line = [line, ...rest].filter(Boolean).join(' ');
          rest = [];
        }
        const lineHeight = r.height * scale;
        ctx.fillText(line, (r.left - origin.left) * scale, (r.top - origin.top) * scale + (lineHeight - size) / 2);
      }
    }
  };
  for (const p of key.querySelectorAll('p')) words(p);
  for (const row of key.querySelectorAll('li')) {
    const swatch = row.querySelector('svg');
    if (swatch) drawSwatch(ctx, swatch, box(swatch));
    const label = row.querySelector('span');
    if (label) words(label);
  }
  ctx.restore();
}

/** One of the key's swatches (an arc with its arrow, a dot, a ring, a patch) in its box. */
function drawSwatch(ctx: CanvasRenderingContext2D, svgEl: SVGSVGElement, b: {x: number; y: number; w: number; h: number}) {
  const [, , vw, vh] = (svgEl.getAttribute('viewBox') ?? '0 0 34 14').split(/\s+/).map(Number);
  const s = Math.min(b.w / vw, b.h / vh);
  ctx.save();
  ctx.translate(b.x + (b.w - vw * s) / 2, b.y + (b.h - vh * s) / 2);
  ctx.scale(s, s);
  for (const shape of svgEl.querySelectorAll('path, circle, rect')) {
    const fill = shape.getAttribute('fill');
    const stroke = shape.getAttribute('stroke');
    ctx.lineWidth = Number(shape.getAttribute('stroke-width') ?? 1);
    ctx.beginPath();
    if (shape.tagName === 'path') ctx.stroke(new Path2D(shape.getAttribute('d')!));
    if (shape.tagName === 'circle') ctx.arc(Number(shape.getAttribute('cx')), Number(shape.getAttribute('cy')), Number(shape.getAttribute('r')), 0, 2 * Math.PI);
    if (shape.tagName === 'rect') ctx.rect(Number(shape.getAttribute('x')), Number(shape.getAttribute('y')), Number(shape.getAttribute('width')), Number(shape.getAttribute('height')));
    if (fill && fill !== 'none') {
      ctx.fillStyle = fill;
      if (shape.tagName === 'path') ctx.fill(new Path2D(shape.getAttribute('d')!));
      else ctx.fill();
    }
    if (stroke && shape.tagName !== 'path') {
      ctx.strokeStyle = stroke;
      ctx.stroke();
    } else if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.stroke(new Path2D(shape.getAttribute('d')!));
    }
  }
  ctx.restore();
}

/** The picture of what the out-of-sight map shows now: the map and the key, at the map's size. */
export async function picture(el: RouteMap): Promise<HTMLCanvasElement> {
  const shot = await captureMap(el.map!, {whole: true});
  drawKey(shot.getContext('2d')!, el, shot.width / el.clientWidth);
  return shot;
}

/** Opens each chapter on the out-of-sight map and takes its picture; `progress` after each. */
export async function chapterPictures(el: RouteMap, progress: (done: number, total: number) => void, signal?: AbortSignal): Promise<HTMLCanvasElement[]> {
  const chapters = el.storyData?.chapters ?? [];
  const pictures: HTMLCanvasElement[] = [];
  for (let i = 0; i < chapters.length; i++) {
    await guard(el, el.goTo(i, {animate: false}), signal);
    // Its labels never fade (the map is made for stills): drawn is whole.
    await guard(el, el.settled(), signal);
    pictures.push(await guard(el, picture(el), signal));
    progress(i + 1, chapters.length);
  }
  return pictures;
}

/** A canvas as JPEG bytes: photographs of maps compress well, and slides with eleven PNGs would weigh tens of MB. */
export const jpeg = (canvas: HTMLCanvasElement, quality = 0.9): Promise<Blob> =>
  new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the picture'))), 'image/jpeg', quality));

export const dataUrl = (blob: Blob): Promise<string> => new Promise((resolve, reject) => {
  const reader = new FileReader();
  reader.onload = () => resolve(reader.result as string);
  reader.onerror = () => reject(reader.error);
  reader.readAsDataURL(blob);
});
