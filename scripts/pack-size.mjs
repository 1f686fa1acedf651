/**
 * What a consumer downloads: `npm pack --dry-run` of the built package, its size and what takes the
 * room, printed and written into BENCHMARKS.md between its pack markers. Run after `npm run build`
 * (`npm run bench:pack` does both). Asserts nothing.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}));

const kinds = [
  ['posters (WebP, 116 opening views)', (p) => p.endsWith('.webp')],
  ['cdn/: the element with Lit inside, for pages with no bundler', (p) => p.startsWith('dist/lib/cdn/')],
  ['the package\'s JavaScript: the element, MapLibre and deck.gl (engine), the export libraries', (p) => /^dist\/lib\/[^/]+\.js$/.test(p)],
  ['basemap (Natural Earth TopoJSON)', (p) => /\/assets\/.*\.topo.*\.json$/.test(p)],
  ['MapLibre\'s worker', (p) => p.endsWith('.mjs')],
  ['data (GeoJSON) and story', (p) => /\/assets\/.*\.(geojson|json)$/.test(p)],
  ['fonts (Noto Sans)', (p) => p.endsWith('.woff2')],
  ['the offline briefing, gzipped: the template of a briefing the story editor saves', (p) => /briefing\.html-.+\.gz$/.test(p)],
  ['types (declarations; JSX, React, Vue, Svelte)', (p) => p.startsWith('dist/lib/types/')],
  ['licences of what is bundled', (p) => p.endsWith('LICENSES.md')],
  ['README, LICENSE, package.json, custom-elements.json', () => true],
];
const rooms = new Map(kinds.map(([name]) => [name, {bytes: 0, files: 0}]));
for (const {path, size} of pack.files) {
  const [name] = kinds.find(([, match]) => match(path));
  rooms.get(name).bytes += size;
  rooms.get(name).files += 1;
}

const kb = (n) => (n / 1024).toLocaleString('en', {maximumFractionDigits: 0});
const lines = [
  `\`npm pack\` of ${pack.name}@${pack.version}: **${kb(pack.size)} KB** packed, ${kb(pack.unpackedSize)} KB unpacked, ${pack.entryCount} files. `
    + `Installing it adds its one runtime dependency, Lit (with \`@lit-labs/observers\`).`,
  '',
  '| what | files | unpacked (KB) |',
  '|---|---|---|',
  ...[...rooms].filter(([, r]) => r.files).sort((a, b) => b[1].bytes - a[1].bytes).map(([name, r]) => `| ${name} | ${r.files} | ${kb(r.bytes)} |`),
];
console.log(lines.join('\n'));

const md = readFileSync(`${root}BENCHMARKS.md`, 'utf8');
const start = '<!-- pack:start -->';
const end = '<!-- pack:end -->';
if (md.includes(start)) {
  writeFileSync(`${root}BENCHMARKS.md`, md.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${lines.join('\n')}\n${end}`));
  console.log('\nwrote BENCHMARKS.md');
}
