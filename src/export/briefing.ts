/**
 * The story for the briefing room: slides, a handout and a video, made on an out-of-sight map
 * (see capture.ts) so the visitor's map stays where it is. Loaded on first use, with each
 * format's library loaded only when that format is asked for.
 */
import type {RouteMap} from '../components/route-map/route-map';
import {nameIn} from '../data/format';
import {indexRecords} from '../data/records';
import {STRINGS, pickLang, type Lang} from '../i18n/strings';
import {LAYOUT_HEIGHT, chapterPictures, check, dataUrl, jpeg, openCapture} from './capture';
import {buildPdf} from './pdf';
import {RESERVE, buildPptx, type SlideChapter} from './pptx';
import {chapterFacts, storySources} from './story-text';
import {notesIn} from '../story/notes';
import {cardRoom, renderVideo, videoSettings, type VideoOptions} from './video';

export type ExportKind = 'pptx' | 'pdf' | 'video';
export type Progress = (label: string, done: number, total: number) => void;

/** Makes the file; `progress` is told how far it is, in chapters or frames. */
export async function exportStory(host: RouteMap, kind: ExportKind, options: VideoOptions, progress: Progress): Promise<{blob: Blob; note?: string}> {
  const lang: Lang = pickLang(host.lang, document.documentElement.lang);
  const s = STRINGS[lang];
  const settings = kind === 'video' ? videoSettings(options) : undefined;
  const {signal} = options;
  if (!host.storyData || !host.routeData) throw new Error('the map is not ready yet: no story to export');
  signal?.throwIfAborted();
  // The video's title cards take the bottom of the frame, as the slides' text does.
  const capture = await openCapture(host, settings
    ? {width: settings.width, height: settings.height, moving: true, signal,
      reserve: {top: 0, bottom: cardRoom(host.storyData.chapters.map((c) => nameIn(c.text, lang)), LAYOUT_HEIGHT * settings.width / settings.height, LAYOUT_HEIGHT)}}
    : {width: 1920, height: 1080, reserve: kind === 'pptx' ? RESERVE : undefined, signal});
  try {
    if (settings) {
      const {blob, webm} = await renderVideo(capture, settings, lang, (done, total) => progress(s.briefing.frameOf(done, total), done, total), signal);
      return {blob, ...(webm ? {note: s.briefing.webm} : {})};
    }
    const story = capture.storyData!;
    const data = capture.routeData!;
    const records = indexRecords(data);
    const pictures = await chapterPictures(capture, (done, total) => progress(s.briefing.chapterOf(done, total), done, total), signal);
    const chapters: SlideChapter[] = [];
    for (const [i, chapter] of story.chapters.entries()) {
      chapters.push({
        title: nameIn(chapter.title, lang), text: nameIn(chapter.text, lang),
        picture: await dataUrl(await jpeg(pictures[i])), facts: chapterFacts(chapter, data, records, lang), said: notesIn(chapter, lang)?.text,
      });
    }
    check(capture, signal);
    const blob = kind === 'pptx' ? await buildPptx(story, chapters, storySources(story, data, records, lang), lang) : await buildPdf(story, chapters, lang);
    signal?.throwIfAborted();
    return {blob};
  } finally {
    capture.remove();
  }
}
