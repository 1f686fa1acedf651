/**
 * Where the package's own files are served: the data, the story, the basemap, the fonts, the
 * posters and MapLibre's worker. Each is found beside the module that names it
 * (`new URL('./assets/…', import.meta.url)`): Vite, webpack and Rollup's URL plugins copy such
 * files into a consumer's build and rewrite the address, and a copy of the package's `dist/lib`
 * served as it is keeps them right. Where neither holds (esbuild, which rewrites no such URL; a
 * bundle in one folder and the package's files in another), `setBasePath` names the folder that
 * holds a copy of `dist/lib`, with its `assets/` inside.
 */
let basePath: string | undefined;

/**
 * Says where a copy of the package's `dist/lib` folder is served, e.g. `setBasePath('/vendor/route-map/')`.
 * Call it before the first `<route-map>` connects; an empty value goes back to the default.
 */
export function setBasePath(path: string | URL | undefined) {
  const text = path === undefined ? '' : String(path);
  basePath = text ? (text.endsWith('/') ? text : `${text}/`) : undefined;
}

/** The folder set by `setBasePath`, or undefined for the default (beside the module). */
export function getBasePath(): string | undefined {
  return basePath;
}

/** The address of one of the package's files, as the build named it, moved under the base path if one is set. */
export function packageFile(built: string): string {
  if (/^(data|blob):/.test(built)) return built;
  const resolved = new URL(built, document.baseURI);
  if (!basePath) return resolved.href;
  const name = resolved.pathname.slice(resolved.pathname.lastIndexOf('/') + 1);
  return new URL(`assets/${name}`, new URL(basePath, document.baseURI)).href;
}

/** What to do when one of the package's files is missing: said with the problem, so a developer knows the fix. */
export function missingFileHint(): string {
  return basePath
    ? `looked for under setBasePath('${basePath}'), which should hold a copy of the package's dist/lib`
    : "a file of the package's: serve its dist/lib/assets beside your bundle, or setBasePath() to a copy of its dist/lib";
}
