import {describe, expect, it} from 'vitest';
import {STRINGS, pickLang} from '../../src/i18n/strings';

/** Every path to a leaf: "legs.source", "chapterOf", … */
function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('interface strings', () => {
  it('has every key in both languages', () => {
    expect(leaves(STRINGS.nl).sort()).toEqual(leaves(STRINGS.en).sort());
  });

  it('has no empty string and no English left in the Dutch', () => {
    const get = (lang: 'en' | 'nl', path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], STRINGS[lang]);
    for (const path of leaves(STRINGS.en)) {
      for (const lang of ['en', 'nl'] as const) {
        const v = get(lang, path);
        const text = typeof v === 'function' ? (v as (...a: number[]) => string)(2, 9) : v;
        expect(typeof text === 'string' && text.trim().length > 0, `${lang} ${path}`).toBe(true);
      }
      const [en, nl] = [get('en', path), get('nl', path)];
      // Identical texts are fine for names and short symbols ("via"), suspicious for sentences.
      if (typeof en === 'string' && en.length > 12) expect(nl, `nl ${path} is still English`).not.toBe(en);
    }
  });

  it('follows the element, then the document, then English', () => {
    expect(pickLang('nl-NL', 'en')).toBe('nl');
    expect(pickLang('', 'nl')).toBe('nl');
    expect(pickLang(undefined, 'fr')).toBe('en');
  });
});
