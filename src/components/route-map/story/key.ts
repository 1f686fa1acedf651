/**
 * The presenter's key: only what the chapter draws, in type sized for a projector, no switches.
 * The stage docks it in the corner that leaves the chapter's places free (see stage.ts).
 */
import {html, nothing} from 'lit';
import {COUNTRY_ROLES, LEGS, type CountryRole, type LngLat} from '../../../data/schema';
import type {Selection} from '../../../data/select';
import {isFaded} from '../../../layers/route-layers';
import {EVENT_COLOR, LEG_COLORS, ORGANISATION_COLOR, ORIGIN_COLOR, PORT_COLORS, css as rgb, palette, type Theme} from '../../../layers/theme';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {arrowSwatch, dotSwatch, ringSwatch, squareSwatch} from '../parts/legend';
import type {Corner} from '../stage/stage';

export interface KeyProps {
  lang: Lang;
  selection: Selection;
  /** Whether the chapter tints countries by role. */
  countries: boolean;
  /** What the chapter's camera shows, and each country's bounding box: the roles listed are of the countries there. */
  bounds?: [LngLat, LngLat];
  boxes?: Map<string, [number, number, number, number]>;
  theme: Theme;
  /** The year whose seizures size the ports; each port's latest when absent. */
  year?: number;
  corner: Corner;
  /** The state of the response shown, in words (the coalition as of the chapter's date). */
  lines?: string[];
}

/**
 * The roles a view shows at full strength: of the countries it singles out, or else of those in
 * `bounds` (by their bounding boxes), or else of all.
 */
export function rolesShown(selection: Selection, bounds?: [LngLat, LngLat], boxes?: Map<string, [number, number, number, number]>): CountryRole[] {
  const focus = selection.countryFocus;
  const inView = (iso3: string) => {
    if (!bounds || !boxes?.size) return true;
    const box = boxes.get(iso3);
    return !!box && (box[0] <= bounds[1][0] && box[2] >= bounds[0][0] && box[1] <= bounds[1][1] && box[3] >= bounds[0][1]);
  };
  const countries = selection.response.countries.filter((c) => (focus ? focus.includes(c.iso3) : inView(c.iso3)));
  return COUNTRY_ROLES.filter((role) => countries.some((c) => c.roles[0] === role));
}

export function key({lang, selection, countries, bounds, boxes, theme, year, corner, lines = []}: KeyProps) {
  const roles = countries ? rolesShown(selection, bounds, boxes) : [];
  const s = STRINGS[lang];
  const row = (swatch: unknown, label: string) => html`<li class="row">${swatch}<span>${label}</span></li>`;
  const legs = LEGS.filter((leg) => selection.routes.some((r) => r.leg === leg));
  return html`<section class="key" part="legend" aria-label=${s.keyLabel} data-corner=${corner}>
      ${lines.map((line) => html`<p class="key-time">${line}</p>`)}
      <ul>
        ${legs.map((leg) => row(arrowSwatch(rgb(LEG_COLORS[leg])), s.legs[leg]))}
        ${selection.routes.some((r) => isFaded(r.confidence)) ? row(arrowSwatch(rgb(LEG_COLORS.ocean, 0.4)), s.faded) : nothing}
        ${selection.origins.length ? row(ringSwatch(rgb(ORIGIN_COLOR)), s.keyOrigin) : nothing}
        ${selection.ports.some((p) => p.kind !== 'region') ? row(dotSwatch(rgb(PORT_COLORS.entry), 6), s.keyPorts(year)) : nothing}
        ${selection.organisations.length ? row(dotSwatch(rgb(ORGANISATION_COLOR)), s.organisations) : nothing}
        ${selection.events.length ? row(ringSwatch(rgb(EVENT_COLOR)), s.time.eventsLayer) : nothing}
        ${roles.map((role) => row(squareSwatch(rgb(palette(theme).roleFills[role])), s.roleLayers[role]))}
      </ul>
      ${legs.length ? html`<p class="encoding">${s.keyWidth}</p>` : nothing}
    </section>`;
}
