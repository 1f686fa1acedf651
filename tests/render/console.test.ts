/**
 * Golden images of the presenter's console at 1280×800, in English and Dutch: the chapter on the
 * projector and the next with their posters, the notes, the times and pace, and the chapter list.
 * The console is drawn from a fixed state and a fixed clock, as the map window would tell it.
 */
import {afterEach, describe, it} from 'vitest';
import {page} from 'vitest/browser';
import {LitElement, css} from 'lit';
import {validateStory} from '../../src/story/story';
import {pace} from '../../src/story/pacing';
import {consoleView} from '../../src/components/route-map/console/view';
import {consoleStyles} from '../../src/components/route-map/console/styles';
import {CONSOLE_STRINGS} from '../../src/components/route-map/console/strings';
import type {ConsoleScreen} from '../../src/components/route-map/console/screen';
import type {Lang} from '../../src/i18n/strings';
import storyJson from '../../geo/story.json';
import {matchGolden} from './golden';

const story = validateStory('geo/story.json', storyJson).story!;

/** The console as the map window tells it: the fourth chapter, nine minutes in, a minute behind. */
function screenAt(lang: Lang): ConsoleScreen {
  const chapters = story.chapters.map(({id, title, notes, minutes}) => ({id, title, notes, minutes}));
  const elapsed = 9 * 60_000 + 5_000;
  return {
    state: {lang, title: story.title, chapters, index: 3, blanked: false, exporting: false, ready: true, presenter: true, pictures: true},
    lang, status: 'live', elapsed, running: true, theme: 'dark', screens: false, projectorRefused: false,
    now: new Date(2026, 11, 4, 14, 30), pace: pace(chapters.map((c) => c.minutes), 3, elapsed),
    toggleTimer() {}, resetTimer() {}, go() {}, toggleTheme() {}, toProjector: async () => {},
  } as unknown as ConsoleScreen;
}

class ConsoleGolden extends LitElement {
  // The console fills its window; here, a box of the window's size.
  static styles = [consoleStyles, css`:host { position: relative !important; display: block; width: 1280px !important; height: 800px !important; }`];
  static properties = {lang: {}};
  lang: Lang = 'en';
  render() {
    return consoleView(screenAt(this.lang), CONSOLE_STRINGS[this.lang]);
  }
}
customElements.define('console-golden', ConsoleGolden);

describe('the presenter console', () => {
  afterEach(() => document.querySelector('console-golden')?.remove());

  for (const lang of ['en', 'nl'] as const) {
    it(`at 1280×800 in ${lang === 'en' ? 'English' : 'Dutch'}`, async () => {
      await page.viewport(1280, 800);
      const el = document.createElement('console-golden') as ConsoleGolden;
      el.lang = lang;
      document.body.append(el);
      await el.updateComplete;
      await Promise.all([...el.shadowRoot!.querySelectorAll('img')].map((img) => img.decode()));
      // Nothing moves in the console from one run to the next: no mismatched pixel is allowed.
      await matchGolden(el, `console-${lang}`, {comparatorName: 'pixelmatch', comparatorOptions: {threshold: 0.05, allowedMismatchedPixelRatio: 0}});
    });
  }
});
