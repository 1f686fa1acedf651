/**
 * The citations in geo/: how many carry an address, and whether each address is one a
 * reader can follow. Pure: takes parsed GeoJSON as read from disk, returns counts and
 * problems. Used by `npm run data:check` (scripts/data-check.mjs) and tests/unit/sources.test.ts;
 * the map itself does not load it.
 */

/** One `properties.sources` entry, with where it sits. */
export interface Citation {file: string; id: string; index: number; publisher: string; kind?: string; url?: string}
/** Per file: sources, those with an address; figures, those whose source is official. */
export interface FileCount {file: string; total: number; addressed: number; figures: number; officialFigures: number}
export interface SourceAudit {
  files: FileCount[]; total: number; addressed: number;
  /** Sources by `kind` (`none` when it has none). */
  kinds: Record<string, number>;
  /** Sources on the refused list. */
  refused: number;
  problems: string[];
}
/** A site geo/ may not cite, and why (scripts/refused-sites.json). */
export interface RefusedSite {site: string; name: string; why: string}
export interface AuditOptions {refused?: readonly RefusedSite[]; today?: Date}
/** A file as read: its name and its parsed JSON, which may be anything. */
export interface AuditInput {file: string; json: unknown}

type Loose = Record<string, unknown> | null | undefined;

/** Every `properties.sources` entry of every feature; what is not a source object is passed over. */
export function citations(files: AuditInput[]): Citation[] {
  const out: Citation[] = [];
  for (const {file, json} of files) {
    const features = (json as Loose)?.features;
    for (const feature of Array.isArray(features) ? features : []) {
      const p = ((feature as Loose)?.properties ?? {}) as Record<string, unknown>;
      const list = Array.isArray(p.sources) ? p.sources : [];
      list.forEach((s: unknown, index) => {
        if (!s || typeof s !== 'object') return;
        const {publisher, url, kind} = s as Record<string, unknown>;
        out.push({file, id: String(p.id ?? '?'), index, publisher: String(publisher ?? ''), ...(typeof kind === 'string' ? {kind} : {}), ...(typeof url === 'string' ? {url} : {})});
      });
    }
  }
  return out;
}

/** Why an address cannot be followed as written, or undefined if it can. */
export function addressProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'contains white space';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not an address';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `uses ${parsed.protocol} (only https: and http:)`;
  if (!parsed.hostname.includes('.')) return 'has no host name';
  return undefined;
}

/** The refused site a citation is on, by its address or by the publisher it names. */
export function refusedSite(c: {publisher: string; url?: string}, refused: readonly RefusedSite[]): RefusedSite | undefined {
  let host = '';
  try {
    host = c.url ? new URL(c.url).hostname.toLowerCase() : '';
  } catch { /* a malformed address is reported as such */ }
  const publisher = c.publisher.toLowerCase();
  return refused.find((r) => host === r.site || host.endsWith(`.${r.site}`) || publisher.includes(r.name.toLowerCase()));
}

const KINDS = ['official', 'press', 'research'];
const where = (c: Citation) => `${c.file}: feature "${c.id}": sources[${c.index}] (${c.publisher})`;

/**
 * The figures of every feature: the share backed by an official source, and the problems a figure
 * can have that the map's validator does not know of: a year after today, and (named with its
 * source) a range that is out of order or leaves out its own value.
 */
function auditFigures(files: AuditInput[], counts: Map<string, FileCount>, today: Date, problems: string[]) {
  for (const {file, json} of files) {
    const features = (json as Loose)?.features;
    for (const feature of Array.isArray(features) ? features : []) {
      const p = ((feature as Loose)?.properties ?? {}) as Record<string, unknown>;
      const sources = (Array.isArray(p.sources) ? p.sources : []) as Loose[];
      const figures = (Array.isArray(p.figures) ? p.figures : []) as Loose[];
      figures.forEach((f, i) => {
        if (!f || typeof f !== 'object') return;
        const count = counts.get(file)!;
        const source = typeof f.source === 'number' ? sources[f.source] : undefined;
        count.figures++;
        if (source?.kind === 'official') count.officialFigures++;
        const at = `${file}: feature "${String(p.id ?? '?')}": figures[${i}] (source ${String(f.source)}: ${String(source?.publisher ?? 'none')})`;
        if (typeof f.year === 'number' && f.year > today.getUTCFullYear()) problems.push(`${at}: year ${f.year} is after today`);
        const {low, high, value} = f as Record<string, unknown>;
        if (low === undefined && high === undefined) return;
        if (typeof low !== 'number' || typeof high !== 'number') problems.push(`${at}: a range needs both low and high`);
        else if (low > high) problems.push(`${at}: low ${low} is above high ${high}`);
        else if (typeof value === 'number' && (value < low || value > high)) problems.push(`${at}: value ${value} is outside its range ${low}–${high}`);
      });
    }
  }
}

