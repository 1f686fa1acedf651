/** The docs page: the live example, the snippets' addresses, and the example's events as they happen. */
import '../route-map';

// The snippets point at this site's own copy.
const base = new URL('./', location.href).href;
for (const snippet of document.querySelectorAll('code.snippet')) snippet.textContent = snippet.textContent!.replaceAll('{{base}}', base);

const log = document.querySelector('.events')!;
const example = document.querySelector('route-map')!;
for (const type of ['route-map-ready', 'route-map-chapter', 'route-map-select', 'route-map-error'] as const) {
  example.addEventListener(type, (e) => {
    log.textContent = `${type}: ${JSON.stringify((e as CustomEvent).detail)}`;
  });
}
