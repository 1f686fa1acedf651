/**
 * Exports on the element: one at a time (a second request is refused with a clear message),
 * a progress bar on the map while one runs, and the download of what it made. The work itself
 * is in src/export/, loaded on first use.
 */
import {html, nothing, type ReactiveControllerHost} from 'lit';
import {STRINGS, type Lang} from '../../../i18n/strings';
import type {ExportFormat} from '../../../story/keys';
import type {RouteMap} from '../route-map';
import type {Ambient} from '../ambient';
import type {Notices} from '../notices';

type Briefing = typeof import('../../../export/briefing');
type Progress = (label: string, done: number, total: number) => void;
export type StoryFormat = Exclude<ExportFormat, 'png'>;

export interface ExportOptions {
  secondsPerChapter?: number;
  width?: number;
  height?: number;
  fps?: number;
  signal?: AbortSignal;
}

export interface ExportParts {
  ambient: Ambient;
  /** The briefing code, loaded on first use. */
  load: () => Promise<Briefing>;
  /** Says a failed export on the map. */
  notices: Pick<Notices, 'report'>;
}

export class ExportController {
  /** How far the running export is, for the progress bar. */
  progress?: {label: string; done: number; total: number};
  /** What the last export has to say (the video fell back to WebM). */
  note?: string;
  private running = false;
  /** Stops the running export: the progress bar's Cancel button. */
  private stop?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & RouteMap, private readonly options: ExportParts) {}

  private language() {
    return this.options.ambient.language;
  }

  get busy(): boolean {
    return this.running;
  }

  /** Makes the story as slides, a handout or a video; refused while another export runs. */
  async run(format: StoryFormat, options: ExportOptions = {}): Promise<Blob> {
    const {blob, note} = await this.track(async (signal, progress) => {
      const {exportStory} = await this.options.load();
      return exportStory(this.host, format, {...options, signal}, progress);
    }, options.signal);
    this.note = note;
    if (note) this.host.requestUpdate();
    return blob;
  }

  /**
   * Runs one export's `work`, refused while another runs: its progress shows on the map, and the
   * progress bar's Cancel, or `outer`, aborts the signal it is given.
   */
  async track<T>(work: (signal: AbortSignal, progress: Progress) => Promise<T>, outer?: AbortSignal): Promise<T> {
    if (this.running) throw new Error(STRINGS[this.language()].briefing.busy);
    this.running = true;
    this.note = undefined;
    this.progress = {label: '', done: 0, total: 1};
    this.stop = new AbortController();
    const signal = outer ? AbortSignal.any([outer, this.stop.signal]) : this.stop.signal;
    this.host.requestUpdate();
    try {
      return await work(signal, (label, done, total) => {
        this.progress = {label, done, total};
        this.host.requestUpdate();
      });
    } finally {
      this.running = false;
      this.stop = undefined;
      this.progress = undefined;
      this.host.requestUpdate();
    }
  }

  /**
   * Downloads the view as PNG, or the story as slides, handout or video: the panel's list and the
   * presenter's keys. A failure is said on the map; a cancel by the visitor is not a failure.
   */
  async download(format: ExportFormat) {
    const name = `route-map-${format === 'png' ? this.host.chapter ?? 'view' : 'story'}.${format === 'video' ? 'mp4' : format}`;
    try {
      const blob = format === 'png' ? await this.host.exportPng() : await this.run(format, {});
      download(blob, blob.type === 'video/webm' ? name.replace(/mp4$/, 'webm') : name);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.options.notices.report([{file: `${format} export`, message: (e as Error).message}]);
    }
  }

  /** The progress bar over the map while an export runs; after one, what it has to say (the video fell back to WebM). */
  render(lang: Lang) {
    const p = this.progress;
    const s = STRINGS[lang].briefing;
    if (!p) {
      return this.note ? html`<div class="export-progress" part="export-progress" role="status">
          <span>${this.note}</span><button type="button" class="export-cancel" @click=${() => { this.note = undefined; this.host.requestUpdate(); }}>${STRINGS[lang].dismiss}</button></div>` : nothing;
    }
    return html`<div class="export-progress" part="export-progress">
        <div role="progressbar" aria-label=${s.exporting} aria-valuemin="0" aria-valuemax=${p.total} aria-valuenow=${p.done} aria-valuetext=${p.label || s.exporting}>
          <span>${s.exporting}${p.label ? `: ${p.label}` : '…'}</span> <progress aria-hidden="true" max=${p.total} .value=${p.done}></progress>
        </div>
        <button type="button" class="export-cancel" @click=${() => this.cancel()}>${s.cancel}</button>
      </div>`;
  }

  /** Stops the running export, as its Cancel button does; the map returns to where it was. */
  cancel() {
    this.stop?.abort(new DOMException(STRINGS[this.language()].briefing.cancelled, 'AbortError'));
  }
}

/** Saves a file the browser made: the download a click on a link starts. */
export function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
