// The class alone: importing it registers nothing, so the app chooses the tag.
import {RouteMap} from 'route-map-element';

window.routeMapTagBefore = customElements.get('route-map') ?? null;
customElements.define('my-map', class extends RouteMap {});
