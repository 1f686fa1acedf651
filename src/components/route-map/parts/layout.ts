/**
 * One composed interface: the parts over the map sit in docks (a column at each top corner, a row
 * along the bottom), so no part can cover another, at any size and with any of them open. Where
 * there is not room for all, this decides what gives way: the tables take the map's place and the
 * parts about the map yield to them while they are open; on a phone the details sheet takes the
 * story panel's place and gives it back on close; in a narrow box the time bar folds in under the
 * legend. The stage measures what is left (free-area.ts) for the camera.
 */
import {html, nothing, type TemplateResult} from 'lit';

/** How much room the box has: a phone's width, a narrow column's, or a screen's. */
export type Room = 'phone' | 'narrow' | 'wide';

/** The room of a box `width` pixels wide. */
export const roomOf = (width: number): Room => (width <= 600 ? 'phone' : width <= 760 ? 'narrow' : 'wide');

type Piece = TemplateResult | typeof nothing;

/** The parts, each rendered or `nothing`. */
export interface Pieces {
  problems: Piece;
  search: Piece;
  legend: Piece;
  time: Piece;
  details: Piece;
  panel: Piece;
  toggles: Piece;
  tables: Piece;
  sampled: Piece;
}

/** What is open: the tables, the details of a selection, the list of search answers. */
export interface Opened {
  tables: boolean;
  details: boolean;
  search: boolean;
}

/** Where each part goes, and which give way. Pure: Node tests read it. */
export function arrange(room: Room, {tables, details, search}: Opened) {
  // The tables stand in for the map: what is about the map waits until they close. The legend
  // waits under an open list of search answers.
  const aboutMap = tables ? [] : search ? (['search'] as const) : (['search', 'legend'] as const);
  const time = tables ? [] : (['time'] as const);
  const sheet = room === 'phone' && details;
  const start: (keyof Pieces)[] = room === 'phone' ? ['problems', ...aboutMap, ...time] : room === 'narrow' ? [...aboutMap, ...time] : [...aboutMap];
  const end: (keyof Pieces)[] = room === 'phone' ? [] : room === 'narrow' ? ['problems', 'details'] : ['problems', ...time, 'details'];
  const bottom: (keyof Pieces)[] = sheet ? ['details'] : tables ? [] : ['panel'];
  return {start, end, bottom, tables};
}

/** The interface over the map, composed for the room the box has. */
export function compose(p: Pieces, room: Room, open: Opened): TemplateResult {
  const {start, end, bottom, tables} = arrange(room, open);
  // Each part in a place of its own in the template, shown or not: a part that stays in its dock
  // keeps its DOM (and the focus and caret of the search box) when the parts beside it come and go.
  const at = (names: readonly (keyof Pieces)[], ...order: (keyof Pieces)[]) => order.map((name) => (names.includes(name) ? p[name] : nothing));
  return html`<div class="ui" data-room=${room}>
      <div class="ui-top">
        ${tables ? html`${room === 'phone' ? p.problems : nothing}${p.tables}` : html`<div class="dock dock-start">${at(start, 'problems', 'search', 'legend', 'time')}</div>`}
        <div class="slot-title" ?hidden=${tables}><slot name="title"></slot></div>
        ${end.length ? html`<div class="dock dock-end">${at(end, 'problems', 'time', 'details')}</div>` : nothing}
      </div>
      <div class="ui-bottom">
        <div class="dock dock-caption">${p.sampled}<div class="slot-caption"><slot name="caption"></slot></div></div>
        ${at(bottom, 'details', 'panel')}
        ${p.toggles}
      </div>
    </div>`;
}
