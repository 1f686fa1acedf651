/**
 * Fills docs.html with the element's contract (attributes, properties, methods, events, slots,
 * parts and custom properties), read from the custom-elements.json manifest that
 * `npm run manifest` writes from the code's own doc comments. One source: the code.
 */
import {existsSync, readFileSync} from 'node:fs';
import type {Plugin} from 'vite';

interface Described {
  name: string;
  description?: string;
  type?: {text: string};
  default?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: Described[];
  return?: {type?: {text: string}};
}
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: (Described & {fieldName?: string})[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const PLACEHOLDER = '<!-- contract-tables -->';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escaped text with `code` spans, the only markup the doc comments use. */
const prose = (text = '') => escape(text.replace(/\s+/g, ' ').trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text: string) => `<code>${escape(text)}</code>`;

function table(caption: string, head: string[], rows: string[][]): string {
  if (!rows.length) return '';
  return `<table><caption>${escape(caption)}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

/** The tables, as HTML, for the element in a manifest. */
export function contractTables(manifest: {modules: {declarations?: Declaration[]}[]}): string {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
  if (!element) throw new Error('custom-elements.json has no custom element');
  const members = (element.members ?? []).filter((m) => !m.privacy && !m.static && !m.name.startsWith('_'));
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  return [
    table('Attributes', ['attribute', 'property', 'type', 'default', 'what it does'], (element.attributes ?? []).map((a) => {
      const field = fields.find((f) => f.attribute === a.name);
      return [code(a.name), a.fieldName ? code(a.fieldName) + (field?.reflects ? ' (reflects)' : '') : '', a.type ? code(a.type.text) : '', a.default ? code(a.default) : '', prose(a.description)];
    })),
    table('Properties without an attribute', ['property', 'type', 'what it is'], fields.filter((f) => !f.attribute).map((f) => [code(f.name), f.type ? code(f.type.text) : '', prose(f.description)])),
    table('Methods', ['method', 'returns', 'what it does'], methods.map((m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => (p.name.startsWith('{') ? 'options' : p.name)).join(', ')})`), m.return?.type ? code(m.return.type.text) : '', prose(m.description)])),
    table('Events (bubbling, composed)', ['event', 'when'], (element.events ?? []).map((e) => [code(e.name), prose(e.description)])),
    table('Slots', ['slot', 'for'], (element.slots ?? []).map((s) => [code(s.name), prose(s.description)])),
    table('Parts, for ::part()', ['part', 'what it is'], (element.cssParts ?? []).map((p) => [code(p.name), prose(p.description)])),
    table('CSS custom properties', ['property', 'what it sets'], (element.cssProperties ?? []).map((p) => [code(p.name), prose(p.description)])),
  ].filter(Boolean).join('\n');
}

/** Vite plugin: replaces the placeholder in docs.html with the tables, in dev and in the build. */
export function docsTables(manifestPath: string): Plugin {
  return {
    name: 'docs-tables',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(PLACEHOLDER)) return html;
        if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run npm run manifest`);
        return html.replace(PLACEHOLDER, contractTables(JSON.parse(readFileSync(manifestPath, 'utf8'))));
      },
    },
  };
}
