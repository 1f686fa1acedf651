/**
 * A presenter's story as an offline briefing: the briefing the build makes, one self-contained
 * HTML file, with the story inside as a data: address on its `<route-map>`. Made in the browser,
 * from the site, a consumer's app or the offline briefing itself; no server.
 */
import {nameIn} from '../../../data/format';
import type {Lang} from '../../../i18n/strings';
import {storyJson} from '../../../story/edit';
import type {Story} from '../../../story/story';
import {briefingTemplate} from './template';

const END = '</route-map>';
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The briefing.html for `story`, opening in presenter mode in `lang`. */
export async function briefingFile(story: Story, lang: Lang, signal: AbortSignal, progress: (done: number, total: number) => void): Promise<Blob> {
  const template = await briefingTemplate(signal, progress);
  signal.throwIfAborted();
  const start = template.lastIndexOf('<route-map');
  const end = template.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error('the briefing template has no <route-map> element');
  // Percent-encoded: no quote, angle bracket or ampersand of the story's text is left in the attribute.
  const tag = `<route-map presenter hash lang="${lang}" story="data:application/json,${encodeURIComponent(storyJson(story))}">`;
  const page = `${template.slice(0, start)}${tag}${template.slice(end)}`
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(nameIn(story.title, lang))}</title>`);
  return new Blob([page], {type: 'text/html'});
}
