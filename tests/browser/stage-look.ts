/**
 * What the stage is judged by: for the places a chapter or a selection is about, whether each is on
 * screen under none of the element's overlays, and whether the map names it. Each place is projected
 * to the screen and checked against the boxes of the overlays; MapLibre's rendered features say which
 * labels are placed. Used by stage.test.ts and by the presenter goldens (tests/render).
 */
import type {RouteMap} from '../../src/index';
import type {LngLat} from '../../src/data/schema';
import type {Chapter} from '../../src/story/story';
import {OVERLAYS} from '../../src/components/route-map/stage/stage';
import {select} from '../../src/data/select';
import {viewOf} from '../../src/story/view';
import {labelPriority} from '../../src/layers/place-labels';

export interface Seen {
  id: string;
  /** On screen and under none of the overlays. */
  clear: boolean;
  labelled: boolean;
}

/** Where `ids` are and whether they are named, as the map draws them now. */
export function look(el: RouteMap, ids: string[]): Seen[] {
  const map = el.map!;
  const data = el.routeData!;
  const origin = el.getBoundingClientRect();
  const overlays = OVERLAYS.flatMap((s) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)]).map((o) => o.getBoundingClientRect())
    .filter((r) => r.width > 1 && r.height > 1);
  const labelLayers = map.getStyle().layers.filter((l) => l.type === 'symbol' && /label/.test(l.id)).map((l) => l.id);
  const placed = map.queryRenderedFeatures({layers: labelLayers});
  const clearAt = (p: LngLat) => {
    const {x, y} = map.project(p);
    const onScreen = x >= 0 && y >= 0 && x <= el.clientWidth && y <= el.clientHeight;
    return onScreen && !overlays.some((r) => x + origin.left >= r.left && x + origin.left <= r.right && y + origin.top >= r.top && y + origin.top <= r.bottom);
  };
  return ids.map((id) => {
    const country = data.countries.find((c) => c.id === id);
    if (country?.position && placed.some((f) => f.properties.id === id)) return {id, clear: clearAt(country.position), labelled: true};
    if (country) {
      // A country is seen where its name is: placed labels are on screen and clear of the interface (see stage.ts).
      const named = placed.some((f) => f.properties.iso3 === country.iso3 || f.properties.id === id);
      return {id, clear: named, labelled: named};
    }
    const place = [...data.ports, ...data.organisations].find((p) => p.id === id);
    // A place that bears its country's name (Morocco for Rabat) is named by the country's label.
    const namesake = place && data.countries.find((c) => c.iso3 === place.country && c.name.en === place.name.en);
    const named = (p: {id: string}) => placed.some((f) => f.properties.id === p.id || (!!namesake && f.properties.iso3 === namesake.iso3));
    if (place) return {id, clear: clearAt(place.position), labelled: named(place)};
    const route = data.routes.find((r) => r.id === id)!;
    return {id, clear: clearAt(route.sourcePosition) && clearAt(route.targetPosition), labelled: true};
  });
}

const summary = (seen: Seen[]) => ({clear: seen.filter((s) => s.clear).length, labelled: seen.filter((s) => s.labelled).length, of: seen.length});

/** What a chapter is about: the places it highlights, and where its outbound flows start. */
const chapterPlaces = (el: RouteMap, chapter: Chapter) => labelPriority(chapter.highlight, select(el.routeData!, viewOf(chapter)).routes);

/**
 * The chapter's places as the map shows them now: a line for the log, and what is hidden or (where
 * there is room to name them all) unnamed.
 */
export function lookAtChapter(el: RouteMap, chapter: Chapter, nameAll: boolean): {row: string; missed: string[]} {
  const seen = look(el, chapterPlaces(el, chapter));
  const s = summary(seen);
  const missed: string[] = [];
  for (const v of seen) {
    if (!v.clear) missed.push(`${chapter.id}: ${v.id} hidden`);
    if (!v.labelled && nameAll) missed.push(`${chapter.id}: ${v.id} unnamed`);
  }
  return {row: `${chapter.id}: clear ${s.clear}/${s.of}, named ${s.labelled}/${s.of}`, missed};
}
