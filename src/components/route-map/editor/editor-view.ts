/**
 * The editor beside the map: its tools, the story's title and the chapter list, with the chapter
 * shown opened for its texts. Every text of the story is bound as text, never as HTML.
 */
import {html, nothing} from 'lit';
import type {Names} from '../../../data/schema';
import {nameIn} from '../../../data/format';
import {emptyLanguages, type TextField} from '../../../story/edit';
import type {Chapter} from '../../../story/story';
import type {Lang} from '../../../i18n/strings';
import {EDITOR_STRINGS} from './strings';
import type {StoryEditor} from './editor';

const LANGS = ['en', 'nl'] as const;
const value = (e: Event) => (e.target as HTMLInputElement).value;

export function editorView(editor: StoryEditor, shown: number, lang: Lang) {
  const s = EDITOR_STRINGS[lang];
  const story = editor.present;
  const {past, future} = editor.history;
  const {problems} = editor;
  const note = editor.noteText(lang);
  const langName = (l: keyof Names) => (l === 'en' ? s.english : s.dutch);
  const onKey = (e: KeyboardEvent) => {
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && (key === 'z' || key === 'y')) {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) editor.redo();
      else editor.undo();
    }
    // The editor's keys are its own: not the story's, the map's or the presenter's.
    if (e.key !== 'Escape') e.stopPropagation();
  };
  const field = (index: number, name: TextField, chapter: Chapter, l: keyof Names) => {
    const text = chapter[name]?.[l] ?? '';
    const label = `${s[name]} (${langName(l)})`;
    const input = (e: Event) => editor.edit(index, name, l, value(e));
    // Notes are the presenter's own: only an empty title or text is marked.
    return html`<label class="field ${text.trim() || name === 'notes' ? '' : 'empty'}"><span>${label}</span>${name === 'title'
      ? html`<input type="text" lang=${l} .value=${text} @input=${input}>`
      : html`<textarea lang=${l} rows=${name === 'notes' ? 4 : 3} .value=${text} @input=${input}></textarea>`}</label>`;
  };
  return html`<aside class="editor" part="editor" aria-label=${s.label} @keydown=${onKey}>
      <div class="editor-tools">
        <button type="button" class="capture primary" @click=${() => guard(editor, () => editor.capture())}>+ ${s.capture}</button>
        <button type="button" class="undo" ?disabled=${!past.length} @click=${() => editor.undo()} title="Ctrl+Z">${s.undo}</button>
        <button type="button" class="redo" ?disabled=${!future.length} @click=${() => editor.redo()} title="Ctrl+Shift+Z">${s.redo}</button>
        <button type="button" class="preview" ?disabled=${!story.chapters.length} @click=${() => editor.preview()}>${s.preview}</button>
        <button type="button" class="close" @click=${() => (editor.host.editor = false)} aria-label=${s.close} title=${s.close}>×</button>
      </div>
      ${note ? html`<p class="editor-note" role="status">${note}</p>` : nothing}
      ${editor.stale ? html`<p class="editor-note stale" role="alert">${s.stale}
        <button type="button" @click=${() => editor.takeNewer()}>${s.takeNewer}</button></p>` : nothing}
      <fieldset class="story-title"><legend>${s.storyTitle}</legend>
        ${LANGS.map((l) => html`<label class="field"><span>${langName(l)}</span>
          <input type="text" lang=${l} .value=${story.title[l]} @input=${(e: Event) => editor.editTitle(l, value(e))}></label>`)}
      </fieldset>
      <h3 id="editor-chapters">${s.chapters} <small>${s.moveHint}</small></h3>
      ${story.chapters.length ? nothing : html`<p class="editor-empty">${s.none}</p>`}
      <ol class="editor-chapters" aria-labelledby="editor-chapters">
        ${story.chapters.map((chapter, i) => {
          const title = nameIn(chapter.title, lang).trim() || s.untitled;
          const missing = emptyLanguages(chapter);
          const own = problems.filter((p) => p.index === i);
          return html`<li class="chapter-item ${i === shown ? 'open' : ''} ${own.length ? 'invalid' : ''}" data-index=${i}
              @dragover=${(e: DragEvent) => editor.dragFrom !== undefined && e.preventDefault()}
              @drop=${(e: DragEvent) => { e.preventDefault(); if (editor.dragFrom !== undefined) editor.move(editor.dragFrom, i); editor.dragFrom = undefined; }}>
            <div class="chapter-row">
              <button type="button" class="chapter-go" draggable="true" aria-current=${i === shown ? 'step' : 'false'}
                aria-label=${s.chapterLabel(i + 1, title)} aria-description=${s.moveHint}
                @dragstart=${(e: DragEvent) => { editor.dragFrom = i; e.dataTransfer?.setData('text/plain', chapter.id); }}
                @dragend=${() => (editor.dragFrom = undefined)}
                @keydown=${(e: KeyboardEvent) => moveByKey(e, editor, i)}
                @click=${() => void editor.goTo(i)}><span class="n">${i + 1}</span> <span class="t">${title}</span></button>
              ${missing.map((l) => html`<span class="missing" title=${s.missing(langName(l))}>${l.toUpperCase()}</span>`)}
            </div>
            ${own.map((p) => html`<p class="chapter-problem">${p.message}</p>`)}
            ${i === shown ? html`<div class="chapter-form">
              ${missing.length ? html`<p class="missing-note">${s.missing(missing.map(langName).join(', '))}</p>` : nothing}
              ${(['title', 'text', 'notes'] as const).map((name) => LANGS.map((l) => field(i, name, chapter, l)))}
              <div class="chapter-actions">
                <button type="button" class="recapture" @click=${() => guard(editor, () => editor.recapture(i))}>${s.recapture}</button>
                <button type="button" class="duplicate" @click=${() => editor.duplicate(i)}>${s.duplicate}</button>
                <button type="button" class="delete" @click=${() => editor.remove(i)}>${s.remove}</button>
              </div>
            </div>` : nothing}
          </li>`;
        })}
      </ol>
      ${problems.length ? html`<div class="editor-problems"><strong>${s.problems}</strong>
        <ul>${problems.map((p) => html`<li>${p.index < 0 ? s.storyLevel : s.chapterLabel(p.index + 1, '')}${p.message}</li>`)}</ul></div>` : nothing}
      <div class="editor-files">
        <button type="button" class="save-story" ?disabled=${problems.length > 0} @click=${() => void editor.save('story')}>${s.saveStory}</button>
        <button type="button" class="save-briefing" ?disabled=${problems.length > 0} @click=${() => void editor.save('briefing')}>${s.saveBriefing}</button>
        <label class="open-file"><span>${s.open}</span>
          <input type="file" accept=".json,application/json" @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void editor.openFile(file);
          }}></label>
        <button type="button" class="from-bundled" @click=${() => editor.restart(false)}>${s.fromBundled}</button>
        <button type="button" class="start-empty" @click=${() => editor.restart(true)}>${s.empty}</button>
        ${editor.confirming
          ? html`<p class="confirm" role="alert">${s.discardAsk}
              <button type="button" class="discard-yes" @click=${() => editor.discard()}>${s.discardYes}</button>
              <button type="button" class="discard-no" @click=${() => { editor.confirming = false; editor.host.requestUpdate(); }}>${s.keep}</button></p>`
          : html`<button type="button" class="discard" ?disabled=${!editor.history.past.length && !editor.note}
              @click=${() => { editor.confirming = true; editor.host.requestUpdate(); }}>${s.discard}</button>`}
      </div>
      <p class="sr-only" role="status" aria-live="polite">${editor.said}</p>
    </aside>`;
}

/** Alt+↑ and Alt+↓ on a chapter move it; the focus moves with it. */
function moveByKey(e: KeyboardEvent, editor: StoryEditor, i: number) {
  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
  e.preventDefault();
  const to = i + (e.key === 'ArrowUp' ? -1 : 1);
  editor.move(i, to);
  void editor.host.updateComplete.then(() => editor.host.renderRoot.querySelector<HTMLElement>(`.chapter-item[data-index="${to}"] .chapter-go`)?.focus());
}

/** Runs an action that needs the map; its failure (no map yet) is said on the map. */
function guard(editor: StoryEditor, action: () => void) {
  try {
    action();
  } catch (e) {
    editor.refuse('map', (e as Error).message);
  }
}
