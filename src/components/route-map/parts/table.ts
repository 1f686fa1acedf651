/**
 * The data as tables, the full alternative to the picture: every route and every place with
 * its key figure, source and confidence. Sortable by any column; a row's button selects it on
 * the map, and the selected row is marked.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Port, Route, RouteData, Source, TimelineEvent} from '../../../data/schema';
import {formatDate, formatFigure, inKg, keyFigure, latestSeizures, nameIn, officialFirst} from '../../../data/format';
import {eventsInOrder, parseMoment} from '../../../data/time';
import {measureRoute, measureText} from '../../../data/measure';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {sourceLink} from './source-link';

export interface TableSort {
  table: 'routes' | 'places' | 'events';
  column: number;
  descending: boolean;
}

interface Column<T> {
  label: string;
  text: (row: T) => string;
  /** Sort key; the text when absent. */
  key?: (row: T) => number | string;
  /** What the cell shows, when it is more than its text (a link). */
  cell?: (row: T) => TemplateResult;
}

function table<T extends {id: string}>(
  name: TableSort['table'], caption: string, rows: T[], columns: Column<T>[], sort: TableSort, lang: Lang,
  onSort: (sort: TableSort) => void, selected: string | undefined, onSelect: (id: string) => void,
): TemplateResult {
  const active = sort.table === name ? sort : undefined;
  let sorted = rows;
  if (active) {
    const col = columns[active.column];
    const key = col.key ?? col.text;
    const collator = new Intl.Collator(lang);
    // Each row's key once, not twice per comparison: a user's bundle may hold 10,000 routes.
    sorted = rows.map((row) => ({row, k: key(row)})).sort(({k: x}, {k: y}) => {
      const order = typeof x === 'number' && typeof y === 'number' ? (Number.isNaN(x) ? -1 : Number.isNaN(y) ? 1 : x - y) : collator.compare(String(x), String(y));
      return active.descending ? -order : order;
    }).map(({row}) => row);
  }
  return html`<table>
    <caption>${caption}</caption>
    <thead><tr>${columns.map((c, i) => html`<th scope="col" aria-sort=${active?.column === i ? (active.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" @click=${() => onSort({table: name, column: i, descending: active?.column === i ? !active.descending : false})}>${c.label}</button></th>`)}</tr></thead>
    <tbody>${sorted.map((row) => html`<tr class=${row.id === selected ? 'selected' : ''} aria-selected=${row.id === selected ? 'true' : 'false'}>
      ${columns.map((c, i) => (i === 0
        ? html`<th scope="row"><button type="button" @click=${() => onSelect(row.id)}>${c.text(row)}</button></th>`
        : html`<td>${c.cell ? c.cell(row) : c.text(row)}</td>`))}</tr>`)}</tbody>
  </table>`;
}

export function dataTables(data: RouteData, lang: Lang, sort: TableSort, onSort: (s: TableSort) => void,
  selected: string | undefined, onSelect: (id: string) => void, onChoose: (id: string) => void = () => undefined): TemplateResult {
  const s = STRINGS[lang];
  const names = new Map([...data.ports, ...data.countries, ...data.organisations].map((f) => [f.id, nameIn(f.name, lang)]));
  const countryName = new Map(data.countries.map((c) => [c.iso3, nameIn(c.name, lang)]));
  const figureText = (f: Route | Port) => {
    const k = keyFigure(f);
    return k ? formatFigure(k, lang) : '';
  };
  // The source of the number shown, else the feature's first source: its publisher, linked to the page.
  const sourceColumn = <T extends Route | Port | TimelineEvent>(of: (row: T) => Source[]): Column<T> => ({
    label: s.table.source,
    text: (row) => of(row).map((src) => src.publisher).join('; '),
    cell: (row) => html`${of(row).map((src, i) => html`${i ? '; ' : ''}${sourceLink(src, lang, src.publisher)}`)}`,
  });
  const shown = (f: Route | Port, figure = keyFigure(f)) => (f.sources.length ? [f.sources[figure?.source ?? 0]] : []);
  const confidence = (f: Route | Port) => s.confidence[f.confidence];
  const routeColumns: Column<Route>[] = [
    {label: s.table.route, text: (r) => nameIn(r.name, lang)},
    {label: s.table.from, text: (r) => names.get(r.from) ?? r.from},
    {label: s.table.to, text: (r) => names.get(r.to) ?? r.to},
    {label: s.table.leg, text: (r) => s.legs[r.leg]},
    // Sorted by the kilometres themselves; the text says "about" and rounds, as the arcs are drawn for legibility.
    {label: s.table.distance, text: (r) => measureText(measureRoute(r), lang), key: (r) => measureRoute(r).km},
    {label: s.table.figure, text: figureText, key: (r) => {
      const k = keyFigure(r);
      return k ? inKg(k) : NaN;
    }},
    sourceColumn(shown),
    {label: s.table.confidence, text: confidence},
  ];
  const placeColumns: Column<Port>[] = [
    {label: s.table.place, text: (p) => nameIn(p.name, lang)},
    {label: s.table.role, text: (p) => s.portRoles[p.role]},
    {label: s.table.country, text: (p) => countryName.get(p.country) ?? p.country},
    {label: s.table.seizures, text: (p) => {
      const f = latestSeizures(p);
      return f ? formatFigure(f, lang) : '';
    }, key: (p) => {
      const f = latestSeizures(p);
      return f ? inKg(f) : NaN;
    }},
    sourceColumn((p: Port) => shown(p, latestSeizures(p) ?? keyFigure(p))),
    {label: s.table.confidence, text: confidence},
  ];
  const eventColumns: Column<TimelineEvent>[] = [
    {label: s.table.event, text: (e) => nameIn(e.name, lang)},
    // By when it happened; a date known to the month or year sorts at its start.
    {label: s.table.date, text: (e) => formatDate(e.date, lang), key: (e) => parseMoment(e.date)?.start ?? NaN},
    {label: s.table.place, text: (e) => (e.place ? nameIn(e.place, lang) : s.time.noPlace)},
    {label: s.time.concerns, text: (e) => e.concerns.map((id) => names.get(id) ?? id).join(', ')},
    sourceColumn((e: TimelineEvent) => officialFirst(e.sources)),
    {label: s.table.confidence, text: (e) => s.confidence[e.confidence]},
  ];
  return html`
    ${table('places', s.table.places, data.ports, placeColumns, sort, lang, onSort, selected, onSelect)}
    ${data.routes.length ? table('routes', s.table.routes, data.routes, routeColumns, sort, lang, onSort, selected, onSelect) : nothing}
    ${data.events.length ? table('events', s.table.events, eventsInOrder(data.events), eventColumns, sort, lang, onSort, undefined, onChoose) : nothing}`;
}
