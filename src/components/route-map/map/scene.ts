/**
 * The scene: what the map draws now. It turns the element's state into a view (src/story/view),
 * the view into the records it draws (src/data/select) and those into layers (src/layers), and
 * hands them to the map session. It composes before each render, so the legend and the navigator
 * render what is drawn, and draws after it; nothing else builds layers.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Layer} from '@deck.gl/core';
import type {Route, RouteData} from '../../../data/schema';
import {select, type Selection} from '../../../data/select';
import type {Chapter} from '../../../story/story';
import {viewFor, type ViewState} from '../../../story/view';
import {LAYERS, countryLabelFilter, focusCountryFilter, markerBlockers, placeLabelFilter, priorityLabelFilter, roleFillOpacity} from '../../../layers/basemap-style';
import {ORGANISATION_RADIUS, ORIGIN_RADIUS, isDense, portRadius, routesToDraw, withHighlight} from '../../../layers/route-layers';
import {labelPriority, overLabelBudget} from '../../../layers/place-labels';
import type {MapSession} from './map-session';

/** The element's state the scene is drawn from. */
export interface SceneState extends ViewState {
  /** The chapter shown; everything outside the story. */
  chapter?: Chapter;
  /** The selected record's id: always drawn, also when only some routes are. */
  selected?: string;
  /** Multiplies arc widths and circle sizes, e.g. for a projector. */
  widthScale: number;
  /** Whether dashes move along the arcs. */
  animate: boolean;
  globe: boolean;
  /** The event chosen in the time bar, drawn larger. */
  chosenEvent?: string;
}

/** The share of a marker's radius that labels keep clear of. */
const MARKER_CORE = 0.75;

/** Whether the chapter (without what is hovered or selected) draws a record at full strength. */
function chapterEmphasis(data: RouteData, state: SceneState, selection: Selection): (id: string) => boolean {
  const own = state.focus ? select(data, viewFor(state.chapter, {...state, focus: undefined})).emphasised : selection.emphasised;
  return (id) => !own || own.has(id);
}

