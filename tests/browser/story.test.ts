import {afterEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {mount} from './helpers';
import type {RouteMapChapterDetail} from '../../src/index';

afterEach(() => {
  document.querySelectorAll('route-map').forEach((el) => el.remove());
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
    const {el, ready} = mount({chapter: 'hub', 'reduced-motion': ''});
    await ready;
    focusMap(el);
    const before = el.map!.getCenter().lng;
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(el.map!.getCenter().lng).toBeGreaterThan(before), {timeout: 10_000});
    expect(el.chapter).toBe('hub');
  });

  it('in presenter mode arrows, Space, Home, End and digits move between chapters; B blanks; Esc leaves', async () => {
    const {el, ready} = mount({presenter: '', 'reduced-motion': ''});
    await ready;
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
    const {el, ready} = mount({chapter: 'hub'}, undefined, {motion: true});
    await ready;
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
    const {el, ready} = mount({presenter: '', 'reduced-motion': ''}, {width: 1920, height: 1080});
    await ready;
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
    const {el, ready} = mount({chapter: 'mainports', 'reduced-motion': ''});
    await ready;
    await el.settled();
    const blob = await el.exportPng();
    expect(blob.type).toBe('image/png');
    const image = await createImageBitmap(blob);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    // The middle band is map: many distinct colours, and the sea and the coalition tint among them.
    const {data} = ctx.getImageData(0, 300, 1920, 480);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    expect(colours.size).toBeGreaterThan(50);
    const blank = [...colours].every((c) => c === 0 || c === 0xffffff);
    expect(blank).toBe(false);
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
