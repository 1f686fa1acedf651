/** The details of the events `<route-map>` fires: part of its public contract. */
import type {LayerName, Problem} from '../../data/schema';
import type {Hovered} from '../../data/records';
import type {RouteMap} from './route-map';
import type {Story} from '../../story/story';

/** Detail of `route-map-story-change`: the story after the edit. */
export interface RouteMapStoryChangeDetail {
  story: Story;
}

/** Detail of `route-map-ready`: how many features of each layer are shown. */
export type RouteMapReadyDetail = Record<LayerName, number>;

/** Detail of `route-map-chapter`: the chapter now shown. */
export interface RouteMapChapterDetail {
  index: number;
  id: string;
  title: string;
}

/** Detail of `route-map-select`: what was selected, or `id: null` when the selection was cleared. */
export interface RouteMapSelectDetail {
  id: string | null;
  kind?: Hovered['kind'];
  name?: string;
}

/** Detail of `route-map-time`: the moment now shown (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null for the latest, and its year. */
export interface RouteMapTimeDetail {
  date: string | null;
  year: number | null;
}

/** Detail of `route-map-error`: a summary line and every problem found. */
export interface RouteMapErrorDetail {
  message: string;
  problems: Problem[];
}

/** Fires one of the element's events: they bubble and cross shadow roots. */
export function fire<T>(host: HTMLElement, type: string, detail: T) {
  host.dispatchEvent(new CustomEvent<T>(type, {bubbles: true, composed: true, detail}));
}

declare global {
  interface HTMLElementTagNameMap {
    'route-map': RouteMap;
  }
  interface GlobalEventHandlersEventMap {
    'route-map-ready': CustomEvent<RouteMapReadyDetail>;
    'route-map-error': CustomEvent<RouteMapErrorDetail>;
    'route-map-chapter': CustomEvent<RouteMapChapterDetail>;
    'route-map-select': CustomEvent<RouteMapSelectDetail>;
    'route-map-time': CustomEvent<RouteMapTimeDetail>;
    'route-map-story-change': CustomEvent<RouteMapStoryChangeDetail>;
  }
}
