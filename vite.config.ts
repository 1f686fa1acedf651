import {defineConfig} from 'vite';
import {resolve} from 'node:path';

// MapLibre and deck.gl make one big chunk by nature; its size is printed by `npm run bench:load`.
const chunkSizeWarningLimit = 2000;

// `vite build` writes the demo site to dist/site; `vite build --mode lib` writes the
// embeddable module dist/lib/route-map.js with its assets beside it (relative URLs).
export default defineConfig(({mode}) => ({
  base: './',
  // geo/ holds GeoJSON; *.geojson is fetched, never inlined into the JavaScript.
  assetsInclude: ['**/*.geojson'],
  build: mode === 'lib'
    ? {
      outDir: 'dist/lib',
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit,
      rollupOptions: {
        input: {'route-map': resolve(import.meta.dirname, 'src/route-map.ts')},
        preserveEntrySignatures: 'exports-only',
        output: {entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]'},
      },
    }
    : {outDir: 'dist/site', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit},
  // No single-page fallback: a missing file is a 404, as on any static host.
  appType: 'mpa',
  server: {host: '127.0.0.1'},
  // Pre-bundled up front, so the dev server never reloads the page half-way to find them.
  optimizeDeps: {include: ['maplibre-gl', '@deck.gl/core', '@deck.gl/layers', '@deck.gl/maplibre', 'lit', 'lit/decorators.js', 'topojson-client']},
}));
