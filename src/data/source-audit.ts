/**
 * The citations in geo/: how many carry an address, and whether each address is one a
 * reader can follow. Pure: takes parsed GeoJSON as read from disk, returns counts and
 * problems. Used by `npm run data:check` (scripts/data-check.mjs) and tests/unit/sources.test.ts;
 * the map itself does not load it.
 */

/** One `properties.sources` entry, with where it sits. */
export interface Citation {file: string; id: string; index: number; publisher: string; url?: string}
export interface FileCount {file: string; total: number; addressed: number}
export interface SourceAudit {files: FileCount[]; total: number; addressed: number; problems: string[]}
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
        const {publisher, url} = s as Record<string, unknown>;
        out.push({file, id: String(p.id ?? '?'), index, publisher: String(publisher ?? ''), ...(typeof url === 'string' ? {url} : {})});
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

/**
 * Counts per file and the problems found: a malformed address, or one address cited for two
 * publishers (the same page has one publisher; two names mean one of them is wrong).
 */
export function auditSources(files: AuditInput[]): SourceAudit {
  const all = citations(files);
  const counts = new Map<string, FileCount>(files.map(({file}) => [file, {file, total: 0, addressed: 0}]));
  const problems: string[] = [];
  const publishers = new Map<string, Map<string, Citation>>();
  let addressed = 0;
  for (const c of all) {
    const count = counts.get(c.file)!;
    count.total++;
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
  const total = all.length;
  return {files: [...counts.values()], total, addressed, problems};
}

/** One line per file, e.g. "geo/ports.geojson: 2 of 94 sources without an address", and the total. */
export function describeCounts({files, total, addressed}: SourceAudit): string[] {
  const lines = files.map((f) => `${f.file}: ${f.total - f.addressed} of ${f.total} source${f.total === 1 ? '' : 's'} without an address`);
  const share = total ? ((100 * addressed) / total).toFixed(1) : '100.0';
  lines.push(`sources: ${addressed} of ${total} have an address (${share}%)`);
  return lines;
}
