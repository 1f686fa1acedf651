/** The console's words, in English and Dutch; loaded with the console, not with the map. */
import type {Lang} from '../../../i18n/strings';

const en = {
  title: 'Presenter console',
  now: 'Now', next: 'Next', end: 'End of the story', outside: 'Not in the story: the map is free to explore',
  chapterOf: (i: number, n: number) => `${i} of ${n}`,
  notes: 'Notes', noNotes: 'No notes for this chapter.', notesIn: (lang: string) => `Notes in ${lang}: none in this language.`,
  languages: {en: 'English', nl: 'Dutch'},
  chapters: 'Chapters', minutes: (m: number) => `${m} min`,
  elapsed: 'Elapsed', clock: 'Time', pause: 'Pause', resume: 'Resume', start: 'Start', reset: 'Reset',
  pace: {ahead: (t: string) => `${t} ahead`, behind: (t: string) => `${t} behind`, 'on-time': 'On time', none: 'No plan for this chapter', of: (t: string) => `planned ${t}`},
  audience: {
    label: 'Projector', live: 'Showing the map', blanked: 'Blanked (B)', exporting: 'An export is running', loading: 'The map is not ready yet',
    waiting: 'Waiting for the map window…', lost: 'The map window is not answering: reloading? It reconnects by itself.', closed: 'The map window is closed',
  },
  projector: 'Show on the projector',
  projectorHow: 'To show the map on the projector: drag the map window to it and press F there.',
  projectorFailed: (reason: string) => `the map could not go full screen on the projector (${reason}): drag this window there and press F`,
  theme: {light: 'Light', dark: 'Dark'},
  keys: 'Keys here move the map too: PageDown, PageUp, arrows, Space, Home, End, 1–9, B.',
};

const nl: typeof en = {
  title: 'Presentatieconsole',
  now: 'Nu', next: 'Volgende', end: 'Einde van het verhaal', outside: 'Buiten het verhaal: de kaart is vrij te verkennen',
  chapterOf: (i: number, n: number) => `${i} van ${n}`,
  notes: 'Notities', noNotes: 'Geen notities bij dit hoofdstuk.', notesIn: (lang: string) => `Notities in het ${lang}: geen in deze taal.`,
  languages: {en: 'Engels', nl: 'Nederlands'},
  chapters: 'Hoofdstukken', minutes: (m: number) => `${m} min`,
  elapsed: 'Verstreken', clock: 'Tijd', pause: 'Pauze', resume: 'Verder', start: 'Start', reset: 'Opnieuw',
  pace: {ahead: (t: string) => `${t} voor`, behind: (t: string) => `${t} achter`, 'on-time': 'Op schema', none: 'Geen planning voor dit hoofdstuk', of: (t: string) => `gepland ${t}`},
  audience: {
    label: 'Beamer', live: 'Toont de kaart', blanked: 'Zwart beeld (B)', exporting: 'Er loopt een export', loading: 'De kaart is nog niet klaar',
    waiting: 'Wacht op het kaartvenster…', lost: 'Het kaartvenster antwoordt niet: wordt het herladen? Het maakt vanzelf weer verbinding.', closed: 'Het kaartvenster is gesloten',
  },
  projector: 'Toon op de beamer',
  projectorHow: 'Om de kaart op de beamer te tonen: sleep het kaartvenster erheen en druk daar op F.',
  projectorFailed: (reason: string) => `de kaart kon niet schermvullend op de beamer (${reason}): sleep dit venster erheen en druk op F`,
  theme: {light: 'Licht', dark: 'Donker'},
  keys: 'Toetsen hier bewegen ook de kaart: PageDown, PageUp, pijlen, spatie, Home, End, 1–9, B.',
};

export const CONSOLE_STRINGS: Record<Lang, typeof en> = {en, nl};
