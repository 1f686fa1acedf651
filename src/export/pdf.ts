/**
 * The story as an A4 landscape handout, with jsPDF: one page per chapter with its picture, title
 * and text, the figures with their years, and the sources with addresses (links); page numbers
 * and the date it was made. Text stays text: it can be selected, searched and read aloud.
 */
import {nameIn} from '../data/format';
import type {Story} from '../story/story';
import {STRINGS, type Lang} from '../i18n/strings';
import {sourceLine} from './story-text';
import type {SlideChapter} from './pptx';

/** A4 landscape in millimetres, and the margin. */
const PAGE = {w: 297, h: 210, margin: 12};
/** The picture: 16:9, the left two thirds of the page. */
const PICTURE = {w: 176, h: 99};

export async function buildPdf(story: Story, chapters: SlideChapter[], lang: Lang, today = new Date()): Promise<Blob> {
  const {jsPDF} = await import('jspdf');
  const s = STRINGS[lang];
  // Uncompressed: the pictures are JPEG already, and the text stays readable to any tool.
  const doc = new jsPDF({orientation: 'landscape', unit: 'mm', format: 'a4', compress: false});
  doc.setProperties({title: nameIn(story.title, lang), subject: s.mapLabel, creator: 'route-map'});
  doc.setLanguage(lang === 'nl' ? 'nl' : 'en-GB');
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {dateStyle: 'long'}).format(today);
  const {margin} = PAGE;
  const right = margin + PICTURE.w + 6;
  const rightWidth = PAGE.w - margin - right;

  /** Writes wrapped text from y on, and returns the y below it; stops at `bottom`. */
  const write = (text: string, x: number, y: number, width: number, size: number, {bold = false, url, bottom = PAGE.h - 14} = {} as {bold?: boolean; url?: string; bottom?: number}) => {
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    const line = size * 0.3528 * 1.25;
    for (const l of doc.splitTextToSize(text, width) as string[]) {
      if (y + line > bottom) return y;
      doc.text(l, x, y, {baseline: 'top'});
      if (url) doc.link(x, y, doc.getTextWidth(l), line, {url});
      y += line;
    }
    return y;
  };

  chapters.forEach((chapter, i) => {
    if (i) doc.addPage();
    doc.setTextColor(17, 17, 17);
    let y = write(chapter.title, margin, margin, PAGE.w - 2 * margin, 18, {bold: true}) + 2;
    const top = y;
    doc.addImage(chapter.picture, 'JPEG', margin, top, PICTURE.w, PICTURE.h);
    // Beside the picture: the chapter's text, then its figures with their years.
    let ry = write(chapter.text, right, top, rightWidth, 11) + 4;
    if (chapter.facts.figures.length) {
      ry = write(s.briefing.figures, right, ry, rightWidth, 10, {bold: true}) + 1;
      for (const f of chapter.facts.figures) ry = write(f, right, ry, rightWidth, 8.5) + 1.2;
    }
    // Below the picture: the sources, each with its address as a link.
    doc.setTextColor(40, 40, 40);
    y = write(s.sources, margin, top + PICTURE.h + 4, PICTURE.w, 10, {bold: true}) + 1;
    for (const src of chapter.facts.sources) y = write(sourceLine(src, lang), margin, y, PICTURE.w, 7.5, {url: src.url}) + 0.8;
    // Footer: the date it was made, and the page number.
    doc.setTextColor(85, 85, 85);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text(`${nameIn(story.title, lang)} · ${s.briefing.made(date)}`, margin, PAGE.h - 8);
    doc.text(s.briefing.page(i + 1, chapters.length), PAGE.w - margin, PAGE.h - 8, {align: 'right'});
  });
  return doc.output('blob');
}

