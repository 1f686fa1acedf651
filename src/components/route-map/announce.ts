/** What the status region says when a record is selected: its name, key figure and how many routes arrive and leave; or that the selection was cleared. */
import type {RouteData} from '../../data/schema';
import type {Hovered} from '../../data/records';
import {formatFigure, keyFigure} from '../../data/format';
import {STRINGS, type Lang} from '../../i18n/strings';
import {describe} from './tooltip';

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
