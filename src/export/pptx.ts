/**
 * The story as PowerPoint slides (16:9), with pptxgenjs: a title slide, one slide per chapter
 * (its picture at 1920×1080, its title in the slide's title placeholder and its text as real,
 * editable text; its figures and sources in the speaker notes), and the sources with addresses.
 */
import type PptxGenJS from 'pptxgenjs';
import type {Source} from '../data/schema';
import {nameIn} from '../data/format';
import type {Story} from '../story/story';
import {STRINGS, type Lang} from '../i18n/strings';
import {notes, sourceLine, type ChapterFacts} from './story-text';

/** The wide layout, 13.33 × 7.5 inches; a picture of 1920×1080 fills it. */
const W = 13.333;
const H = 7.5;
/** The bands the slide's own text covers, in inches; the pictures leave them free (see RESERVE). */
export const TITLE_BAND = 1.05;
export const TEXT_BAND = 1.55;
/** The same bands in the picture's pixels at 1920×1080. */
export const RESERVE = {top: Math.round((TITLE_BAND / H) * 1080), bottom: Math.round((TEXT_BAND / H) * 1080)};

const PANEL = {color: 'FFFFFF', transparency: 8};
const SOURCES_PER_SLIDE = 18;

export interface SlideChapter {
  title: string;
  text: string;
  /** The picture as a data: URL (JPEG). */
  picture: string;
  facts: ChapterFacts;
  /** The presenter's notes, as the story has them. */
  said?: string;
}

export async function buildPptx(story: Story, chapters: SlideChapter[], sources: Source[], lang: Lang, today = new Date()): Promise<Blob> {
  const {default: Pptx} = await import('pptxgenjs');
  const s = STRINGS[lang];
  const pres: PptxGenJS = new Pptx();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = nameIn(story.title, lang);
  // A title placeholder, so the outline, the slide sorter and screen readers know each slide's title.
  pres.defineSlideMaster({
    title: 'CHAPTER',
    objects: [{placeholder: {
      options: {name: 'title', type: 'title', x: 0, y: 0, w: W, h: TITLE_BAND, fontSize: 30, bold: true, color: '111111', margin: [24, 24, 0, 0], valign: 'middle'},
      text: '',
    }}],
    slideNumber: {x: W - 0.9, y: H - 0.4, w: 0.6, h: 0.3, fontSize: 10, color: '555555'},
  });
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {dateStyle: 'long'}).format(today);
  const publishers = [...new Set(sources.map((src) => src.publisher))];

  const title = pres.addSlide();
  title.addText(nameIn(story.title, lang), {x: 0.8, y: 2.2, w: W - 1.6, h: 1.4, fontSize: 40, bold: true, color: '111111'});
  title.addText(date, {x: 0.8, y: 3.7, w: W - 1.6, h: 0.5, fontSize: 20, color: '333333'});
  title.addText(`${s.sourcesLine}: ${publishers.slice(0, 12).join('; ')}${publishers.length > 12 ? ` ${s.andMore(publishers.length - 12)}` : ''}`,
    {x: 0.8, y: 4.5, w: W - 1.6, h: 1.2, fontSize: 12, color: '555555', valign: 'top'});

  for (const chapter of chapters) {
    const slide = pres.addSlide({masterName: 'CHAPTER'});
    slide.addImage({data: chapter.picture, x: 0, y: 0, w: W, h: H, altText: chapter.title});
    // The band behind the title: the placeholder itself cannot be filled.
    slide.addShape('rect', {x: 0, y: 0, w: W, h: TITLE_BAND, fill: PANEL, line: {type: 'none'}});
    slide.addText(chapter.title, {placeholder: 'title'});
    slide.addText(chapter.text, {x: 0, y: H - TEXT_BAND, w: W, h: TEXT_BAND, fontSize: 17, color: '222222', fill: PANEL, margin: [24, 24, 0, 0], valign: 'middle'});
    slide.addNotes(notes(chapter.facts, lang, chapter.said));
  }

  for (let i = 0; i < Math.max(1, Math.ceil(sources.length / SOURCES_PER_SLIDE)); i++) {
    const slide = pres.addSlide();
    const part = sources.slice(i * SOURCES_PER_SLIDE, (i + 1) * SOURCES_PER_SLIDE);
    slide.addText(s.sources, {x: 0.5, y: 0.3, w: W - 1, h: 0.7, fontSize: 26, bold: true});
    slide.addText(part.map((src) => ({
      text: sourceLine(src, lang),
      options: {bullet: true, breakLine: true, ...(src.url ? {hyperlink: {url: src.url}} : {})},
    })), {x: 0.5, y: 1.1, w: W - 1, h: H - 1.5, fontSize: 11, valign: 'top', color: '222222'});
  }
  // pptxgenjs calls it a ZIP; a browser and a mail program should know it for a presentation.
  const zip = await pres.write({outputType: 'blob'}) as Blob;
  return new Blob([zip], {type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'});
}
