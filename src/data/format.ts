/** Figures as a reader sees them: locale numbers, units, the source's hedges kept. */
import type {Figure, Names, Port, Country, Route} from './schema';
import {STRINGS, type Lang} from '../i18n/strings';

const LOCALE: Record<Lang, string> = {en: 'en-GB', nl: 'nl-NL'};

const UNIT_LABEL: Record<Lang, Record<Figure['unit'], string>> = {
  en: {kg: 'kg', t: 't', ha: 'ha'},
  nl: {kg: 'kg', t: 'ton', ha: 'ha'},
};

export const nameIn = (names: Names, lang: Lang) => names[lang] || names.en;

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {maximumFractionDigits: 1}).format(value);
}

/** "about 17,000 kg seized (2021)" / "circa 17.000 kg onderschept (2021)". */
export function formatFigure(f: Figure, lang: Lang): string {
  const s = STRINGS[lang];
  const hedge = f.qualifier ? `${s.qualifiers[f.qualifier]} ` : '';
  const metric = s.metrics[f.metric] ?? f.metric;
  const provisional = f.provisional ? `, ${s.provisional}` : '';
  return `${hedge}${formatNumber(f.value, lang)} ${UNIT_LABEL[lang][f.unit]} ${metric} (${f.year}${provisional})`;
}

/** Kilograms, for comparing seizure figures given in kg or tonnes. */
export const inKg = (f: Figure) => (f.unit === 't' ? f.value * 1000 : f.unit === 'kg' ? f.value : NaN);

/** The figure a feature is known by: its latest seizure total, else its latest figure of any kind. */
export function keyFigure(feature: Port | Country | Route): Figure | undefined {
  const latest = (list: Figure[]) => list.reduce<Figure | undefined>((best, f) => (!best || f.year > best.year ? f : best), undefined);
  return latest(feature.figures.filter((f) => f.metric === 'seizures' && !f.provisional)) ?? latest(feature.figures);
}
