/**
 * Builds what the e2e tests serve, once and one build at a time, as `npm run build` makes it
 * (a production build: Vitest's NODE_ENV=test would pick Lit's development build):
 * the package (dist/lib, with cdn/, its declarations and framework types), the demo site with its strict-CSP pages (dist/site) and the
 * single-file briefing (dist/briefing), and the benchmark's pages (dist/bench). Test files never
 * build, so no two builds share the project's root at once. An output newer than every input
 * (CI has just run `npm run build`) is not built again.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the builds read: the code, the data, the pages and the build's own configuration. */
const INPUTS = ['src', 'geo', 'public', 'scripts', 'bench', 'index.html', 'embed.html', 'docs.html', 'briefing.html', 'csp.html',
  'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.lib.json'];
/** Each build the e2e tests serve, by a file it writes: the package, the site, the single-file briefing and the benchmark's pages. */
const BUILDS: {output: string; command: string[]}[] = [
  // First: the others carry its gzipped copy, the template of a briefing the story editor saves.
  {output: 'dist/briefing/briefing.html', command: ['vite', 'build', '--mode', 'single']},
  // The package as `npm run build` makes it (with cdn/, its declarations and framework types), which consumers.test.ts packs.
  {output: 'dist/lib/types/jsx.d.ts', command: ['npm', 'run', 'build:lib', '--silent']},
  {output: 'dist/site/index.html', command: ['vite', 'build', '--mode', 'production']},
  // Not part of `npm run build`: scripts/bench.mjs's pages, for bench-smoke.test.ts.
  {output: 'dist/bench/bench/ours.html', command: ['vite', 'build', '--mode', 'bench']},
];

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** A build's output is fresh when it is newer than every input. */
const fresh = (output: string, inputsChanged: number) => existsSync(join(root, output)) && statSync(join(root, output)).mtimeMs > inputsChanged;

export default function setup() {
  const inputsChanged = Math.max(...INPUTS.map((input) => newest(join(root, input))));
  const env = {...process.env, NODE_ENV: 'production'};
  for (const {output, command: [tool, ...args]} of BUILDS) {
    if (fresh(output, inputsChanged)) {
      console.log(`e2e: ${output} is newer than its sources; not built again`);
      continue;
    }
    const bin = tool === 'vite' ? `${root}node_modules/.bin/vite` : tool;
    execFileSync(bin, tool === 'vite' ? [...args, '--logLevel', 'error'] : args, {cwd: root, env, stdio: 'inherit'});
  }
}