export class Scene implements ReactiveController {
  /** The records the view draws. */
  selection?: Selection;
  /** The routes the arcs layer draws: the selection's, or a sample of them when they are too many. */
  drawnRoutes: Route[] = [];
  /** Set when only some of the routes in view are drawn: how many are drawn, of how many. */
  sampled?: {drawn: number; inView: number};
  /** The deck.gl layers drawn now. */
  layers: Layer[] = [];
  /** The record highlighted under the pointer. */
  private highlighted?: string;
  /**
   * Places labelled (all when undefined), those labelled first and at every zoom, the markers
   * labels keep clear of (radius by id), whether countries are tinted, and which stand out.
   */
  private maplibre?: {labelled?: string[]; priority: string[]; selected: string[]; markers: Map<string, number>; countries: boolean; countryFocus: string[] | null};
  private dirty = false;
  private toDraw = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly session: MapSession, private readonly state: () => SceneState) {
    host.addController(this);
  }

  /** What is drawn must change: it is composed again before the next render. */
  invalidate() {
    this.dirty = true;
    this.host.requestUpdate();
  }

  hostUpdate() {
    if (this.dirty) this.compose();
  }

  hostUpdated() {
    if (this.toDraw) this.draw();
  }

  /** Highlights the record under the pointer at once (flat maps; on the globe deck.gl does). */
  highlight(id: string | undefined) {
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.layers = withHighlight(this.layers, id);
    this.session.setLayers(this.layers);
  }

  /** Draws what the current chapter shows (everything outside a story), dimming what it does not single out. */
  private compose() {
    const {live: map, overlay, data, engine} = this.session;
    // Until there is data, nothing to show; the session asks again once it has some.
    if (!data) return;
    this.dirty = false;
    const state = this.state();
    const view = viewFor(state.chapter, state);
    const selection = select(data, view);
    this.selection = selection;
    // Before the map, only what the interface over the poster shows; the element asks again once the map has the data.
    if (!map || !overlay || !engine) return;
    // So many routes are sampled by weight in view (see routesToDraw); composed again after each move.
    const dense = isDense(selection.routes.length);
    const bounds = dense ? map.getBounds() : undefined;
    const {drawn, inView} = routesToDraw(selection.routes, (p) => !bounds || bounds.contains(p), state.selected);
    this.sampled = drawn.length < inView ? {drawn: drawn.length, inView} : undefined;
    this.drawnRoutes = drawn;
    this.layers = withHighlight(engine.routeLayers({
      ...selection, routes: drawn, dense, year: view.year, chosenEvent: state.chosenEvent, widthScale: state.widthScale, animate: state.animate,
      globe: state.globe, beforeId: LAYERS.firstLabel,
    }), this.highlighted);
    // A place that bears its country's name (Morocco for Rabat) goes unnamed where the country is named.
    const namedCountries = new Set(data.countries.filter((c) => selection.countryFocus?.includes(c.iso3)).map((c) => c.name.en));
    const drawnPlaces = [...selection.origins, ...selection.ports, ...selection.organisations].filter((f) => !namedCountries.has(f.name.en));
    const labelled = state.chapter ? drawnPlaces.map((f) => f.id) : undefined;
    const priority = labelPriority(state.chapter?.highlight ?? [], drawn).filter((id) => id !== state.selected);
    // Labels keep clear of the circles' cores: where markers crowd at a small scale (Rotterdam,
    // Vlissingen and Antwerp at world scale), whole circles would leave no place for any label.
    // Faint markers are not: a region's dot (the United Kingdom, West Africa) marks where an arrow
    // ends, and what a chapter dims is context. By the chapter's own emphasis, not the pointer's,
    // so labels stay put under a moving pointer.
    const k = Math.sqrt(state.widthScale) * MARKER_CORE;
    const strong = overLabelBudget(data) ? () => false : chapterEmphasis(data, state, selection);
    const markers = new Map<string, number>([
      ...selection.origins.filter((c) => strong(c.id)).map((c): [string, number] => [c.id, ORIGIN_RADIUS * k]),
      ...selection.ports.filter((p) => p.kind !== 'region' && strong(p.id)).map((p): [string, number] => [p.id, portRadius(p, view.year) * k]),
      ...selection.organisations.filter((o) => strong(o.id)).map((o): [string, number] => [o.id, ORGANISATION_RADIUS * k]),
    ]);
    this.maplibre = {labelled, priority, selected: state.selected ? [state.selected] : [], markers, countries: view.countries, countryFocus: selection.countryFocus};
    this.toDraw = true;
  }

  private draw() {
    const map = this.session.live;
    if (!map || !this.maplibre) return;
    this.toDraw = false;
    this.session.setLayers(this.layers);
    const {labelled, priority, selected, markers, countries, countryFocus} = this.maplibre;
    // MapLibre compares each with what is set and does nothing when it is the same.
    map.setFilter(LAYERS.portLabels, placeLabelFilter(labelled, [...priority, ...selected]));
    map.setFilter(LAYERS.priorityLabels, priorityLabelFilter(labelled, priority));
    map.setFilter(LAYERS.selectedLabel, priorityLabelFilter(labelled, selected));
    const blockers = markerBlockers(markers);
    map.setFilter(LAYERS.markerBlockers, blockers.filter);
    map.setLayoutProperty(LAYERS.markerBlockers, 'icon-size', blockers.size);
    // A chapter's countries are named wherever it shows them tinted.
    const named = countries ? countryFocus : null;
    map.setFilter(LAYERS.countryLabels, countryLabelFilter(named));
    map.setFilter(LAYERS.focusCountryLabels, focusCountryFilter(named));
    map.setLayoutProperty(LAYERS.roleFill, 'visibility', countries ? 'visible' : 'none');
    map.setPaintProperty(LAYERS.roleFill, 'fill-opacity', roleFillOpacity(countryFocus));
  }
}
