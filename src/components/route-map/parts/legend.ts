/**
 * The legend: a switch for each leg, ports, organisations and country role that the chapter
 * shows, and the encoding in words (time has a bar of its own, time-bar.ts). Built with Lit templates: labels are text.
 */
import {html, nothing, svg} from 'lit';
import {COUNTRY_ROLES, LEGS, type RouteData} from '../../../data/schema';
import type {Selection, View} from '../../../data/select';
import {isDense, isFaded} from '../../../layers/route-layers';
import {EVENT_COLOR, LEG_COLORS, ORGANISATION_COLOR, ORIGIN_COLOR, PORT_COLORS, css as rgb, palette, type Theme} from '../../../layers/theme';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {toggled} from './parts';

export interface LegendProps {
  lang: Lang;
  data: RouteData;
  selection: Selection;
  /** What the chapter shows (everything outside a story). */
  chapterView: View;
  theme: Theme;
  /** Whether a switch is offered: the `layers` attribute allows it. */
  allowed: (name: string) => boolean;
  /** Whether the visitor switched it off. */
  switchedOff: (name: string) => boolean;
  toggle: (name: string, show: boolean) => void;
  open: boolean;
  onToggleOpen: (open: boolean) => void;
  /** The arcs stand still (reduced motion). */
  still: boolean;
}

/** A short arc with an arrowhead in the leg's colour. */
export const arrowSwatch = (color: string) => html`<svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">${svg`
  <path d="M2 10 Q 14 0 26 6" fill="none" stroke=${color} stroke-width="2.5"/>
  <path d="M33 8 L23 1 L25 7 L21 11 Z" fill=${color}/>`}</svg>`;

/** A dot like the map's markers. */
export const dotSwatch = (color: string, r = 4) => html`<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">${svg`
  <circle cx="17" cy="7" r=${r} fill=${color} stroke="white" stroke-width="1.5"/>`}</svg>`;

/** A ring like the one that marks where flows start. */
export const ringSwatch = (color: string) => html`<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">${svg`
  <circle cx="17" cy="7" r="4.5" fill="white" stroke=${color} stroke-width="2"/>`}</svg>`;

/** A patch of a country tint. */
export const squareSwatch = (color: string) => html`<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">${svg`
  <rect x="9" y="1" width="16" height="12" fill=${color} stroke="#999"/>`}</svg>`;

export function legend(p: LegendProps) {
  const s = STRINGS[p.lang];
  const {data, selection, chapterView, allowed} = p;
  const switchRow = (name: string, swatch: unknown, label: string) => html`<label class="row">
      <input type="checkbox" .checked=${!p.switchedOff(name)} @change=${(e: Event) => p.toggle(name, (e.target as HTMLInputElement).checked)}>
      ${swatch}<span>${label}</span></label>`;
  const legs = LEGS.filter((leg) => allowed(leg) && chapterView.legs.has(leg) && data.routes.some((r) => r.leg === leg));
  const roles = COUNTRY_ROLES.filter((role) => allowed(role) && chapterView.countries && data.countries.some((c) => c.roles[0] === role));
  return html`
      <details class="legend" part="legend" ?open=${p.open} @toggle=${(e: Event) => toggled(e, p.open, p.onToggleOpen)}>
        <summary>${s.layersLabel}</summary>
        <div role="group" aria-label=${s.layersLabel}>
        ${legs.map((leg) => switchRow(leg, arrowSwatch(rgb(LEG_COLORS[leg])), s.legs[leg]))}
        ${chapterView.ports && allowed('ports') ? switchRow('ports', dotSwatch(rgb(PORT_COLORS.entry), 6), s.portsLayer) : nothing}
        ${chapterView.organisations && allowed('organisations') && data.organisations.length ? switchRow('organisations', dotSwatch(rgb(ORGANISATION_COLOR)), s.organisations) : nothing}
        ${chapterView.events && allowed('events') && selection.events.length ? switchRow('events', ringSwatch(rgb(EVENT_COLOR)), STRINGS[p.lang].time.eventsLayer) : nothing}
        ${roles.map((role) => switchRow(role, squareSwatch(rgb(palette(p.theme).roleFills[role])), s.roleLayers[role]))}
        ${selection.routes.some((r) => isFaded(r.confidence)) ? html`<div class="row note">${arrowSwatch(rgb(LEG_COLORS.ocean, 0.4))}<span>${s.faded}</span></div>` : nothing}
        ${selection.origins.length ? html`<div class="row note">${ringSwatch(rgb(ORIGIN_COLOR))}<span>${s.keyOrigin}</span></div>` : nothing}
        <p class="encoding">${p.still || isDense(selection.routes.length) ? s.encodingStill : s.encoding}</p>
        <p class="encoding">${s.figuresKey}</p>
        </div>
      </details>`;
}
