/**
 * The console's picture: the chapter on the projector and the next one, each with its title and
 * poster; the notes, large; the elapsed time, the clock and the pace; the chapter list; and what
 * the projector shows. Everything from the map window is bound as text, never as HTML.
 */
import {html, nothing} from 'lit';
import {clockText} from '../../../story/pacing';
import {notesIn} from '../../../story/notes';
import type {Lang} from '../../../i18n/strings';
import {posterUrl} from '../poster/poster';
import type {ConsoleChapter} from './protocol';
import type {ConsoleScreen} from './screen';
import type {CONSOLE_STRINGS} from './strings';

type S = (typeof CONSOLE_STRINGS)['en'];

/** The chapter's presenter poster, where this build carries one for the story on screen. */
function picture(chapter: ConsoleChapter | undefined, lang: Lang, pictures: boolean) {
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  const url = chapter && pictures ? [`${lang}-1280x720`, `${lang}-1920x1080`, `${other}-1920x1080`, `${other}-1280x720`]
    .map((size) => posterUrl(`${chapter.id}-presenter-${size}.webp`)).find(Boolean) : undefined;
  return url ? html`<img class="rc-picture" src=${url} alt="">` : html`<div class="rc-picture rc-none" aria-hidden="true"></div>`;
}

function chapterCard(kind: 'now' | 'next', s: S, chapters: ConsoleChapter[], index: number, lang: Lang, pictures: boolean) {
  const chapter = chapters[index];
  const label = kind === 'now' ? s.now : s.next;
  const title = chapter ? chapter.title[lang] ?? chapter.title.en ?? chapter.id : kind === 'now' ? s.outside : s.end;
  return html`<section class="rc-${kind}" aria-labelledby="${kind}-title">
      <h2 id="${kind}-title"><span class="rc-label">${label}${chapter ? ` · ${s.chapterOf(index + 1, chapters.length)}` : ''}</span>
        <span class="rc-chapter-title">${title}</span></h2>
      ${picture(chapter, lang, pictures)}
    </section>`;
}

function notes(s: S, chapter: ConsoleChapter | undefined, lang: Lang) {
  const found = chapter && notesIn(chapter, lang);
  return html`<section class="rc-notes" aria-labelledby="notes-title" tabindex="0">
      <h2 id="notes-title" class="rc-label">${s.notes}</h2>
      ${found && found.lang !== lang ? html`<p class="rc-other-language">${s.notesIn(s.languages[found.lang])}</p>` : nothing}
      ${found ? found.text.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`) : html`<p class="rc-none">${s.noNotes}</p>`}
    </section>`;
}

function times(screen: ConsoleScreen, s: S) {
  const pace = screen.pace;
  const paceText = !pace ? s.pace.none : pace.status === 'on-time' ? s.pace['on-time'] : s.pace[pace.status](clockText(pace.seconds * 1000));
  const now = screen.now;
  const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return html`<div class="rc-times">
      <div class="rc-elapsed"><span class="rc-label" id="elapsed-label">${s.elapsed}</span>
        <span class="rc-big" role="timer" aria-labelledby="elapsed-label">${clockText(screen.elapsed)}</span>
        <button type="button" @click=${() => screen.toggleTimer()}>${screen.running ? s.pause : screen.elapsed ? s.resume : s.start}</button>
        <button type="button" @click=${() => screen.resetTimer()}>${s.reset}</button></div>
      <div class="rc-pace rc-${pace?.status ?? 'none'}"><span class="rc-big">${paceText}</span>
        ${pace?.totalSeconds ? html`<span class="rc-label">${s.pace.of(clockText(pace.totalSeconds * 1000))}</span>` : nothing}</div>
      <div class="rc-clock"><span class="rc-label" id="clock-label">${s.clock}</span><time class="rc-big" aria-labelledby="clock-label">${clock}</time></div>
    </div>`;
}

export function consoleView(screen: ConsoleScreen, s: S) {
  const state = screen.state;
  const lang = screen.lang;
  const chapters = state?.chapters ?? [];
  const index = state?.index ?? -1;
  const pictures = state?.pictures ?? false;
  const status = screen.status;
  return html`<div class="console rc-${screen.theme}" lang=${lang}>
      <header>
        <h1>${s.title}${state ? html`<span class="rc-story-title">${state.title[lang] ?? ''}</span>` : nothing}</h1>
        <p class="rc-audience rc-${status}" role="status"><span class="rc-dot" aria-hidden="true"></span>${s.audience.label}: ${s.audience[status]}</p>
        ${times(screen, s)}
      </header>
      <main>
        <div class="rc-views">
          ${chapterCard('now', s, chapters, index, lang, pictures)}
          ${chapterCard('next', s, chapters, index + 1, lang, pictures)}
        </div>
        ${notes(s, chapters[index], lang)}
        <aside class="rc-side">
          <nav aria-label=${s.chapters}><h2 class="rc-label">${s.chapters}</h2><ol>
            ${chapters.map((c, i) => html`<li><button type="button" aria-current=${i === index ? 'step' : nothing} @click=${() => screen.go(i)}>
              <span class="rc-n">${i + 1}</span><span class="rc-t">${c.title[lang] ?? c.title.en ?? c.id}</span>${c.minutes ? html`<span class="rc-m">${s.minutes(c.minutes)}</span>` : nothing}</button></li>`)}
          </ol></nav>
          <div class="rc-tools">
            ${screen.screens && !screen.projectorRefused ? html`<button type="button" @click=${() => void screen.toProjector()}>${s.projector}</button>` : html`<p>${s.projectorHow}</p>`}
            <button type="button" @click=${() => screen.toggleTheme()}>${screen.theme === 'dark' ? s.theme.light : s.theme.dark}</button>
          </div>
        </aside>
      </main>
      <footer>${s.keys}</footer>
    </div>`;
}
