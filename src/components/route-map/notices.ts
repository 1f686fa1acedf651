/**
 * What went wrong, said on the map and in one `route-map-error` per report: malformed features,
 * inputs that failed to load, unknown attribute values, a lost or missing WebGL context.
 */
import {html, nothing, type ReactiveControllerHost} from 'lit';
import type {Problem} from '../../data/schema';
import {describeProblem, skippedPerFile} from '../../data/validate';
import {STRINGS, type Lang} from '../../i18n/strings';
import {fire, type RouteMapErrorDetail} from './events';

export class Notices {
  /** The problems shown, until the visitor dismisses them or the map starts again. */
  problems: Problem[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
  }

  /** Shows problems on the map and emits one `route-map-error` for them. */
  report(problems: Problem[]) {
    this.show([...this.problems, ...problems]);
    this.emit(problems);
  }

  /** Shows these problems instead of those shown. */
  show(problems: Problem[]) {
    if (!problems.length && !this.problems.length) return;
    this.problems = problems;
    this.host.requestUpdate();
  }

  /** One `route-map-error`: the problems, and a summary line (by default one line per problem). */
  emit(problems: Problem[], message = problems.map(describeProblem).join('\n')) {
    fire<RouteMapErrorDetail>(this.host, 'route-map-error', {message, problems});
  }

  render(lang: Lang, contextLost: boolean) {
    const s = STRINGS[lang];
    const problems = this.problems;
    return html`
      ${contextLost ? html`<div class="problems context-lost" part="problems" role="alert">${s.contextLost}</div>` : nothing}
      ${problems.length ? html`
        <div class="problems" part="problems" role="alert">
          <strong>${s.problemsTitle}</strong>
          <span>${s.skipped(problems.length)}</span>
          ${skippedPerFile(problems).map(({file, skipped}) => html`<span class="skipped">${s.skippedIn(file, skipped)}</span>`)}
          <ul>${problems.slice(0, 20).map((p) => html`<li>${describeProblem(p)}</li>`)}</ul>
          ${problems.length > 20 ? html`<p>… +${problems.length - 20}</p>` : nothing}
          <button type="button" @click=${() => this.show([])}>${s.dismiss}</button>
        </div>` : nothing}`;
  }
}
