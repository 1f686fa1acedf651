/** Search by name over the bundled data: case, diacritics and either language's names; what each answer says. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES} from '../../src/data/schema';
import {fold, foundText, search, searchIndex} from '../../src/data/search';

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: `geo/${name}`, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs, {strict: true});
const entries = searchIndex(data);
const first = (query: string, lang: 'en' | 'nl' = 'en') => search(entries, query, lang).found[0]?.entry;
const texts = (query: string, lang: 'en' | 'nl' = 'en') => search(entries, query, lang).found.map(({entry}) => {
  const {name, where, what} = foundText(entry, lang);
  return `${name}${where ? ` (${where})` : ''}: ${what}`;
});

describe('fold', () => {
  it('drops case, diacritics and punctuation', () => {
    expect(fold('Moín / Limón')).toBe('moin limon');
    expect(fold('Curaçao')).toBe('curacao');
    expect(fold('  MAOC-N ')).toBe('maoc n');
    expect(fold('Paranaguá → Gioia Tauro')).toBe('paranagua gioia tauro');
  });
});

describe('search', () => {
  it('ignores case and diacritics: "curacao" finds Curaçao, "moin" finds Moín', () => {
    expect(first('curacao')?.id).toBe('curacao');
    expect(texts('curacao')).toContain('Willemstad (Curaçao): transit hub');
    expect(first('moin')?.id).toBe('moin');
    expect(first('PARANAGUA')?.id).toBe('paranagua');
  });

  it('takes either language\'s names, whatever the interface language', () => {
    expect(first('Antwerpen', 'en')?.id).toBe('antwerp');
    expect(first('Antwerp', 'nl')?.id).toBe('antwerp');
    expect(search(entries, 'Marokko', 'en').found.map((f) => f.entry.id)).toEqual(expect.arrayContaining(['morocco', 'rabat']));
    expect(first('verenigde arabische')?.id).toBe('uae');
  });

  it('says what each answer is and where, in the interface language', () => {
    expect(texts('santos')[0]).toBe('Santos (Brazil): port of departure');
    expect(texts('santos', 'nl')[0]).toBe('Santos (Brazilië): vertrekhaven');
    expect(texts('europol')[0]).toBe('Europol (Netherlands): international organisation');
    expect(texts('moin rotterdam')[0]).toBe('Moín → Rotterdam: route, across the ocean towards Europe');
    expect(texts('hamburg meeting')[0]).toMatch(/^Third ministerial meeting in Hamburg; Sweden joins: event of the response, /);
  });

  it('puts whole names before starts, starts before words, and a match of where last', () => {
    const ids = search(entries, 'rotterdam', 'en').found.map((f) => f.entry.id);
    expect(ids[0]).toBe('rotterdam');
    expect(ids.indexOf('harc-rotterdam')).toBeGreaterThan(0);
    // Brazil the country first; then what lies in Brazil.
    const brazil = search(entries, 'brazil', 'en').found.map((f) => f.entry.id);
    expect(brazil[0]).toBe('brazil');
    expect(brazil).toContain('santos');
  });

  it('answers nothing for nothing, and text of 10,000 characters or markup at once, as text', () => {
    expect(search(entries, '', 'en')).toEqual({found: [], total: 0});
    expect(search(entries, '   ', 'en').total).toBe(0);
    expect(search(entries, '!!!', 'en').total).toBe(0);
    const t0 = performance.now();
    expect(search(entries, 'a'.repeat(10_000), 'en').total).toBe(0);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(search(entries, '<img src=x onerror=alert(1)>', 'en').total).toBe(0);
  });

  it('limits the list and counts the rest', () => {
    const {found, total} = search(entries, 'a', 'en');
    expect(found).toHaveLength(8);
    expect(total).toBeGreaterThan(8);
  });
});
