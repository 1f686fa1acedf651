/**
 * The story: chapters by attribute, keys, hash, type for a projector, the PNG and autoplay. What a
 * map opens with is checked on maps of its own; the keys, the flight, the projector's type and the
 * PNG share one presenter's map, which each test brings back to the first chapter, motion reduced,
 * at 1024×640, out of presenter mode, so that each passes alone and in any order.
 */
import {afterAll, afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {mount, sceneOf} from './helpers';
import type {RouteMap, RouteMapChapterDetail} from '../../src/index';

let shared: Promise<RouteMap> | undefined;
const presenter = () => (shared ??= (async () => {
  const {el, ready} = mount({chapter: 'hub'});
  el.dataset.shared = '';
  await ready;
  return el;
})());
afterAll(async () => (await shared)?.remove());
beforeEach(async () => {
  if (!shared) return;
  const el = await presenter();
  el.removeAttribute('presenter');
  el.setAttribute('reduced-motion', '');
  Object.assign(el.style, {width: '1024px', height: '640px'});
  await el.updateComplete;
  await el.goTo(0, {animate: false});
  await el.settled();
});
afterEach(() => {
  document.querySelectorAll('route-map:not([data-shared])').forEach((el) => el.remove());
  history.replaceState(null, '', location.pathname + location.search);
});

/** Focuses the map canvas, where a presenter's clicker sends its keys. */
function focusMap(el: HTMLElement & {map?: {getCanvas(): HTMLCanvasElement}}) {
  el.map!.getCanvas().focus();
}

const chapters = (el: EventTarget) => {
  const seen: RouteMapChapterDetail[] = [];
  el.addEventListener('route-map-chapter', (e) => seen.push((e as CustomEvent<RouteMapChapterDetail>).detail));
  return seen;
};

describe('the story', () => {
  it('opens the chapter named by the attribute, with its camera, and emits route-map-chapter on each step', async () => {
    const {el, ready} = mount({chapter: 'hub', 'reduced-motion': ''});
    await ready;
    expect(el.chapter).toBe('hub');
    expect(el.shadowRoot!.querySelector('.chapter-title')!.textContent).toBe('The Netherlands: a hub of the drug trade');
    const seen = chapters(el);
    focusMap(el);
    await userEvent.keyboard('{PageDown}');
    await vi.waitFor(() => expect(el.chapter).toBe('source'), {timeout: 10_000});
    expect(seen.map((c) => c.id)).toEqual(['source']);
    // Reduced motion: the camera is already there, nothing is flying.
    expect(el.map!.isMoving()).toBe(false);
    // The chapter's places are on screen, beside the legend: Bogotá, Santos.
    for (const place of [[-74.07, 4.71], [-46.32, -23.96]] as [number, number][]) {
      const {x, y} = el.map!.project(place);
      expect(x).toBeGreaterThan(el.shadowRoot!.querySelector('.legend')!.getBoundingClientRect().right - el.getBoundingClientRect().left);
      expect(x).toBeLessThan(el.clientWidth);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(el.clientHeight);
    }
    await userEvent.keyboard('{PageUp}');
    await vi.waitFor(() => expect(el.chapter).toBe('hub'), {timeout: 10_000});
    expect(el.getAttribute('chapter')).toBe('hub');
  });

  it('a dated chapter named by the attribute tints the countries as of its date, as its legend says', async () => {
    // The coalition of December 2021 had four members; Sweden joined in May 2024.
    for (const [chapter, sweden] of [['coalition', false], ['coalition-2024', true]] as const) {
      const {el, ready} = mount({chapter, 'reduced-motion': ''});
      await ready;
      const tinted = JSON.stringify(el.map!.getFilter('rm-role-fill'));
      expect(tinted, chapter).toContain('"ESP"');
      expect(tinted.includes('"SWE"'), chapter).toBe(sweden);
      el.remove();
    }
  });

  it('outside presenter mode the arrow keys pan the map and leave the chapter alone', async () => {
    const el = await presenter();
    focusMap(el);
    const before = el.map!.getCenter().lng;
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(el.map!.getCenter().lng).toBeGreaterThan(before), {timeout: 10_000});
    expect(el.chapter).toBe('hub');
  });

  it('in presenter mode arrows, Space, Home, End and digits move between chapters; B blanks; Esc leaves', async () => {
    const el = await presenter();
    el.setAttribute('presenter', '');
    await el.updateComplete;
    expect(el.chapter).toBe('hub');
    focusMap(el);
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(el.chapter).toBe('source'), {timeout: 10_000});
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(el.chapter).toBe('transit'), {timeout: 10_000});
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(el.chapter).toBe('organisations'), {timeout: 10_000});
    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => expect(el.chapter).toBe('hub'), {timeout: 10_000});
    await userEvent.keyboard('4');
    await vi.waitFor(() => expect(el.chapter).toBe('mainports'), {timeout: 10_000});
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(el.chapter).toBe('transit'), {timeout: 10_000});
    await userEvent.keyboard('b');
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.blank')).not.toBeNull(), {timeout: 10_000});
    await userEvent.keyboard('b');
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.blank')).toBeNull(), {timeout: 10_000});
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(el.hasAttribute('presenter')).toBe(false), {timeout: 10_000});
  });

  it('flies between chapters when motion is not reduced', async () => {
    const el = await presenter();
    el.removeAttribute('reduced-motion');
    await el.updateComplete;
    void el.goTo(3);
    await vi.waitFor(() => expect(el.map!.isMoving()).toBe(true), {timeout: 10_000});
    await el.settled();
    expect(el.map!.getZoom()).toBeGreaterThan(6);
  });

  it('follows and writes the URL hash when asked to', async () => {
    history.replaceState(null, '', '#chapter=money');
    const {el, ready} = mount({hash: '', 'reduced-motion': ''});
    await ready;
    expect(el.chapter).toBe('money');
    await el.goTo(1);
    expect(location.hash).toBe('#chapter=source');
    location.hash = '#chapter=coalition';
    await vi.waitFor(() => expect(el.chapter).toBe('coalition'), {timeout: 10_000});
  });

  it('shows large type for a projector: chapter text at least 28 px at 1920×1080', async () => {
    const el = await presenter();
    Object.assign(el.style, {width: '1920px', height: '1080px'});
    el.setAttribute('presenter', '');
    await el.updateComplete;
    await el.settled();
    const size = (selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
    expect(size('.chapter-text')).toBeGreaterThanOrEqual(28);
    expect(size('.chapter-title')).toBeGreaterThanOrEqual(40);
    // Nothing important in the outer 5%: the panel and the key keep clear of the edges.
    const box = el.getBoundingClientRect();
    for (const selector of ['.panel', '.key']) {
      const r = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      expect(r.left - box.left, selector).toBeGreaterThanOrEqual(1920 * 0.05 - 1);
      expect(box.bottom - r.bottom, selector).toBeGreaterThanOrEqual(1080 * 0.05 - 1);
      expect(r.top - box.top, selector).toBeGreaterThanOrEqual(1080 * 0.05 - 1);
    }
  });

  it('exports the view as a 1920×1080 PNG with real map content', async () => {
    const {exportText, wrap} = await import('../../src/story/export');
    const {FONT_BOLD, FONT_REGULAR} = await import('../../src/layers/basemap-style');
    const el = await presenter();
    await el.goTo(el.storyData!.chapters.findIndex((c) => c.id === 'mainports'), {animate: false});
    await el.settled();
    const blob = await el.exportPng();
    expect(blob.type).toBe('image/png');
    const image = await createImageBitmap(blob);
    const [width, height] = [image.width, image.height];
    expect([width, height]).toEqual([1920, 1080]);
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const {data} = ctx.getImageData(0, 0, width, height);
    const at = (x: number, y: number) => [...data.subarray(4 * (y * width + x), 4 * (y * width + x) + 3)];
    // The middle band is map: many distinct colours, and the sea and the coalition tint among them.
    const colours = new Set<number>();
    for (let y = 300; y < 780; y += 7) for (let x = 0; x < width; x += 13) colours.add(at(x, y).reduce((c, v) => (c << 8) | v, 0));
    expect(colours.size).toBeGreaterThan(50);
    expect([...colours].every((c) => c === 0 || c === 0xffffff)).toBe(false);

    // The words on it: what the element says of this view (exportText), laid out as composeImage
    // lays it out, each line measured in the same face. Text is dark; the map under the white bands
    // is not, so every dark pixel there is a word, and each line's ink spans its measured width.
    const text = exportText(sceneOf(el).selection!, el.currentChapter, el.storyData, 'en');
    expect(text.title).toBe(el.currentChapter!.title.en);
    const measure = document.createElement('canvas').getContext('2d')!;
    const margin = Math.round(width * 0.03);
    const ink = (top: number, bottom: number, left: number, right: number) => {
      let [first, last, n] = [Infinity, -Infinity, 0];
      for (let y = Math.max(0, top); y < Math.min(height, bottom); y++) {
        for (let x = left; x < right; x++) {
          if (Math.max(...at(x, y)) < 160) {
            n++;
            first = Math.min(first, x);
            last = Math.max(last, x);
          }
        }
      }
      return {first, last, n};
    };
    /** A line of `font` text drawn at (x, top), `rows` pixels high: ink from x to x + its measured width, and only there. */
    const expectLine = (what: string, line: string, font: string, x: number, top: number, rows: number) => {
      measure.font = font;
      const w = measure.measureText(line).width;
      const {first, last, n} = ink(top, top + rows, Math.max(0, x - 20), width);
      expect(n, `${what}: "${line}" drawn`).toBeGreaterThan(line.replace(/\s/g, '').length * 4);
      expect(first, `${what}: "${line}" starts`).toBeGreaterThanOrEqual(x - 2);
      expect(first, `${what}: "${line}" starts`).toBeLessThanOrEqual(x + 12);
      expect(Math.abs(last - (x + w)), `${what}: "${line}" ends at ${Math.round(x + w)}, ink to ${last}`).toBeLessThanOrEqual(10);
    };
    // The title band: title and the chapter's text, on white.
    measure.font = `48px '${FONT_BOLD}', sans-serif`;
    const titleLines = wrap(measure, text.title, width - 2 * margin);
    measure.font = `28px '${FONT_REGULAR}', sans-serif`;
    const subtitleLines = wrap(measure, text.subtitle!, width - 2 * margin).slice(0, 3);
    titleLines.forEach((l, i) => expectLine('title', l, `48px '${FONT_BOLD}', sans-serif`, margin, margin + i * 58, 58));
    subtitleLines.forEach((l, i) => expectLine('subtitle', l, `28px '${FONT_REGULAR}', sans-serif`, margin, margin + titleLines.length * 58 + i * 38, 38));
    const band = margin + titleLines.length * 58 + subtitleLines.length * 38 + margin / 2;
    expect(ink(0, margin - 4, 0, width).n, 'above the title: white').toBe(0);
    expect(Math.min(...at(width - 10, 10), ...at(width - 10, band - 5)), 'the title band is white').toBeGreaterThan(225);
    // The footer: the source line(s), then the date.
    measure.font = `20px '${FONT_REGULAR}', sans-serif`;
    const footerLines = wrap(measure, text.sources, width - 2 * margin).slice(0, 2);
    expect(text.sources).toMatch(/^Sources: .+ · Basemap: /);
    expect(text.date).toMatch(/^Exported \d{1,2} \w+ \d{4}/);
    const footer = 20 + (footerLines.length + 1) * 28;
    [...footerLines, text.date].forEach((l, i) => expectLine(i < footerLines.length ? 'sources' : 'date', l, `20px '${FONT_REGULAR}', sans-serif`, margin, height - footer + 10 + i * 28, 28));
    // The legend, above the footer on the left: each leg drawn has its arrow in its colour and its name.
    expect(text.legend.length).toBeGreaterThan(0);
    const legendTop = height - footer - margin / 2 - (16 + text.legend.length * 36);
    text.legend.forEach((item, i) => {
      const cy = legendTop + 8 + i * 36 + 18;
      const colour = item.color.match(/\d+/g)!.map(Number);
      const swatch = [[52, 1], [51, 0], [53, 2]].map(([dx, dy]) => at(margin + dx, cy + dy));
      expect(swatch.some((px) => px.every((v, k) => Math.abs(v - colour[k]) < 40)), `${item.label}: arrow in ${item.color}, got ${JSON.stringify(swatch)}`).toBe(true);
      measure.font = `24px '${FONT_REGULAR}', sans-serif`;
      const w = measure.measureText(item.label).width;
      const {first, last, n} = ink(cy - 14, cy + 18, margin + 66, margin + 80 + w + 40);
      expect(n, `${item.label} drawn`).toBeGreaterThan(item.label.length * 4);
      expect(Math.abs(first - (margin + 70)), `${item.label} starts`).toBeLessThanOrEqual(8);
      expect(Math.abs(last - (margin + 70 + w)), `${item.label} ends`).toBeLessThanOrEqual(10);
    });
  });

  it('autoplay moves on by itself and loops', async () => {
    vi.useFakeTimers({toFake: ['setInterval', 'clearInterval']});
    try {
      const {el, ready} = mount({autoplay: '5', 'reduced-motion': ''});
      await ready;
      expect(el.chapter).toBe('hub');
      vi.advanceTimersByTime(5000);
      await vi.waitFor(() => expect(el.chapter).toBe('source'), {timeout: 10_000});
      vi.advanceTimersByTime(5000 * (el.storyData!.chapters.length - 1));
      await vi.waitFor(() => expect(el.chapter).toBe('hub'), {timeout: 10_000});
    } finally {
      vi.useRealTimers();
    }
  });
});
