/**
 * The element's settings applied to a running map: label language and size, which gestures move
 * the camera, the projection and the theme's colours. Each takes the map and the setting; the
 * element calls them when an attribute changes and once for each new map.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {Country} from '../../../data/schema';
import {COUNTRY_LABEL_LAYERS, LAYERS, PLACE_LABEL_LAYERS, labelName, labelSizes, roleFillColor, roleFillFilter, themePaint} from '../../../layers/basemap-style';
import type {Theme} from '../../../layers/theme';
import type {Lang} from '../../../i18n/strings';

export function setLanguage(map: MapLibreMap, lang: Lang) {
  if (!map.getLayer(LAYERS.portLabels)) return;
  const name = labelName(lang);
  for (const id of PLACE_LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', name);
  for (const id of COUNTRY_LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', name);
}

/** Labels are set larger for a projector. */
export function setLabelScale(map: MapLibreMap, presenter: boolean) {
  if (!map.getLayer(LAYERS.portLabels)) return;
  // 1.45: 18 px names at a continent's scale on 1080 lines, readable across a room and small enough to fit where ports crowd.
  const sizes = labelSizes(presenter ? 1.45 : 1);
  for (const id of PLACE_LABEL_LAYERS) map.setLayoutProperty(id, 'text-size', sizes.place);
  for (const id of COUNTRY_LABEL_LAYERS) map.setLayoutProperty(id, 'text-size', sizes.country);
}

/** The camera follows the pointer, wheel, touch and keys unless `interactive` is off; in presenter mode the arrow keys step through chapters instead. */
export function setInteractive(map: MapLibreMap, interactive: boolean, presenter: boolean) {
  for (const handler of [map.scrollZoom, map.boxZoom, map.dragRotate, map.dragPan, map.doubleClickZoom, map.touchZoomRotate, map.touchPitch]) {
    if (interactive) handler.enable();
    else handler.disable();
  }
  if (interactive && !presenter) map.keyboard.enable();
  else map.keyboard.disable();
}

/**
 * The projection, as soon as the style is parsed: a new map gets it before its first picture,
 * while its tiles still load (isStyleLoaded() would wait for those, and the first picture would
 * be flat under globe arcs).
 */
export function setProjection(map: MapLibreMap, projection: 'mercator' | 'globe') {
  const set = () => map.setProjection({type: projection === 'globe' ? 'globe' : 'mercator'});
  try {
    set();
  } catch {
    // The style is not parsed yet (a user's basemap still loading, or being replaced).
    map.once('style.load', set);
  }
}

/** Colours that follow the theme and the legend's country switches, not the hover or the chapter. */
export function setColours(map: MapLibreMap, countries: Country[], theme: Theme, isHidden: (name: string) => boolean) {
  if (!map.getLayer(LAYERS.roleFill)) return;
  const tinted = countries.filter((c) => !isHidden(c.roles[0]));
  map.setPaintProperty(LAYERS.roleFill, 'fill-color', roleFillColor(tinted, theme));
  // Only the tinted countries are filled: a transparent fill over the rest of the world would cost as much to draw.
  map.setFilter(LAYERS.roleFill, roleFillFilter(tinted));
  // Our own basemap follows the theme; a user's style keeps its colours.
  for (const [layer, property, value] of themePaint(theme)) if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
}
