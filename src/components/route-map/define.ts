import {RouteMap} from './route-map';

/** Registers `<route-map>` unless a tag of that name is already defined (e.g. by a second script). */
export function defineRouteMap(tag = 'route-map') {
  if (!customElements.get(tag)) customElements.define(tag, class extends RouteMap {});
}
