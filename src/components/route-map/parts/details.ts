/**
 * The details panel of a selected port, country, route or organisation: its figures per year
 * as a small chart and as text, its description and its sources. Data text is bound as text;
 * source links are only http(s) addresses (checked when the data was validated).
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import type {Figure} from '../../../data/schema';
import {figureConfidence, formatDate, formatFigure, formatNumber, inKg, keyFigure, nameIn, officialFirst} from '../../../data/format';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {measureRoute, measureText} from '../../../data/measure';
import type {Hovered} from '../../../data/records';
import {describe} from './tooltip';
import {sourceCitation} from './source-link';

/** Bars for one metric over the years, e.g. Rotterdam's seizures 2016–2025. */
function chart(series: Figure[], lang: Lang, label: string): TemplateResult {
  const values = series.map((f) => (f.unit === 't' || f.unit === 'kg' ? inKg(f) : f.value));
  const max = Math.max(...values, 1);
  const unit = series[0].unit === 't' || series[0].unit === 'kg' ? 'kg' : series[0].unit;
  const w = 28;
  const width = series.length * w;
  return html`<svg class="chart" viewBox="0 0 ${width} 96" width=${width} height="96" role="img" aria-label=${label}>${series.map((f, i) => {
    const h = Math.max(1, (values[i] / max) * 64);
    return svg`<g>
      <rect x=${i * w + 4} y=${78 - h} width=${w - 8} height=${h} fill=${f.provisional ? '#bbb' : '#0a5a9c'}></rect>
      <text x=${i * w + w / 2} y="92" text-anchor="middle" font-size="9">${String(f.year).slice(2)}</text>
      <title>${f.year}: ${formatNumber(values[i], lang)} ${unit}</title></g>`;
  })}</svg>`;
}

export function detailsContent(target: Hovered, lang: Lang, placeName: (id: string) => string, close: () => void): TemplateResult {
  const s = STRINGS[lang];
  const {feature, title, subtitle} = describe(target, lang, placeName);
  const key = keyFigure(feature);
  const series = key ? feature.figures.filter((f) => f.metric === key.metric).sort((a, b) => a.year - b.year) : [];
  // The key metric first, then the others, each by year.
  const rank = (f: Figure) => (f.metric === key?.metric ? '' : f.metric);
  const figures = [...feature.figures].sort((a, b) => rank(a).localeCompare(rank(b)) || a.year - b.year);
  return html`
    <div class="details-head">
      <h2 class="details-title">${title}</h2>
      <button type="button" class="close" aria-label=${s.close} @click=${close}>×</button>
    </div>
    <p class="subtitle">${subtitle}</p>
    ${target.kind === 'route' ? html`<p class="distance">${measureText(measureRoute(target.route), lang)}</p>` : nothing}
    ${target.kind === 'organisation' && target.organisation.does ? html`<p class="does"><strong>${s.does}:</strong> ${nameIn(target.organisation.does, lang)} <span class="note">(${
      target.organisation.sources[target.organisation.does.source].publisher})</span></p>` : nothing}
    ${target.kind === 'organisation' && target.organisation.since ? html`<p class="note">${s.since} ${formatDate(target.organisation.since, lang)}</p>` : nothing}
    ${series.length > 1 ? chart(series, lang, `${s.metrics[key!.metric] ?? key!.metric}: ${series.map((f) => formatFigure(f, lang)).join('; ')}`) : nothing}
    ${figures.length ? html`<ul class="figures">${figures.map((f) => html`<li>${formatFigure(f, lang)}${f.note ? html` <span class="note">${nameIn(f.note, lang)}</span>` : nothing}${
      figureConfidence(f, feature) === 'estimate' ? html` <em>${s.estimate}</em>` : nothing}</li>`)}</ul>` : html`<p class="note">${s.noFigure}</p>`}
    ${feature.description ? html`<p class="description">${nameIn(feature.description, lang)}</p>` : nothing}
    ${feature.confidence === 'illustrative' ? html`<p class="caveat">${s.illustrative}</p>` : nothing}
    ${feature.sources.length ? html`<h3>${s.sources}</h3><ol class="sources">${officialFirst(feature.sources).map((src) => html`<li>${sourceCitation(src, lang)}</li>`)}</ol>` : nothing}
    <p class="as-of">${s.asOf} ${formatDate(feature.asOf, lang)}</p>`;
}
