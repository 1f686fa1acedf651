/**
 * The scene: what the map draws now. It turns the element's state into a view (src/story/view),
 * the view into the records it draws (src/data/select) and those into layers (src/layers), and
 * hands them to the map session. It composes before each render, so the legend and the navigator
 * render what is drawn, and draws after it; nothing else builds layers.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Layer} from '@deck.gl/core';
import type {Route} from '../../data/schema';
import {select, type Selection} from '../../data/select';
import type {Chapter} from '../../story/story';
import {viewFor, type ViewState} from '../../story/view';
import {LAYERS, placeLabelFilter, roleFillOpacity} from '../../layers/basemap-style';
import {isDense, routeLayers, routesToDraw, withHighlight} from '../../layers/route-layers';
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
  /** Places labelled (all when undefined), whether countries are tinted, and which stand out. */
  private maplibre?: {labelled?: string[]; countries: boolean; countryFocus: string[] | null};
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
    const {live: map, overlay, data} = this.session;
    // Until the map has the data, there is nothing to draw; it asks again then.
    if (!map || !overlay || !data) return;
    this.dirty = false;
    const state = this.state();
    const view = viewFor(state.chapter, state);
    const selection = select(data, view);
    this.selection = selection;
    // So many routes are sampled by weight in view (see routesToDraw); composed again after each move.
    const dense = isDense(selection.routes.length);
    const bounds = dense ? map.getBounds() : undefined;
    const {drawn, inView} = routesToDraw(selection.routes, (p) => !bounds || bounds.contains(p), state.selected);
    this.sampled = drawn.length < inView ? {drawn: drawn.length, inView} : undefined;
    this.drawnRoutes = drawn;
    this.layers = withHighlight(routeLayers({
      ...selection, routes: drawn, dense, year: view.year, widthScale: state.widthScale, animate: state.animate,
      globe: state.globe, beforeId: LAYERS.firstLabel,
    }), this.highlighted);
    const labelled = state.chapter ? [...selection.ports, ...selection.organisations].map((f) => f.id) : undefined;
    this.maplibre = {labelled, countries: view.countries, countryFocus: selection.countryFocus};
    this.toDraw = true;
  }

  private draw() {
    const map = this.session.live;
    if (!map || !this.maplibre) return;
    this.toDraw = false;
    this.session.setLayers(this.layers);
    map.setFilter(LAYERS.portLabels, placeLabelFilter(this.maplibre.labelled));
    map.setLayoutProperty(LAYERS.roleFill, 'visibility', this.maplibre.countries ? 'visible' : 'none');
    map.setPaintProperty(LAYERS.roleFill, 'fill-opacity', roleFillOpacity(this.maplibre.countryFocus));
  }
}
