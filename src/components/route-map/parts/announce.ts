/**
 * What the status region says when a record is selected: its name, key figure and how many routes arrive and leave; or that the selection was cleared; and the controller that says it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {RouteData} from '../../../data/schema';
import {placeNamer, recordOf, type Hovered} from '../../../data/records';
import {formatFigure, keyFigure, nameIn} from '../../../data/format';
import {STRINGS, type Lang} from '../../../i18n/strings';
import {measureRoute, measureText} from '../../../data/measure';
import {describe} from './tooltip';
import {fire, type RouteMapSelectDetail} from '../events';
import type {Ambient} from '../ambient';
import type {SessionState} from '../map/map-session';
import type {Stage} from '../stage/stage';

export function announceSelection(target: Hovered | undefined, data: RouteData, lang: Lang, placeName: (id: string) => string): string {
  const s = STRINGS[lang];
  if (!target) return s.selectionCleared;
  const {feature, title} = describe(target, lang, placeName);
  const figure = keyFigure(feature);
  // A route as a sentence: its ends, how far and which way, and its newest figure with its year.
  if (target.kind === 'route') {
    const {route} = target;
    return `${title}: ${s.fromTo(placeName(route.from), placeName(route.to))}, ${measureText(measureRoute(route), lang)}${figure ? `; ${formatFigure(figure, lang)}` : ''}`;
  }
  const inbound = data.routes.filter((r) => r.to === feature.id).length;
  const outbound = data.routes.filter((r) => r.from === feature.id).length;
  return [title, figure ? formatFigure(figure, lang) : '', inbound ? s.incoming(inbound) : '', outbound ? s.outgoing(outbound) : '']
    .filter(Boolean).join(', ').replace(', ', ': ');
}

export interface AnnounceHost extends ReactiveControllerHost, HTMLElement {
  selected?: string;
  routeData?: RouteData;
}

export interface AnnounceOptions {
  ambient: Ambient;
  /** The records, which name the selection; and whether the map is drawn: a selection made now is framed (a new map frames its own before its first picture). */
  session: SessionState;
  /** Frames the selection clear of the interface. */
  stage: Pick<Stage, 'frameSelection'>;
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

  constructor(private readonly host: AnnounceHost, private readonly options: AnnounceOptions) {
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

  /** The selected record, if the selection names one. */
  private get record(): Hovered | undefined {
    const id = this.host.selected;
    return id === undefined ? undefined : this.options.session.records.byId.get(id);
  }

  hostUpdate() {
    const data = this.host.routeData;
    if (!data || this.host.selected === this.announced) return;
    const {records} = this.options.session;
    const lang = this.options.ambient.language;
    this.text = announceSelection(this.record, data, lang, placeNamer(records, lang));
    this.announced = this.host.selected;
    this.toTell = true;
  }

  hostUpdated() {
    if (!this.toTell) return;
    this.toTell = false;
    if (this.options.session.ready) void this.options.stage.frameSelection();
    const target = this.record;
    fire<RouteMapSelectDetail>(this.host, 'route-map-select', target
      ? {id: this.host.selected!, kind: target.kind, name: nameIn(recordOf(target).name, this.options.ambient.language)} : {id: null});
  }
}
