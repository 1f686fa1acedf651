import {defineConfig, type BuildOptions, type Plugin, type Rolldown} from 'vite';
import {dirname, relative, resolve} from 'node:path';
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {viteSingleFile} from 'vite-plugin-singlefile';
import {docsTables} from './scripts/docs-tables.ts';

const page = (name: string) => resolve(import.meta.dirname, name);

/** The library ships its custom-elements.json (made by `npm run manifest`) beside the module. */
const shipManifest = (): Plugin => ({
  name: 'ship-manifest',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'custom-elements.json', source: readFileSync(page('custom-elements.json'))});
  },
});

/**
 * Everything the first picture needs goes in one chunk, named `src`. Left alone, Rolldown splits
 * out each module that a lazily loaded part (the tables, the exports) shares with the element,
 * as the library's two entries leave it no entry chunk to merge them into; each split file costs
 * gzip's shared dictionary and a request before the first picture.
 */
function firstLoadChunk(entry: string): Rolldown.CodeSplittingOptions {
  let eager: Set<string> | undefined;
  return {
    groups: [{
      name: (id, ctx) => {
        if (!eager) {
          eager = new Set();
          const visit = (at: string) => {
            if (eager!.has(at)) return;
            eager!.add(at);
            for (const next of ctx.getModuleInfo(at)?.importedIds ?? []) visit(next);
          };
          visit(entry);
        }
        // The entry itself stays its own file: route-map.js must hold the call that registers the tag.
        return eager.has(id) && id !== entry ? 'src' : null;
      },
    }],
  };
}

/**
 * A gzipped copy of the built `file` beside it: the offline briefing, as the template the story
 * editor fetches to save a presenter's own briefing (editor/template.ts). 3.5 MB instead of 8.7.
 */
const gzipped = (file: string): Plugin => ({
  name: 'gzipped',
  apply: 'build',
  writeBundle({dir}) {
    const path = resolve(dir!, file);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), {level: 9}));
  },
});

/** A file's address in a built chunk: relative to the chunk, starting './' or '../'. */
function besideTheModule(file: string, {hostType, hostId}: {hostType: 'js' | 'css' | 'html'; hostId: string}) {
  if (hostType !== 'js') return undefined;
  const path = relative(dirname(hostId), file).replaceAll('\\', '/');
  return {runtime: `new URL(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)}, import.meta.url).href`};
}

/** Lit and its labs' observers: the package's dependencies (package.json), not bundled into it. */
const LIT = /^(lit|@lit-labs\/observers)(\/.*)?$/;

// MapLibre and deck.gl make one big chunk by nature; its size is printed by `npm run bench:load`.
const chunkSizeWarningLimit = 2000;

