// esbuild rewrites no new URL(…, import.meta.url): say where a copy of the package's dist/lib is served.
import {defineRouteMap, setBasePath} from 'route-map-element';

setBasePath(new URLSearchParams(location.search).get('base') ?? '/route-map/');
defineRouteMap();
