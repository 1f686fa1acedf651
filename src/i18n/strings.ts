/** Interface strings in the two languages the map speaks. Data names come with the data. */
export type Lang = 'en' | 'nl';

const en = {
  loading: 'Loading map…',
  mapLabel: 'Map of cocaine routes from Latin America into European ports',
  legs: {
    source: 'from producer to port of departure',
    ocean: 'across the ocean towards Europe',
    onward: 'cocaine onward from the Netherlands',
    synthetic: 'synthetic drugs exported from the Netherlands',
    money: 'criminal money moved abroad',
  },
  faded: 'faded: not sourced or estimated, drawn to complete the chain',
  via: 'via',
  source: 'Source',
  sources: 'Sources',
  asOf: 'as of',
  illustrativeWidth: 'Line width is illustrative, not a measured volume.',
  illustrative: 'Illustrative: drawn to complete the chain; not sourced.',
  estimate: 'Estimate: worked out, not published as such.',
  provisional: 'provisional',
  noFigure: 'No figure found in the sources.',
  problemsTitle: 'Some map data could not be shown',
  dismiss: 'Dismiss',
  skipped: (n: number) => (n === 1 ? '1 problem; everything else is shown.' : `${n} problems; everything else is shown.`),
  roles: {producer: 'Producer country', transit: 'Transit country', coalition: 'Coalition of port countries', partner: 'Partner country', destination: 'Destination'},
  portRoles: {departure: 'Port of departure', transit: 'Transit hub', entry: 'European port of entry', destination: 'Destination'},
  organisationKinds: {agency: 'International organisation', service: 'Dutch services at the port', liaison: 'Dutch liaison post', alliance: 'Alliance or programme'},
  organisations: 'organisations and Dutch liaison posts',
  metrics: {
    'seizures': 'seized', 'national-seizures': 'seized nationally', 'coca-area': 'coca cultivation',
    'cocaine-output': 'potential cocaine output', 'single-shipment': 'single shipment',
    'coast-guard-seizures': 'seized by the coast guard', 'onward-share': 'moves on to other countries',
    'funding': 'in extra funding', 'member-ports': 'member ports', 'arrests': 'arrests',
    'retail-value': 'retail value', 'tablets': 'tablets', 'budget': 'programme budget', 'partner-countries': 'partner countries',
  } as Record<string, string>,
  qualifiers: {'about': 'about', 'more than': 'more than', 'at least': 'at least'},
  since: 'since',
  previous: 'Previous chapter',
  next: 'Next chapter',
  startStory: 'Start the story',
  leaveStory: 'Explore the whole map',
  exportPng: 'Export PNG',
  chapterOf: (i: number, n: number) => `Chapter ${i} of ${n}`,
  sourcesLine: 'Sources',
  andMore: (n: number) => `and ${n} more`,
  basemapCredit: 'Basemap: Natural Earth',
  exported: 'Exported',
  dataAsOf: 'data as of',
  close: 'Close',
  details: 'Details',
  incoming: (n: number) => (n === 1 ? '1 incoming route' : `${n} incoming routes`),
  outgoing: (n: number) => (n === 1 ? '1 outgoing route' : `${n} outgoing routes`),
  selectionCleared: 'Selection cleared',
};

export type Strings = typeof en;

const nl: Strings = {
  loading: 'Kaart laden…',
  mapLabel: 'Kaart van cocaïneroutes van Latijns-Amerika naar Europese havens',
  legs: {
    source: 'van productieland naar vertrekhaven',
    ocean: 'over zee richting Europa',
    onward: 'cocaïne vanuit Nederland verder',
    synthetic: 'synthetische drugs uit Nederland geëxporteerd',
    money: 'crimineel geld naar het buitenland',
  },
  faded: 'vaag: zonder bron of geschat, getekend om de keten te sluiten',
  via: 'via',
  source: 'Bron',
  sources: 'Bronnen',
  asOf: 'stand van',
  illustrativeWidth: 'De lijndikte is illustratief, geen gemeten hoeveelheid.',
  illustrative: 'Illustratief: getekend om de keten compleet te maken; zonder bron.',
  estimate: 'Schatting: berekend, niet als zodanig gepubliceerd.',
  provisional: 'voorlopig',
  noFigure: 'Geen cijfer gevonden in de bronnen.',
  problemsTitle: 'Een deel van de kaartgegevens kon niet worden getoond',
  dismiss: 'Sluiten',
  skipped: (n: number) => (n === 1 ? '1 probleem; al het andere wordt getoond.' : `${n} problemen; al het andere wordt getoond.`),
  roles: {producer: 'Productieland', transit: 'Doorvoerland', coalition: 'Coalitie van havenlanden', partner: 'Partnerland', destination: 'Bestemming'},
  portRoles: {departure: 'Vertrekhaven', transit: 'Doorvoerknooppunt', entry: 'Europese binnenkomsthaven', destination: 'Bestemming'},
  organisationKinds: {agency: 'Internationale organisatie', service: 'Nederlandse diensten in de haven', liaison: 'Nederlandse verbindingsofficier', alliance: 'Alliantie of programma'},
  organisations: 'organisaties en Nederlandse verbindingsofficieren',
  metrics: {
    'seizures': 'onderschept', 'national-seizures': 'landelijk onderschept', 'coca-area': 'cocateelt',
    'cocaine-output': 'potentiële cocaïneproductie', 'single-shipment': 'enkele zending',
    'coast-guard-seizures': 'onderschept door de kustwacht', 'onward-share': 'gaat door naar andere landen',
    'funding': 'extra financiering', 'member-ports': 'aangesloten havens', 'arrests': 'arrestaties',
    'retail-value': 'straatwaarde', 'tablets': 'tabletten', 'budget': 'programmabudget', 'partner-countries': 'partnerlanden',
  },
  qualifiers: {'about': 'circa', 'more than': 'meer dan', 'at least': 'minstens'},
  since: 'sinds',
  previous: 'Vorig hoofdstuk',
  next: 'Volgend hoofdstuk',
  startStory: 'Start het verhaal',
  leaveStory: 'Verken de hele kaart',
  exportPng: 'PNG exporteren',
  chapterOf: (i: number, n: number) => `Hoofdstuk ${i} van ${n}`,
  sourcesLine: 'Bronnen',
  andMore: (n: number) => `en ${n} meer`,
  basemapCredit: 'Basiskaart: Natural Earth',
  exported: 'Geëxporteerd',
  dataAsOf: 'gegevens per',
  close: 'Sluiten',
  details: 'Details',
  incoming: (n: number) => (n === 1 ? '1 binnenkomende route' : `${n} binnenkomende routes`),
  outgoing: (n: number) => (n === 1 ? '1 vertrekkende route' : `${n} vertrekkende routes`),
  selectionCleared: 'Selectie gewist',
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
