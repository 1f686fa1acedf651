/**
 * The element's settings applied to a running map: label language and size, which gestures move
 * the camera, the projection and the theme's colours. Each function takes the map and the setting;
 * `MapSettings` applies those that changed after each update, and all of them once for each new map.
 */
import type {PropertyValues} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {Country} from '../../../data/schema';
import {COUNTRY_LABEL_LAYERS, LAYERS, PLACE_LABEL_LAYERS, labelName, labelSizes, roleFillColor, roleFillFilter, themePaint} from '../../../layers/basemap-style';
import type {Theme} from '../../../layers/theme';
import type {Lang} from '../../../i18n/strings';
import type {Ambient} from '../ambient';
import type {Switches} from '../switches';
import type {MapSession} from './map-session';
import type {Scene} from './scene';

/** What the settings read of the element. */
export interface SettingsHost extends HTMLElement {
  map?: MapLibreMap;
  presenter: boolean;
  interactive: boolean;
  projection: 'mercator' | 'globe';
  theme: Theme;
  routeData?: {countries: Country[]};
}

/** The element's settings on its running map: after each update those that changed, on a new map all. */
export class MapSettings {
  constructor(private readonly host: SettingsHost, private readonly parts: {
    ambient: Ambient; session: Pick<MapSession, 'live' | 'followProjection'>; scene: Pick<Scene, 'selection'>; switches: Pick<Switches, 'isHidden'>;
  }) {}

  /** The settings that changed (all on a new map) applied to the running map. */
  apply(changed?: PropertyValues) {
    const {host, parts: {session, ambient}} = this;
    const {map} = host;
    const live = session.live;
    const has = (name: string) => !changed || changed.has(name);
    if (live && changed?.has('lang')) setLanguage(live, ambient.language);
    if (live && has('presenter')) setLabelScale(live, host.presenter);
    if (map && (has('presenter') || has('interactive'))) setInteractive(map, host.interactive, host.presenter);
    if (live && has('projection')) {
      setProjection(live, host.projection);
      session.followProjection();
    }
    if (['theme', 'layers', 'date', 'year', 'chapter'].some(has)) this.colours();
  }

  /** Country tints as of the moment shown: a country that joins the coalition later is not tinted before. */
  colours() {
    const {host, parts: {session, scene, switches}} = this;
    const live = session.live;
    const countries = scene.selection?.response.countries ?? host.routeData?.countries;
    if (live && countries) setColours(live, countries, host.theme, (name) => switches.isHidden(name));
  }
}

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