// `vite build` writes the demo site to dist/site; `vite build --mode lib` writes the package,
// dist/lib/route-map.js with its chunks and assets beside it (relative URLs), for bundlers and
// servers; `vite build --mode cdn` adds dist/lib/cdn/, the same with Lit inside, for a page with no bundler;
// `vite build --mode single` writes dist/briefing/briefing.html, one file with everything
// inlined, that runs the story from a file:// address with no network.
export default defineConfig(({mode}) => ({
  base: './',
  plugins: mode === 'single' ? [viteSingleFile({removeViteModuleLoader: true}), gzipped('briefing.html')] : mode === 'lib' ? [shipManifest()] : mode === 'cdn' ? [] : [docsTables(page('custom-elements.json'))],
  // geo/ holds GeoJSON; *.geojson is fetched, never inlined into the JavaScript.
  assetsInclude: ['**/*.geojson'],
  build: (mode === 'lib' || mode === 'cdn'
    ? {
      outDir: 'dist/lib',
      // The package build empties the folder; the CDN build comes after it and adds cdn/.
      emptyOutDir: mode === 'lib',
      assetsInlineLimit: 0,
      chunkSizeWarningLimit,
      // A consumer's bundler follows the element's import()s itself; preload links that Vite would
      // add point beside this file, where a consumer's build has nothing.
      modulePreload: mode === 'cdn',
      // The licences of what is bundled (MapLibre, deck.gl, the export libraries; Lit in cdn/) ship beside it.
      license: {fileName: mode === 'lib' ? 'THIRD-PARTY-LICENSES.md' : 'cdn/THIRD-PARTY-LICENSES.md'},
      rollupOptions: {
        // route-map.js registers the tag; index.js exports the class without registering it.
        input: {'route-map': page('src/route-map.ts'), index: page('src/index.ts')},
        preserveEntrySignatures: 'exports-only',
        // The package leaves Lit to the consumer's bundler (one Lit for the app, and Lit's own DOM
        // shim when a server imports it); the CDN build carries it for pages with no bundler.
        external: mode === 'lib' ? (id: string) => LIT.test(id) : undefined,
        // Every chunk beside its entries, so the package's files are at ./assets/… from each: the
        // same place relative to a bundle that esbuild makes of them. The CDN build's are in cdn/.
        output: {
          entryFileNames: `${mode === 'cdn' ? 'cdn/' : ''}[name].js`, chunkFileNames: `${mode === 'cdn' ? 'cdn/' : ''}[name]-[hash].js`,
          assetFileNames: 'assets/[name]-[hash][extname]', codeSplitting: firstLoadChunk(page('src/route-map.ts')),
        },
      },
    }
    : mode === 'bench'
      // The benchmark's pages (scripts/bench.mjs): the product page, ours with one tag, and the bare baseline.
      ? {outDir: 'dist/bench', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit,
        rollupOptions: {input: {index: page('index.html'), ours: page('bench/ours.html'), baseline: page('bench/baseline.html')}, output: {codeSplitting: firstLoadChunk(page('src/route-map.ts'))}}}
      : mode === 'single'
      ? {outDir: 'dist/briefing', emptyOutDir: true, chunkSizeWarningLimit: 10_000, rollupOptions: {input: page('briefing.html')}}
      : {
        outDir: 'dist/site', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit,
        // csp.html: the map under the strictest policy an embedding page may set (tested in tests/e2e);
        // embed.html: the map alone, for an iframe; docs.html: how to embed it.
        rollupOptions: {input: {index: page('index.html'), csp: page('csp.html'), embed: page('embed.html'), docs: page('docs.html')}, output: {codeSplitting: firstLoadChunk(page('src/route-map.ts'))}},
      }) as BuildOptions,
  // The briefing file carries a few posters inline (see poster-urls-briefing.ts).
  // In it, the story editor makes a saved briefing from the file itself (see editor/template-briefing.ts).
  ...(mode === 'single' ? {resolve: {alias: [
    {find: /^\.\/poster-urls$/, replacement: page('src/components/route-map/poster/poster-urls-briefing.ts')},
    {find: /^\.\/template$/, replacement: page('src/components/route-map/editor/template-briefing.ts')},
  ]}} : {}),
  // The library needs none of the demo pages' files; its files name each other './…', which
  // webpack's asset URLs need (a bare 'assets/…' would be looked up as a package).
  ...(mode === 'lib' || mode === 'cdn' ? {publicDir: false as const, experimental: {renderBuiltUrl: besideTheModule}} : {}),
  // No single-page fallback: a missing file is a 404, as on any static host.
  appType: 'mpa',
  server: {host: '127.0.0.1'},
  // Pre-bundled up front, so the dev server never reloads the page half-way to find them.
  optimizeDeps: {include: ['maplibre-gl', '@deck.gl/core', '@deck.gl/layers', '@deck.gl/maplibre', 'lit', 'lit/decorators.js', 'lit/directives/style-map.js', 'lit/directives/ref.js', '@lit-labs/observers/intersection-controller.js', 'topojson-client']},
}));
