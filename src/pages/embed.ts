/**
 * The embed page: the map alone, its attributes taken from the query string, so a page that
 * allows no scripts can show it in an iframe (`embed.html?chapter=mainports&lang=nl`).
 */
import '../route-map';

/**
 * Attributes the query string may set. Not `data`, `basemap` or `story`: a link to this page
 * must not show someone else's figures under this site's address.
 */
export const EMBED_PARAMS = ['chapter', 'lang', 'theme', 'projection', 'year', 'date', 'selected', 'layers', 'controls',
  'interactive', 'autoplay', 'reduced-motion', 'presenter'] as const;

const params = new URLSearchParams(location.search);
const map = document.querySelector('route-map')!;
// Set before the element's first update (a microtask away), so the first picture is the one asked for.
for (const name of EMBED_PARAMS) {
  const value = params.get(name);
  if (value !== null) map.setAttribute(name, value);
}
if (params.get('lang') === 'nl') document.documentElement.lang = 'nl';
