/**
 * What the status region says when a record is selected: its name, key figure and how many routes arrive and leave; or that the selection was cleared; and the controller that says it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {RouteData} from '../../../data/schema';
import {recordOf, type Hovered} from '../../../data/records';
import {formatFigure, keyFigure, nameIn} from '../../../data/format';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {describe} from './tooltip';
import {fire, type RouteMapSelectDetail} from '../events';

export function announceSelection(target: Hovered | undefined, data: RouteData, lang: Lang, placeName: (id: string) => string): string {
  const s = STRINGS[lang];
  if (!target) return s.selectionCleared;
  const {feature, title} = describe(target, lang, placeName);
  const figure = keyFigure(feature);
  const inbound = data.routes.filter((r) => r.to === feature.id).length;
  const outbound = data.routes.filter((r) => r.from === feature.id).length;
  return [title, figure ? formatFigure(figure, lang) : '', inbound ? s.incoming(inbound) : '', outbound ? s.outgoing(outbound) : '']
    .filter(Boolean).join(', ').replace(', ', ': ');
}

export interface AnnounceOptions {
  language: () => Lang;
  data: () => RouteData | undefined;
  /** The selected record, if the selection names one. */
  record: () => Hovered | undefined;
  placeName: (id: string) => string;
  /** The map is drawn: a selection made now is framed (a new map frames its own before its first picture). */
  ready: () => boolean;
  frame: () => void;
}

/**
 * The status region and `route-map-select`: each new selection is announced ("Rotterdam: 11,466 kg
 * seized (2025), 4 incoming routes…") before rendering, and told once rendered; other parts (the
 * time) say things through it too.
 */
export class AnnounceController implements ReactiveController {
  /** What the status region says. */
  text = '';
  /** The selection last announced and told; none on a new start, which announces a selection made before it. */
  private announced?: string;
  private toTell = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & {selected?: string}, private readonly options: AnnounceOptions) {
    host.addController(this);
  }

  /** Says this in the status region. */
  say(text: string) {
    this.text = text;
    this.host.requestUpdate();
  }

  /** A new start announces the selection again. */
  reset() {
    this.announced = undefined;
  }

  hostUpdate() {
    const data = this.options.data();
    if (!data || this.host.selected === this.announced) return;
    this.text = announceSelection(this.options.record(), data, this.options.language(), this.options.placeName);
    this.announced = this.host.selected;
    this.toTell = true;
  }

  hostUpdated() {
    if (!this.toTell) return;
    this.toTell = false;
    if (this.options.ready()) this.options.frame();
    const target = this.options.record();
    fire<RouteMapSelectDetail>(this.host, 'route-map-select', target
      ? {id: this.host.selected!, kind: target.kind, name: nameIn(recordOf(target).name, this.options.language())} : {id: null});
  }
}
