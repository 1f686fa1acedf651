/**
 * The pointer over the map: what is under it shows in the tooltip and is highlighted; a port or
 * country under it is brought forward while nothing is selected; a click selects it. The
 * keyboard navigator points the same way.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Map as MapLibreMap, MapMouseEvent} from 'maplibre-gl';
import {recordOf, type Hovered} from '../../../data/records';
import {pickAt} from './picking';
import type {MapSession} from './map-session';
import type {Scene} from './scene';

/** What the pointer reads of its element. */
export interface PointerHost extends ReactiveControllerHost, HTMLElement {
  selected?: string;
  projection: 'mercator' | 'globe';
}

export class PointerController implements ReactiveController {
  /** What the tooltip shows, and where. */
  hovered?: {target: Hovered; x: number; y: number};
  /** The port or country pointed at, brought forward like a selection while no selection is made. */
  hoverId?: string;

  constructor(private readonly host: PointerHost, private readonly session: MapSession, private readonly scene: Scene) {
    host.addController(this);
  }

  hostDisconnected() {
    this.show(undefined);
  }

  /** Listens to a new map; returns it. */
  attach(map: MapLibreMap): MapLibreMap {
    map.on('mousemove', (e) => this.hoverAt(map, e));
    map.on('click', (e) => {
      this.hoverAt(map, e);
      const target = this.hovered?.target;
      this.host.selected = target ? recordOf(target).id : undefined;
    });
    map.on('mouseout', () => {
      this.show(undefined);
      this.scene.highlight(undefined);
      this.focus(undefined);
    });
    map.on('movestart', () => {
      this.show(undefined);
      this.scene.highlight(undefined);
    });
    return map;
  }

  /** Shows the tooltip of `target` at (x, y), or none. */
  show(target: Hovered | undefined, x = 0, y = 0) {
    if (!target && !this.hovered) return;
    this.hovered = target ? {target, x, y} : undefined;
    this.host.requestUpdate();
  }

  /** Brings `id` forward while nothing is selected. */
  focus(id: string | undefined) {
    if (id === this.hoverId) return;
    this.hoverId = id;
    if (!this.host.selected) this.scene.invalidate();
  }

  private hoverAt(map: MapLibreMap, e: MapMouseEvent) {
    const {x, y} = e.point;
    const {scene, session} = this;
    const target = session.contextLost ? undefined
      : pickAt(map, session.overlay, {layers: scene.layers, routes: scene.drawnRoutes}, session.records, this.host.projection === 'globe', {x, y});
    map.getCanvas().style.cursor = target ? 'pointer' : '';
    this.show(target, x, y);
    const id = target && recordOf(target).id;
    // deck.gl draws arcs and circles, MapLibre the countries.
    this.scene.highlight(target?.kind !== 'country' ? id : undefined);
    // Ports and countries bring their flows forward on hover; arcs only show their tooltip.
    this.focus(target?.kind !== 'route' ? id : undefined);
  }
}
