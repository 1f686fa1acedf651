/**
 * A source as the reader can check it: a link that opens the page in a new tab where the data
 * gives an address, and plain text marked "(not online)" where it does not. Every part is
 * data, so every part is bound as text.
 */
import {html, type TemplateResult} from 'lit';
import type {Source} from '../../../data/schema';
import {formatDate} from '../../../data/format';
import {STRINGS, type Lang} from '../../../i18n/strings';

/** `text` (the source's title unless given) as a link to the source, or as text with "(not online)". */
export function sourceLink(src: Source, lang: Lang, text: string = src.title): TemplateResult {
  return src.url
    ? html`<a href=${src.url} target="_blank" rel="noopener noreferrer">${text}</a>`
    : html`${text} <span class="not-online">${STRINGS[lang].notOnline}</span>`;
}

/** "Publisher, Title (date)", the title linked: the full citation in the panel and the event card. */
export function sourceCitation(src: Source, lang: Lang): TemplateResult {
  return html`${src.publisher}, ${sourceLink(src, lang)}${src.date ? ` (${formatDate(src.date, lang)})` : ''}`;
}
