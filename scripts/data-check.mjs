#!/usr/bin/env node
// Validates the data layers in geo/ with the same code the map runs, and prints every
// problem with file, feature and field; then audits the sources (src/data/source-audit.ts): every
// address well formed, every source with a kind and none from a refused site
// (scripts/refused-sites.json), no figure after today; and says, per file, how many sources have no
// address and what share of figures an official source backs; and checks the story (geo/story.json):
// its chapters, and every number in its speaker notes against the figures in geo/; and that every place
// lies in the country it names (src/data/country-check.ts). Exits 1 if there is any problem.
//   npm run data:check
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {createServer} from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// Vite's module loader runs the TypeScript validator on Node 20 without a separate build.
const vite = await createServer({root, configFile: false, logLevel: 'error', server: {middlewareMode: true, hmr: false}, appType: 'custom', optimizeDeps: {noDiscovery: true, include: []}});
try {
  const {validateData, describeProblem} = await vite.ssrLoadModule('/src/data/validate.ts');
  const {GEO_FILES} = await vite.ssrLoadModule('/src/data/files.ts');
  const {auditSources, describeCounts} = await vite.ssrLoadModule('/src/data/source-audit.ts');
  const {validateStory} = await vite.ssrLoadModule('/src/story/story.ts');
  const {noteFigureProblems} = await vite.ssrLoadModule('/src/story/notes.ts');
  const {placesOf, placeProblems} = await vite.ssrLoadModule('/src/data/country-check.ts');
  const {feature} = await import('topojson-client');
  const inputs = {};
  const problems = [];
  for (const [layer, files] of Object.entries(GEO_FILES)) {
    inputs[layer] = [];
    for (const name of files) {
      const file = `geo/${name}`;
      try {
        inputs[layer].push({file, json: JSON.parse(readFileSync(root + file, 'utf8'))});
      } catch (e) {
        problems.push(`${file}: ${e.message}`);
      }
    }
  }
  const {data, problems: found} = validateData(inputs, {strict: true});
  problems.push(...found.map(describeProblem));
  const {sites: refused} = JSON.parse(readFileSync(root + 'scripts/refused-sites.json', 'utf8'));
  const audit = auditSources(Object.values(inputs).flat(), {refused});
  problems.push(...audit.problems);
  // Every place in the country it names (Turf), against the basemap's shapes, the finer European ones first.
  const shapes = (name) => {
    const topo = JSON.parse(readFileSync(`${root}geo/basemap/${name}`, 'utf8'));
    return feature(topo, topo.objects.countries).features;
  };
  const detail = shapes('europe-10m.topo.json');
  const finer = new Set(detail.map((f) => f.properties.iso3));
  const world = {type: 'FeatureCollection', features: [...shapes('world-50m.topo.json').filter((f) => !finer.has(f.properties.iso3)), ...detail]};
  const fileOf = (layer, id) => {
    for (const {file, json} of inputs[layer]) {
      const index = (json.features ?? []).findIndex((f) => f?.properties?.id === id);
      if (index >= 0) return {file, index};
    }
    return {file: `geo/${layer}`, index: -1};
  };
  problems.push(...placeProblems(placesOf(data, fileOf), world).map(describeProblem));
  // The story's notes: text only, and every number they say a figure in the data.
  const storyFile = 'geo/story.json';
  const {story, problems: storyProblems} = validateStory(storyFile, JSON.parse(readFileSync(root + storyFile, 'utf8')));
  problems.push(...storyProblems.map(describeProblem));
  if (story) problems.push(...noteFigureProblems(storyFile, story, data).map(describeProblem));
  for (const p of problems) console.error(p);
  for (const line of describeCounts(audit)) console.log(line);
  const counts = Object.entries(data).map(([layer, records]) => `${records.length} ${layer}`).join(', ');
  console.log(`valid: ${counts}; ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await vite.close();
}
