/** The story panel: the chapter's title and text, the steps through the story, export and leave. Data text is bound as text. */
import {html, nothing} from 'lit';
import {nameIn} from '../../../data/format';
import type {Story} from '../../../story/story';
import {STRINGS, type Lang} from '../../../i18n/strings';
import type {ExportFormat} from '../../../story/keys';

export interface PanelProps {
  lang: Lang;
  story: Story;
  /** The chapter shown; -1 outside the story. */
  index: number;
  /** Offer to start the story only once the map is drawn. */
  ready: boolean;
  /** A presenter does not leave the story. */
  presenter: boolean;
  goTo: (index: number) => void;
  leave: () => void;
  /** Downloads the view as PNG, or the story as slides, handout or video. */
  download: (format: ExportFormat) => void;
  /** An export is running: its buttons wait. */
  exporting: boolean;
  /** Opens the presenter's console, offered in presenter mode. */
  openConsole: () => void;
  /** Opens the story editor, offered outside presenter mode while it is closed. */
  edit?: () => void;
}

export function panel({lang, story, index: i, ready, presenter, goTo, leave, download, exporting, openConsole, edit}: PanelProps) {
  const s = STRINGS[lang];
  const chapter = story.chapters[i];
  if (!chapter) {
    // Offered once the map is drawn; until then it keeps its place (hidden), so the first view is framed beside it.
    return html`<div class=${ready ? 'panel closed' : 'panel closed waiting'} part="panel">
        <button type="button" class="start" @click=${() => goTo(0)}>▶ ${s.startStory}: ${nameIn(story.title, lang)}</button>
      </div>`;
  }
  const n = story.chapters.length;
  return html`
      <section class="panel" part="panel" aria-roledescription="slide" aria-label=${s.chapterOf(i + 1, n)}>
        <h2 class="chapter-title">${nameIn(chapter.title, lang)}</h2>
        ${edit && !presenter ? html`<button type="button" class="edit" aria-label=${s.editStory} title=${s.editStory} @click=${edit}>✎</button>` : nothing}
        <p class="chapter-text" aria-live="polite">${nameIn(chapter.text, lang)}</p>
        <div class="controls">
          <button type="button" class="prev" aria-label=${s.previous} ?disabled=${i === 0} @click=${() => goTo(i - 1)}>‹</button>
          <ol class="progress" aria-label=${s.chapterOf(i + 1, n)}>
            ${story.chapters.map((c, k) => html`<li class=${k === i ? 'current' : k < i ? 'done' : ''}>
              <button type="button" aria-label=${nameIn(c.title, lang)} aria-current=${k === i ? 'step' : 'false'} @click=${() => goTo(k)}></button></li>`)}
          </ol>
          <span class="count">${i + 1} / ${n}</span>
          <button type="button" class="next" aria-label=${s.next} ?disabled=${i === n - 1} @click=${() => goTo(i + 1)}>›</button>
          <span class="spacer"></span>
          <details class="downloads" @keydown=${closeOnEscape}>
            <summary>${s.briefing.download}</summary>
            <div class="download-menu" role="group" aria-label=${s.briefing.download}>
              ${(['png', 'pptx', 'pdf', 'video'] as const).map((format) => html`<button type="button" class="export"
                ?disabled=${exporting && format !== 'png'} @click=${(e: Event) => { close(e); download(format); }}>${format === 'png' ? s.exportPng : s.briefing[format]}</button>`)}
            </div>
          </details>
          ${presenter ? html`<button type="button" class="console-open" title=${s.console.title} @click=${openConsole}>${s.console.open}</button>`
            : html`<button type="button" class="leave" @click=${leave}>${s.leaveStory}</button>`}
        </div>
      </section>`;
}

/** Closes the downloads the event came from; its summary keeps the focus when the keyboard closed it. */
function close(e: Event, focus = false) {
  const details = (e.currentTarget as HTMLElement).closest('details');
  if (!details?.open) return;
  details.open = false;
  if (focus) details.querySelector('summary')?.focus();
}

const closeOnEscape = (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  // Escape closes the list, not presenter mode or the story.
  e.stopPropagation();
  close(e, true);
};
