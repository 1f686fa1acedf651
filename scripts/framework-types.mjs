/**
 * Types for frameworks, generated from custom-elements.json by break-stuff's cem-tools
 * (custom-element-jsx-integration, -vuejs-integration, -svelte-integration): JSX (React 19,
 * Preact, Solid), Vue's GlobalComponents and Svelte's elements. They are written beside the
 * declarations tsc emits, in dist/lib/types/, and named in package.json's exports.
 *
 * The manifest is narrowed first: the element's inputs are its attributes, so read-only and
 * output properties (map, routeData, …) are left out; and an event's type becomes its detail,
 * imported from the package's own declarations, since the generators wrap it in CustomEvent<…>.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';
import {generateSvelteTypes} from 'custom-element-svelte-integration';

const outdir = process.argv[2] ?? 'dist/lib/types';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement) continue;
    const attributes = new Set((declaration.attributes ?? []).map((a) => a.fieldName));
    declaration.members = (declaration.members ?? []).filter((m) => m.kind !== 'field' || attributes.has(m.name));
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      if (!detail) throw new Error(`custom-elements.json: event ${event.name} has no CustomEvent<Detail> type`);
      event.type = {text: `import('./index.js').${detail}`};
    }
  }
}

const common = {outdir, globalTypePath: './index.js', hideLogs: true};
generateJsxTypes(manifest, {...common, fileName: 'jsx.d.ts'});
generateVuejsTypes(manifest, {...common, fileName: 'vue.d.ts'});
generateSvelteTypes(manifest, {...common, fileName: 'svelte.d.ts'});

// React 19 reads custom elements' props from React.JSX.IntrinsicElements: the augmentation the
// generator's README gives, so an app needs one `import type {} from 'route-map-element/react'`.
writeFileSync(`${outdir}/react.d.ts`, `/** <route-map> in React 19's JSX: every attribute and the events as onroute-map-* props. */
import type {CustomElements} from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`);
console.log(`framework types: ${outdir}/{jsx,react,vue,svelte}.d.ts`);
