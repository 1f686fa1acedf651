import {RouteMap} from './route-map';

let warned = false;

/**
 * Registers `<route-map>` (or `tag`) unless a tag of that name is already defined. Calling it
 * again is harmless. Where another copy of the package (a second bundle on the page) registered
 * the tag first, that one is left alone and the console says so, once.
 */
export function defineRouteMap(tag = 'route-map') {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, class extends RouteMap {});
  } else if (!(existing.prototype instanceof RouteMap) && !warned) {
    warned = true;
    console.warn(`<${tag}> is already defined by another class, most likely another copy of the route-map-element package on this page; this copy leaves it alone. Load the package once (one bundle) to avoid two copies.`);
  }
}
