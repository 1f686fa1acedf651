/**
 * The current view as a PNG for slides and handouts: the map, a title, a legend, a source line
 * and a date on a fixed-size canvas. The map's pixels are copied inside a render callback,
 * while the frame is still in the WebGL buffer, so the image is never blank.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import {LEGS} from '../data/schema';
import type {Selection} from '../data/select';
import {nameIn} from '../data/format';
import {FONT_BOLD, FONT_REGULAR} from '../layers/basemap-style';
import {LEG_COLORS, css as rgb} from '../layers/theme';
import {STRINGS, type Lang} from '../i18n/strings';
import type {Chapter, Story} from './story';

export interface ExportText {
  title: string;
  subtitle?: string;
  legend: {color: string; label: string}[];
  /** e.g. "Sources: Rijksoverheid, NOS, … · Basemap: Natural Earth" */
  sources: string;
  /** e.g. "Exported 28 November 2026 · data as of 2026-11-28" */
  date: string;
}

/** What the picture of a view says: the chapter's title and text, the legs drawn, the main publishers of what is shown, the dates. */
export function exportText(selection: Selection, chapter: Chapter | undefined, story: Story | undefined, lang: Lang, today = new Date()): ExportText {
  const s = STRINGS[lang];
  const legs = LEGS.filter((leg) => selection.routes.some((r) => r.leg === leg));
  const shown = [...selection.routes, ...selection.ports, ...selection.organisations];
  // Official publishers first, then the others; each group by how often it is cited.
  const counts = new Map<string, {n: number; official: boolean}>();
  for (const f of shown) for (const src of f.sources) {
    const c = counts.get(src.publisher) ?? {n: 0, official: src.kind === 'official'};
    counts.set(src.publisher, {n: c.n + 1, official: c.official});
  }
  const publishers = [...counts].sort(([, a], [, b]) => Number(b.official) - Number(a.official) || b.n - a.n).map(([p]) => p);
  const listed = publishers.slice(0, 8).join('; ') + (publishers.length > 8 ? ` ${s.andMore(publishers.length - 8)}` : '');
  const asOf = shown.reduce((latest, f) => (f.asOf > latest ? f.asOf : latest), '');
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {dateStyle: 'long'}).format(today);
  return {
    title: chapter ? nameIn(chapter.title, lang) : story ? nameIn(story.title, lang) : s.mapLabel,
    ...(chapter ? {subtitle: nameIn(chapter.text, lang)} : {}),
    legend: legs.map((leg) => ({color: rgb(LEG_COLORS[leg]), label: s.legs[leg]})),
    sources: `${s.sourcesLine}: ${listed} · ${s.basemapCredit}`,
    date: `${s.exported} ${date}${asOf ? ` · ${s.dataAsOf} ${asOf}` : ''}`,
  };
}

/**
 * Copies the map's next frame; with `whole`, the first frame that has every tile and label in
 * view (MapLibre's idle), copied in the same event, so no second frame is drawn for the copy.
 */
export function captureMap(map: MapLibreMap, {whole = false} = {}): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once(whole ? 'idle' : 'render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Splits text into lines that fit `maxWidth` at the context's current font. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function composeImage(map: MapLibreMap, text: ExportText, width = 1920, height = 1080): Promise<Blob> {
  const shot = await captureMap(map);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  // The map fills the image ("cover"), centred, so the view keeps its proportions.
  const scale = Math.max(width / shot.width, height / shot.height);
  ctx.drawImage(shot, (width - shot.width * scale) / 2, (height - shot.height * scale) / 2, shot.width * scale, shot.height * scale);

  const margin = Math.round(width * 0.03);
  ctx.textBaseline = 'top';
  // Title band.
  ctx.font = `48px '${FONT_BOLD}', sans-serif`;
  const titleLines = wrap(ctx, text.title, width - 2 * margin);
  ctx.font = `28px '${FONT_REGULAR}', sans-serif`;
  const subtitleLines = text.subtitle ? wrap(ctx, text.subtitle, width - 2 * margin).slice(0, 3) : [];
  const bandHeight = margin + titleLines.length * 58 + subtitleLines.length * 38 + margin / 2;
  ctx.fillStyle = 'rgb(255 255 255 / 0.92)';
  ctx.fillRect(0, 0, width, bandHeight);
  ctx.fillStyle = '#111';
  ctx.font = `48px '${FONT_BOLD}', sans-serif`;
  titleLines.forEach((l, i) => ctx.fillText(l, margin, margin + i * 58));
  ctx.font = `28px '${FONT_REGULAR}', sans-serif`;
  ctx.fillStyle = '#333';
  subtitleLines.forEach((l, i) => ctx.fillText(l, margin, margin + titleLines.length * 58 + i * 38));

  // Footer: sources and date.
  ctx.font = `20px '${FONT_REGULAR}', sans-serif`;
  const footerLines = wrap(ctx, text.sources, width - 2 * margin).slice(0, 2);
  const footerHeight = 20 + (footerLines.length + 1) * 28;
  ctx.fillStyle = 'rgb(255 255 255 / 0.92)';
  ctx.fillRect(0, height - footerHeight, width, footerHeight);
  ctx.fillStyle = '#333';
  [...footerLines, text.date].forEach((l, i) => ctx.fillText(l, margin, height - footerHeight + 10 + i * 28));

  // Legend, bottom left above the footer.
  if (text.legend.length) {
    ctx.font = `24px '${FONT_REGULAR}', sans-serif`;
    const rowHeight = 36;
    const boxWidth = 80 + Math.max(...text.legend.map((l) => ctx.measureText(l.label).width));
    const boxHeight = 16 + text.legend.length * rowHeight;
    const x = margin;
    const y = height - footerHeight - margin / 2 - boxHeight;
    ctx.fillStyle = 'rgb(255 255 255 / 0.92)';
    ctx.fillRect(x, y, boxWidth, boxHeight);
    text.legend.forEach((item, i) => {
      const cy = y + 8 + i * rowHeight + rowHeight / 2;
      ctx.strokeStyle = ctx.fillStyle = item.color;
      ctx.lineWidth = 5;
      ctx.beginPath();
      ctx.moveTo(x + 14, cy + 6);
      ctx.quadraticCurveTo(x + 32, cy - 10, x + 48, cy);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(x + 60, cy + 2);
      ctx.lineTo(x + 44, cy - 8);
      ctx.lineTo(x + 47, cy + 1);
      ctx.lineTo(x + 41, cy + 9);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = '#111';
      ctx.fillText(item.label, x + 70, cy - 14);
    });
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}
