import {describe, expect, it} from 'vitest';
import {formatDate, formatFigure, keyFigure, officialFirst} from '../../src/data/format';
import type {Figure} from '../../src/data/schema';

const f = (over: Partial<Figure>): Figure => ({metric: 'seizures', value: 1, unit: 'kg', year: 2020, source: 0, ...over});

describe('formatFigure', () => {
  it.each([
    [f({value: 45506, year: 2023}), '45,506 kg seized (2023)', '45.506 kg onderschept (2023)'],
    [f({value: 116, unit: 't', qualifier: 'about'}), 'about 116 t seized (2020)', 'circa 116 ton onderschept (2020)'],
    [f({metric: 'coca-area', value: 261000, unit: 'ha', year: 2024, provisional: true}), '261,000 ha coca cultivation (2024, provisional)', '261.000 ha cocateelt (2024, voorlopig)'],
    [f({metric: 'funding', value: 16.5, unit: 'EUR million', year: 2025}), '€16.5 million in extra funding (2025)', '€ 16,5 miljoen extra financiering (2025)'],
    [f({metric: 'onward-share', value: 90, unit: '%', qualifier: 'about', year: 2019}), 'about 90% moves on to other countries (2019)', 'circa 90% gaat door naar andere landen (2019)'],
    [f({metric: 'arrests', value: 49, unit: 'count', year: 2022}), '49 arrests (2022)', '49 arrestaties (2022)'],
    [f({metric: 'coca-area', value: 253000, unit: 'ha', year: 2023, qualifier: 'estimated', low: 230000, high: 276000}),
      'estimated 253,000 ha coca cultivation (2023; range 230,000–276,000)', 'naar schatting 253.000 ha cocateelt (2023; marge 230.000–276.000)'],
  ])('formats %j in English and Dutch', (figure, en, nl) => {
    expect(formatFigure(figure, 'en')).toBe(en);
    expect(formatFigure(figure, 'nl')).toBe(nl);
  });
});

describe('officialFirst', () => {
  it('lists official publishers first, then research, then the press, otherwise in the data\'s order', () => {
    const src = (publisher: string, kind?: 'official' | 'press' | 'research') => ({publisher, title: 't', ...(kind ? {kind} : {})});
    const listed = officialFirst([src('NOS', 'press'), src('GI-TOC', 'research'), src('OM', 'official'), src('NRC', 'press'), src('Douane', 'official'), src('?')]);
    expect(listed.map((s) => s.publisher)).toEqual(['OM', 'Douane', 'GI-TOC', 'NOS', 'NRC', '?']);
  });
});

describe('keyFigure', () => {
  it('prefers the latest final seizure total over provisional, single and other figures', () => {
    const figures = [
      f({year: 2023, value: 2}), f({year: 2024, value: 3, provisional: true}),
      f({metric: 'single-shipment', year: 2025, value: 9}), f({metric: 'funding', unit: 'EUR million', year: 2025}),
    ];
    expect(keyFigure({figures})?.value).toBe(2);
  });

  it('falls back to a provisional figure when there is no final one, and to any metric after the known ones', () => {
    expect(keyFigure({figures: [f({metric: 'coca-area', year: 2024, provisional: true, value: 7})]})?.value).toBe(7);
    expect(keyFigure({figures: [f({metric: 'member-ports', unit: 'count', value: 31})]})?.value).toBe(31);
    expect(keyFigure({figures: []})).toBeUndefined();
  });
});

describe('formatDate', () => {
  it('keeps the precision the source gives, in each language', () => {
    expect(formatDate('2023-08-01', 'en')).toBe('1 Aug 2023');
    expect(formatDate('2023-08-01', 'nl')).toBe('1 aug 2023');
    expect(formatDate('2021-12', 'en')).toBe('Dec 2021');
    expect(formatDate('2021-12', 'nl')).toBe('dec 2021');
    expect(formatDate('2023', 'nl')).toBe('2023');
  });
});
