/** Figures as a reader sees them: locale numbers, units, the source's hedges kept. */
import type {Confidence, Figure, Names, Source} from './schema';
import {STRINGS, type Lang} from '../i18n/strings';

const LOCALE: Record<Lang, string> = {en: 'en-GB', nl: 'nl-NL'};

/** A number with its unit, e.g. "45,506 kg", "€16.5 million", "72.4 million". */
function quantity(f: Figure, lang: Lang): string {
  const n = formatNumber(f.value, lang);
  switch (f.unit) {
    case 't': return lang === 'nl' ? `${n} ton` : `${n} t`;
    case '%': return `${n}%`;
    case 'EUR million': return lang === 'nl' ? `€ ${n} miljoen` : `€${n} million`;
    case 'count': return f.value >= 1e6 ? new Intl.NumberFormat(LOCALE[lang], {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1}).format(f.value) : n;
    default: return `${n} ${f.unit}`;
  }
}

export const nameIn = (names: Names, lang: Lang) => names[lang] || names.en || names.nl;

/** An ISO date as precise as it is: "28 Nov 2026" / "28 nov 2026", "Nov 2026", or just the year. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day ? {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'} : {month: 'short', year: 'numeric', timeZone: 'UTC'};
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], {maximumFractionDigits: 1}).format(value);
}

/**
 * "about 17,000 kg seized (2021)" / "circa 17.000 kg onderschept (2021)"; with the source's range,
 * "estimated 253,000 ha coca cultivation (2023; range 230,000–276,000)".
 */
export function formatFigure(f: Figure, lang: Lang): string {
  const s = STRINGS[lang];
  const hedge = f.qualifier ? `${s.qualifiers[f.qualifier]} ` : '';
  const metric = s.metrics[f.metric] ?? f.metric;
  const provisional = f.provisional ? `, ${s.provisional}` : '';
  const range = f.low !== undefined && f.high !== undefined ? `; ${s.range} ${formatNumber(f.low, lang)}–${formatNumber(f.high, lang)}` : '';
  return `${hedge}${quantity(f, lang)} ${metric} (${f.year}${provisional}${range})`;
}

const KIND_ORDER = {official: 0, research: 1, press: 2};

/** Sources as they are listed to a reader: official publishers first, otherwise in the data's order. */
export const officialFirst = <T extends Source>(sources: readonly T[]): T[] =>
  [...sources].sort((a, b) => (KIND_ORDER[a.kind ?? 'press'] ?? 3) - (KIND_ORDER[b.kind ?? 'press'] ?? 3));

/** Kilograms, for comparing seizure figures given in kg or tonnes. */
export const inKg = (f: Figure) => (f.unit === 't' ? f.value * 1000 : f.unit === 'kg' ? f.value : NaN);

/** How far to trust a figure: its own confidence, else its feature's. */
export const figureConfidence = (f: Figure, feature: {confidence: Confidence}) => f.confidence ?? feature.confidence;

/** Metrics a feature is best known by, most telling first; any other metric comes after these. */
const KEY_METRICS = ['seizures', 'national-seizures', 'coca-area', 'single-shipment', 'coast-guard-seizures'];

const latest = (list: Figure[]) => list.reduce<Figure | undefined>((best, f) => (!best || f.year > best.year ? f : best), undefined);

/** A feature's latest non-provisional annual seizure total at that place, if it has one. */
export const latestSeizures = (feature: {figures: Figure[]}) => latest(feature.figures.filter((f) => f.metric === 'seizures' && !f.provisional));

/** The figure a feature is known by: the latest of its most telling metric (a final figure before a provisional one). */
export function keyFigure(feature: {figures: Figure[]}): Figure | undefined {
  for (const metric of KEY_METRICS) {
    const of = feature.figures.filter((f) => f.metric === metric);
    const found = latest(of.filter((f) => !f.provisional)) ?? latest(of);
    if (found) return found;
  }
  return latest(feature.figures);
}
