// As the README says: the import that registers <route-map>.
import 'route-map-element/route-map.js';

const map = document.querySelector('route-map')!;
// HTMLElementTagNameMap and GlobalEventHandlersEventMap type the element and its events.
map.addEventListener('route-map-ready', (event) => {
  const routes: number = event.detail.routes;
  document.title = `ready: ${routes} routes`;
});
map.addEventListener('route-map-chapter', (event) => console.log(event.detail.id));
// @ts-expect-error: the chapter event's detail has no such field (the event map is typed, not \`any\`)
map.addEventListener('route-map-chapter', (event) => event.detail.nonsense);
