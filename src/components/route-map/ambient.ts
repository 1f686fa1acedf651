import {pickLang, type Lang} from '../../i18n/strings';

/**
 * What the controllers read of the element beyond its public properties, in one object: derived
 * from the element's attributes and the page, read live, so it is never out of date.
 */
export interface Ambient {
  /** The interface language: the `lang` attribute, else the document's. */
  readonly language: Lang;
  /** No flights or fades: the `reduced-motion` attribute or the system's setting. */
  readonly motionReduced: boolean;
}

/** The element's ambient state, read through its public properties. */
export function ambientOf(el: {lang: string; reducedMotion: boolean}): Ambient {
  return {
    get language() {
      return pickLang(el.lang, document.documentElement.lang);
    },
    get motionReduced() {
      return el.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
    },
  };
}