/**
 * Counts per file and the problems found: a malformed address; one address cited for two
 * publishers (the same page has one publisher; two names mean one of them is wrong); a source on
 * the refused list, or with no `kind`; a figure dated after today or with a broken range.
 */
export function auditSources(files: AuditInput[], {refused = [], today = new Date()}: AuditOptions = {}): SourceAudit {
  const all = citations(files);
  const counts = new Map<string, FileCount>(files.map(({file}) => [file, {file, total: 0, addressed: 0, figures: 0, officialFigures: 0}]));
  const problems: string[] = [];
  const publishers = new Map<string, Map<string, Citation>>();
  const kinds: Record<string, number> = {};
  let addressed = 0;
  let refusedCount = 0;
  for (const c of all) {
    const count = counts.get(c.file)!;
    count.total++;
    const kind = c.kind && KINDS.includes(c.kind) ? c.kind : 'none';
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (kind === 'none') problems.push(`${where(c)}: has no kind (official, press or research)`);
    const site = refusedSite(c, refused);
    if (site) {
      refusedCount++;
      problems.push(`${where(c)}: ${site.site} is refused: ${site.why}`);
    }
    if (c.url === undefined) continue;
    count.addressed++;
    addressed++;
    const problem = addressProblem(c.url);
    if (problem) problems.push(`${c.file}: feature "${c.id}": sources[${c.index}].url ${problem}: ${JSON.stringify(c.url)}`);
    const byPublisher = publishers.get(c.url) ?? new Map<string, Citation>();
    publishers.set(c.url, byPublisher);
    if (!byPublisher.has(c.publisher)) byPublisher.set(c.publisher, c);
  }
  for (const [url, byPublisher] of publishers) {
    if (byPublisher.size < 2) continue;
    const named = [...byPublisher.values()].map((c) => `"${c.publisher}" (${c.file}: "${c.id}" sources[${c.index}])`);
    problems.push(`${url} is cited with ${byPublisher.size} publishers: ${named.join(', ')}`);
  }
  auditFigures(files, counts, today, problems);
  const total = all.length;
  return {files: [...counts.values()], total, addressed, kinds, refused: refusedCount, problems};
}

const percent = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '100.0');

/**
 * One line per file ("geo/ports.geojson: 2 of 94 sources without an address; 40 of 120 figures from
 * an official source (33.3%)"), then the totals and the sources by kind.
 */
export function describeCounts({files, total, addressed, kinds, refused}: SourceAudit): string[] {
  const lines = files.map((f) => `${f.file}: ${f.total - f.addressed} of ${f.total} source${f.total === 1 ? '' : 's'} without an address` +
    (f.figures ? `; ${f.officialFigures} of ${f.figures} figures from an official source (${percent(f.officialFigures, f.figures)}%)` : ''));
  lines.push(`sources: ${addressed} of ${total} have an address (${percent(addressed, total)}%)`);
  const figures = files.reduce((n, f) => n + f.figures, 0);
  const official = files.reduce((n, f) => n + f.officialFigures, 0);
  lines.push(`figures: ${official} of ${figures} from an official source (${percent(official, figures)}%)`);
  lines.push(`sources by kind: ${['official', 'press', 'research', 'none'].map((k) => `${kinds[k] ?? 0} ${k}`).join(', ')}; ${refused} refused`);
  return lines;
}
