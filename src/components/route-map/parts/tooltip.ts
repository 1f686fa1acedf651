/**
 * What the tooltip says about a route, port or country. Built with Lit templates, so every
 * data property is bound as text and never parsed as HTML.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {Country, Organisation, Port, Route, Source} from '../../../data/schema';
import {recordOf, type Hovered} from '../../../data/records';
import {figureConfidence, formatDate, formatFigure, keyFigure, nameIn} from '../../../data/format';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {measureRoute, measureText} from '../../../data/measure';

const sourceLine = (s: Source, lang: Lang) => `${s.publisher}, ${s.title}${s.date ? ` (${formatDate(s.date, lang)})` : ''}`;

function footer(feature: Route | Port | Country | Organisation, figureSource: number | undefined, lang: Lang) {
  const s = STRINGS[lang];
  const source = feature.sources[figureSource ?? 0];
  return html`
    ${source ? html`<p class="source">${s.source}: ${sourceLine(source, lang)}${feature.sources.length > 1 ? ` (+${feature.sources.length - 1})` : ''}</p>` : nothing}
    ${feature.confidence === 'illustrative' ? html`<p class="caveat">${s.illustrative}</p>` : nothing}
    ${feature.confidence === 'estimate' ? html`<p class="caveat">${s.estimate}</p>` : nothing}`;
}

/** The record behind a hovered or selected thing, with its title and a line on what it is. */
export function describe(hovered: Hovered, lang: Lang, placeName: (id: string) => string) {
  const s = STRINGS[lang];
  const feature = recordOf(hovered);
  let subtitle: string;
  if (hovered.kind === 'route') {
    const {route} = hovered;
    const leg = s.legs[route.leg];
    subtitle = route.via.length ? `${leg}; ${s.via} ${route.via.map(placeName).join(', ')}` : leg;
  } else if (hovered.kind === 'port') {
    subtitle = s.portRoles[hovered.port.role];
  } else if (hovered.kind === 'organisation') {
    subtitle = s.organisationKinds[hovered.organisation.kind];
  } else {
    const {country} = hovered;
    subtitle = country.roles.map((r) => s.roles[r]).join(' · ') + (country.since ? ` (${s.since} ${formatDate(country.since, lang)})` : '');
  }
  return {feature, title: nameIn(feature.name, lang), subtitle};
}

export function tooltipContent(hovered: Hovered, lang: Lang, placeName: (id: string) => string): TemplateResult {
  const s = STRINGS[lang];
  const {feature, title, subtitle} = describe(hovered, lang, placeName);
  const figure = keyFigure(feature);
  const figureNote = figure?.note ? nameIn(figure.note, lang) : undefined;
  return html`
    <p class="title">${title}</p>
    <p class="subtitle">${subtitle}</p>
    ${figure ? html`<p class="figure">${formatFigure(figure, lang)}</p>` : hovered.kind === 'route' ? nothing : html`<p class="note">${s.noFigure}</p>`}
    ${figure && figureConfidence(figure, feature) === 'estimate' ? html`<p class="caveat">${s.estimate}</p>` : nothing}
    ${figureNote ? html`<p class="note">${figureNote}</p>` : nothing}
    ${feature.description ? html`<p class="description">${nameIn(feature.description, lang)}</p>` : nothing}
    ${hovered.kind === 'route' ? html`<p class="distance">${measureText(measureRoute(hovered.route), lang)}</p>` : nothing}
    ${hovered.kind === 'route' && hovered.route.weight.basis === 'illustrative' ? html`<p class="caveat">${s.illustrativeWidth}</p>` : nothing}
    ${footer(feature, figure?.source, lang)}
    <p class="as-of">${s.asOf} ${formatDate(feature.asOf, lang)}</p>`;
}

/** The hover card at (x, y) in a box of `width` × `height`, flipped to stay inside it near the edges. */
export function tooltip(hovered: Hovered, x: number, y: number, width: number, height: number, lang: Lang, placeName: (id: string) => string) {
  const flipX = x > width * 0.6;
  const flipY = y > height * 0.55;
  const transform = `translate(${flipX ? `calc(${x - 14}px - 100%)` : `${x + 14}px`}, ${flipY ? `calc(${y - 14}px - 100%)` : `${y + 14}px`})`;
  // styleMap sets the property through the CSSOM, which a strict style-src policy allows.
  return html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleMap({transform})}>${tooltipContent(hovered, lang, placeName)}</div>`;
}
