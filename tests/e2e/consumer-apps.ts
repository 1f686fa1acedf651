/**
 * The package as a consumer gets it: `npm pack`, the tarball installed into the apps of
 * tests/consumers copied outside the project (so nothing resolves from the project's own
 * node_modules: a dependency missing from package.json fails here as it would for a user), then
 * each app built with its own bundler, as its developer would.
 */
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {root} from './serve';

export const work = join(tmpdir(), 'route-map-consumers');
export const apps = join(work, 'apps');
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {cwd, encoding: 'utf8', env: {...process.env, NODE_ENV: 'production'}});

/** Packs the built package (dist/lib must be built) and installs it, with the apps' own tools, outside the project. Returns the tarball's path. */
export function install(): string {
  rmSync(work, {recursive: true, force: true});
  mkdirSync(work, {recursive: true});
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as {filename: string}[];
  cpSync(join(root, 'tests/consumers'), apps, {recursive: true});
  npm(['ci'], apps);
  npm(['install', '--no-save', join(work, packed.filename)], apps);
  return join(work, packed.filename);
}

/** Runs a step and keeps its time and its failure, so one broken app does not hide the others. */
export async function step(name: string, run: () => Promise<unknown> | unknown): Promise<{name: string; ms: number; error?: string}> {
  const start = performance.now();
  try {
    await run();
    return {name, ms: Math.round(performance.now() - start)};
  } catch (e) {
    return {name, ms: Math.round(performance.now() - start), error: (e as Error & {stdout?: string}).stdout || (e as Error).message};
  }
}

/** `tsc --strict` over the apps' TypeScript and TSX, with the package's types as installed. */
export function typecheck() {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(apps, 'tsconfig.json')], {encoding: 'utf8'});
}

/** An app built by Vite (Rolldown) as `vite build` does, with no config, in production. */
export function viteBuild(app: string) {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'error'], {cwd: join(apps, app), encoding: 'utf8', env: {...process.env, NODE_ENV: 'production'}});
}

/** The little of webpack's and esbuild's APIs used here: they are the apps' tools, installed with them, not the project's. */
interface WebpackStats { hasErrors(): boolean; toString(options: object): string }
type Webpack = (config: object, done: (error: Error | null, stats?: WebpackStats) => void) => void;
interface Esbuild { build(options: object): Promise<unknown> }
const appTool = <T>(name: string) => createRequire(join(apps, 'package.json'))(name) as T;

/** The webpack app: webpack 5's defaults for production, unminified to save the suite's time. */
export async function webpackBuild() {
  const webpack = appTool<Webpack>('webpack');
  const stats = await new Promise<WebpackStats>((resolve, reject) => webpack({
    mode: 'production', context: join(apps, 'webpack'), entry: './main.js',
    output: {path: join(apps, 'webpack/dist'), filename: 'main.js', clean: true},
    optimization: {minimize: false}, performance: {hints: false},
  }, (error, result) => (error || !result ? reject(error ?? new Error('webpack: no result')) : resolve(result))));
  if (stats.hasErrors()) throw new Error(stats.toString({all: false, errors: true}));
}

/** The esbuild app: one bundle with its chunks, no plugins; the package's files are served from a copy of its dist/lib. */
export async function esbuildBuild() {
  await appTool<Esbuild>('esbuild').build({
    absWorkingDir: join(apps, 'esbuild'), entryPoints: ['main.js'], bundle: true, splitting: true, format: 'esm',
    minify: true, outdir: 'dist', logLevel: 'error',
  });
}

/** Imports the package in Node, as a server that renders pages does: it must not throw, and defines the tag in Lit's DOM shim. */
export function nodeImport(): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', `
    const lib = await import('route-map-element');
    await import('route-map-element/route-map.js');
    console.log(JSON.stringify({exports: Object.keys(lib).sort(), defined: typeof customElements?.get('route-map')}));
  `], {cwd: apps, encoding: 'utf8'}).trim();
}

/** The installed package's manifest. */
export const installed = () => JSON.parse(readFileSync(join(apps, 'node_modules/route-map-element/package.json'), 'utf8')) as {dependencies: Record<string, string>};
export const installedLib = () => join(apps, 'node_modules/route-map-element/dist/lib');
export const built = (app: string) => existsSync(join(apps, app, 'dist'));
