/**
 * The element's smaller parts: the projection and table toggles, the data tables and the
 * details panel (their code arrives on first use, see lazy-parts.ts), and what shows without WebGL.
 */
import {html, nothing} from 'lit';
import type {RouteData} from '../../../data/schema';
import type {Hovered} from '../../../data/records';
import {STRINGS, type Lang} from '../../../i18n/strings';
import type {TableSort} from './table';

type TableModule = typeof import('./table');
type DetailsModule = typeof import('./details');

export interface ToggleProps {
  lang: Lang;
  /** The projection shown; no toggle when undefined. */
  projection?: 'mercator' | 'globe';
  /** Whether the tables are open; no toggle when undefined. */
  tableOpen?: boolean;
  toggleProjection: () => void;
  toggleTable: () => void;
}

export function toggles({lang, projection, tableOpen, toggleProjection, toggleTable}: ToggleProps) {
  const s = STRINGS[lang];
  if (!projection && tableOpen === undefined) return nothing;
  return html`<div class="toggles">
      ${projection ? html`<button type="button" class="projection-toggle" part="projection-toggle" aria-pressed=${projection === 'globe' ? 'true' : 'false'}
        @click=${toggleProjection}>${s.globe}</button>` : nothing}
      ${tableOpen !== undefined ? html`<button type="button" class="table-toggle" part="table-toggle" aria-expanded=${tableOpen ? 'true' : 'false'}
        @click=${toggleTable}>${tableOpen ? s.hideTable : s.showTable}</button>` : nothing}
    </div>`;
}

/** Every record in sortable tables, or a line saying they are on their way. */
export function tables(data: RouteData, lang: Lang, module: TableModule | undefined, sort: TableSort, onSort: (sort: TableSort) => void,
  selected: string | undefined, select: (id: string) => void, choose?: (id: string) => void) {
  const s = STRINGS[lang];
  return html`<section class="tables" part="table" aria-label=${s.tableTitle}>
        <h2>${s.tableTitle}</h2>
        ${module ? module.dataTables(data, lang, sort, onSort, selected, select, choose) : s.loadingPart}
      </section>`;
}

/** The selected record's figures and sources. */
export function details(target: Hovered, lang: Lang, module: DetailsModule | undefined, placeName: (id: string) => string, close: () => void) {
  const s = STRINGS[lang];
  return html`<aside class="details" part="details" aria-label=${s.details}>
      ${module ? module.detailsContent(target, lang, placeName, close) : s.loadingPart}</aside>`;
}

/** Without WebGL: a picture of the default view (a poster, where one is true of what the page shows), and the data as tables once they are there. */
export function fallback(lang: Lang, tablesOfData: unknown, picture?: {url: string; width: number; height: number}) {
  const s = STRINGS[lang];
  return html`<div class="fallback" part="fallback">
      <p class="fallback-note" role="alert">${s.noWebGL}</p>
      ${picture ? html`<img src=${picture.url} alt=${s.fallbackAlt} width=${picture.width} height=${picture.height}>` : nothing}
      ${tablesOfData ?? html`<p>${s.loadingPart}</p>`}
    </div>`;
}

/**
 * A `<details>` toggled: reports the visitor's choice, not the template's. Setting `open` from the
 * template fires `toggle` too; taken for a choice, it would pin a part open that the element opened
 * because the box was large, after the box became a phone's.
 */
export function toggled(e: Event, asked: boolean, choose: (open: boolean) => void) {
  const {open} = e.target as HTMLDetailsElement;
  if (open !== asked) choose(open);
}
