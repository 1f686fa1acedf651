import 'route-map-element/route-map.js';

document.querySelector('route-map').addEventListener('route-map-ready', () => { document.title = 'ready'; });
