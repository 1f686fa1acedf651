// As the README says: the import that registers <route-map>.
import 'route-map-element/route-map.js';
// The README: the events' detail types are exported from the package's entry. A type-only import: nothing more is bundled,
// and tsc (consumers.test.ts) fails if one of them is missing.
import type {RouteMapChapterDetail, RouteMapErrorDetail, RouteMapReadyDetail, RouteMapSelectDetail, RouteMapTimeDetail} from 'route-map-element';

const map = document.querySelector('route-map')!;
// HTMLElementTagNameMap and GlobalEventHandlersEventMap type the element and its events.
map.addEventListener('route-map-ready', (event) => {
  const routes: number = event.detail.routes;
  document.title = `ready: ${routes} routes`;
});
map.addEventListener('route-map-chapter', (event) => console.log(event.detail.id));
// @ts-expect-error: the chapter event's detail has no such field (the event map is typed, not \`any\`)
map.addEventListener('route-map-chapter', (event) => event.detail.nonsense);

// Each exported detail type is what its event carries: an app can name it, and read the fields the README gives.
const ready = ({routes, ports}: RouteMapReadyDetail) => `${routes} routes, ${ports} ports`;
const error = ({message, problems}: RouteMapErrorDetail) => `${message} (${problems.length} problems)`;
const chapter = ({index, id, title}: RouteMapChapterDetail) => `chapter ${index}: ${id}, ${title}`;
const select = ({id, kind, name}: RouteMapSelectDetail) => (id === null ? 'selection cleared' : `selected ${kind} ${id}: ${name}`);
const time = ({date, year}: RouteMapTimeDetail) => `as of ${date ?? 'the latest'} (${year ?? 'latest year'})`;
const heard: string[] = [];
map.addEventListener('route-map-ready', (event) => heard.push(ready(event.detail)));
map.addEventListener('route-map-error', (event) => heard.push(error(event.detail)));
map.addEventListener('route-map-chapter', (event) => heard.push(chapter(event.detail)));
map.addEventListener('route-map-select', (event) => heard.push(select(event.detail)));
map.addEventListener('route-map-time', (event) => heard.push(time(event.detail)));
