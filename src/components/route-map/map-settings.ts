/**
 * The element's settings applied to a running map: label language and size, which gestures move
 * the camera, the projection and the theme's colours. Each takes the map and the setting; the
 * element calls them when an attribute changes and once for each new map.
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {Country} from '../../data/schema';
import {LAYERS, labelName, labelSizes, roleFillColor, roleFillFilter, themePaint} from '../../layers/basemap-style';
import type {Theme} from '../../layers/theme';
import type {Lang} from '../../i18n/strings';

export function setLanguage(map: MapLibreMap, lang: Lang) {
  if (!map.getLayer(LAYERS.portLabels)) return;
  const name = labelName(lang);
  map.setLayoutProperty(LAYERS.portLabels, 'text-field', name);
  map.setLayoutProperty(LAYERS.countryLabels, 'text-field', name);
}

/** Labels are set larger for a projector. */
export function setLabelScale(map: MapLibreMap, presenter: boolean) {
  if (!map.getLayer(LAYERS.portLabels)) return;
  const sizes = labelSizes(presenter ? 1.6 : 1);
  map.setLayoutProperty(LAYERS.portLabels, 'text-size', sizes.place);
  map.setLayoutProperty(LAYERS.countryLabels, 'text-size', sizes.country);
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

export function setProjection(map: MapLibreMap, projection: 'mercator' | 'globe') {
  if (map.isStyleLoaded()) map.setProjection({type: projection === 'globe' ? 'globe' : 'mercator'});
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
