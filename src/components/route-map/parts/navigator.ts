/**
 * The keyboard navigator: one focusable list of what the map draws, places west to east by role,
 * then routes, then organisations. Arrow keys, Home and End move through it and the tooltip
 * follows on the map; Enter or Space selects.
 */
import {html, nothing} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import {recordOf, type Hovered} from '../../../data/records';
import type {Selection} from '../../../data/select';
import {formatFigure, keyFigure} from '../../../data/format';
import {arcMiddle} from '../../../layers/route-layers';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {describe} from './tooltip';
import type {PointerController} from '../map/pointer';
import type {Scene} from '../map/scene';

/** What the navigator reads of its element. */
export interface NavigatorHost extends HTMLElement {
  selected?: string;
  map?: MapLibreMap;
}

/** What the navigator steps through, in order. */
export function navigatorItems(selection: Selection | undefined): Hovered[] {
  if (!selection) return [];
  const order = {departure: 0, transit: 1, entry: 2, destination: 3};
  const ports = [...selection.ports].sort((a, b) => order[a.role] - order[b.role] || a.position[0] - b.position[0]);
  return [
    ...ports.map((port): Hovered => ({kind: 'port', port})),
    ...selection.routes.map((route): Hovered => ({kind: 'route', route})),
    ...selection.organisations.map((organisation): Hovered => ({kind: 'organisation', organisation})),
  ];
}

export class NavigatorController {
  /** Index of the active item, -1 before the list is first entered. */
  index = -1;
  /** The items of the last selection seen: the element renders on every pointer move, and a selection may hold 100,000 routes. */
  private listed: {selection?: Selection; items: Hovered[]} = {items: []};

  constructor(private readonly host: NavigatorHost, private readonly pointer: PointerController, private readonly scene: Pick<Scene, 'selection'>) {
  }

  /** What the navigator steps through now. */
  private items(): Hovered[] {
    const {selection} = this.scene;
    if (selection !== this.listed.selection) this.listed = {selection, items: navigatorItems(selection)};
    return this.listed.items;
  }

  /** The list changed under it (new data): start again from the top. */
  reset() {
    this.index = -1;
  }

  render(lang: Lang, placeName: (id: string) => string) {
    const items = this.items();
    if (!items.length) return nothing;
    const s = STRINGS[lang];
    const active = items[this.index];
    const line = (h: Hovered) => {
      const {feature, title, subtitle} = describe(h, lang, placeName);
      const figure = keyFigure(feature);
      return [title, subtitle, figure ? formatFigure(figure, lang) : ''].filter(Boolean).join(', ');
    };
    // Only the active option is in the DOM, with its place in the list: user data may hold 100,000 routes.
    return html`<div class="navigator" role="listbox" tabindex="0" aria-label=${s.navigatorLabel}
        aria-activedescendant=${active ? `nav-${this.index}` : nothing}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @focus=${() => { if (this.index < 0) this.activate(0, items[0]); }}
        @blur=${() => { this.pointer.show(undefined); this.pointer.focus(undefined); }}>
      ${active ? html`<div role="option" id="nav-${this.index}" aria-selected="true" aria-posinset=${this.index + 1} aria-setsize=${items.length}>${line(active)}</div>` : nothing}
      <span class="navigator-hint" aria-hidden="true">${active ? `${this.index + 1}/${items.length} · ${line(active)}` : s.navigatorLabel}</span>
    </div>`;
  }

  private onKey(e: KeyboardEvent) {
    const items = this.items();
    if (!items.length) return;
    let next = this.index;
    switch (e.key) {
      case 'ArrowDown': case 'ArrowRight': next = Math.min(items.length - 1, this.index + 1); break;
      case 'ArrowUp': case 'ArrowLeft': next = Math.max(0, this.index - 1); break;
      case 'Home': next = 0; break;
      case 'End': next = items.length - 1; break;
      case 'Enter': case ' ':
        if (this.index >= 0) this.host.selected = recordOf(items[this.index]).id;
        e.preventDefault();
        e.stopPropagation();
        return;
      default: return;
    }
    e.preventDefault();
    e.stopPropagation();
    this.activate(next, items[next]);
  }

  /** Makes item `index` active: the camera brings it into view if it is not, and the tooltip points at it. */
  private activate(index: number, target: Hovered) {
    const map = this.host.map;
    if (!map) return;
    this.index = index;
    const at = target.kind === 'route' ? arcMiddle(map, target.route) : map.project(
      target.kind === 'port' ? target.port.position : target.kind === 'organisation' ? target.organisation.position : map.getCenter());
    const inView = at.x >= 0 && at.y >= 0 && at.x <= this.host.clientWidth && at.y <= this.host.clientHeight;
    if (!inView) map.jumpTo({center: map.unproject([at.x, at.y])});
    const point = inView ? at : map.project(map.getCenter());
    this.pointer.show(target, point.x, point.y);
    this.pointer.focus(recordOf(target).id);
  }
}
