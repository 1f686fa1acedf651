/** Interface strings in the two languages the map speaks. Data names come with the data. */
export type Lang = 'en' | 'nl';

const en = {
  loading: 'Loading map…',
  mapLabel: 'Map of cocaine routes from Latin America into European ports',
  legSource: 'from producer to port of departure',
  legOcean: 'across the ocean towards Europe',
  legOnward: 'onward from the Netherlands',
  via: 'via',
  source: 'Source',
  sources: 'Sources',
  asOf: 'as of',
  illustrativeWidth: 'Line width is illustrative, not a measured volume.',
  illustrative: 'Illustrative: drawn to complete the chain; not sourced.',
  estimate: 'Estimate',
  provisional: 'provisional',
  noFigure: 'No figure found in the sources.',
  problemsTitle: 'Some map data could not be shown',
  dismiss: 'Dismiss',
  skipped: (n: number) => (n === 1 ? '1 problem; everything else is shown.' : `${n} problems; everything else is shown.`),
  roles: {producer: 'Producer country', transit: 'Transit country', coalition: 'Coalition of port countries', partner: 'Partner country', destination: 'Destination'},
  portRoles: {departure: 'Port of departure', transit: 'Transit hub', entry: 'European port of entry', destination: 'Destination of onward flow'},
  metrics: {
    'seizures': 'seized', 'coca-area': 'coca cultivation', 'cocaine-output': 'potential cocaine output',
    'single-shipment': 'single shipment', 'coast-guard-seizures': 'seized',
  } as Record<string, string>,
  qualifiers: {'about': 'about', 'more than': 'more than', 'at least': 'at least'},
  since: 'since',
};

export type Strings = typeof en;

const nl: Strings = {
  loading: 'Kaart laden…',
  mapLabel: 'Kaart van cocaïneroutes van Latijns-Amerika naar Europese havens',
  legSource: 'van productieland naar vertrekhaven',
  legOcean: 'over zee richting Europa',
  legOnward: 'vanuit Nederland verder',
  via: 'via',
  source: 'Bron',
  sources: 'Bronnen',
  asOf: 'stand van',
  illustrativeWidth: 'De lijndikte is illustratief, geen gemeten hoeveelheid.',
  illustrative: 'Illustratief: getekend om de keten compleet te maken; zonder bron.',
  estimate: 'Schatting',
  provisional: 'voorlopig',
  noFigure: 'Geen cijfer gevonden in de bronnen.',
  problemsTitle: 'Een deel van de kaartgegevens kon niet worden getoond',
  dismiss: 'Sluiten',
  skipped: (n: number) => (n === 1 ? '1 probleem; al het andere wordt getoond.' : `${n} problemen; al het andere wordt getoond.`),
  roles: {producer: 'Productieland', transit: 'Doorvoerland', coalition: 'Coalitie van havenlanden', partner: 'Partnerland', destination: 'Bestemming'},
  portRoles: {departure: 'Vertrekhaven', transit: 'Doorvoerknooppunt', entry: 'Europese binnenkomsthaven', destination: 'Bestemming van doorvoer'},
  metrics: {
    'seizures': 'onderschept', 'coca-area': 'cocateelt', 'cocaine-output': 'potentiële cocaïneproductie',
    'single-shipment': 'enkele zending', 'coast-guard-seizures': 'onderschept',
  },
  qualifiers: {'about': 'circa', 'more than': 'meer dan', 'at least': 'minstens'},
  since: 'sinds',
};

export const STRINGS: Record<Lang, Strings> = {en, nl};

/** The map's language: its own `lang`, else the document's, else English. */
export function pickLang(...candidates: (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    const base = c?.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'en';
}
