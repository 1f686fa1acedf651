/**
 * The offline basemap and the MapLibre layers drawn from our data: sea, land, borders,
 * country roles and labels. No `glyphs`: MapLibre draws label text from the fonts the page
 * registers (see fonts.ts), so no tile, glyph or sprite server is needed.
 */
import type {AllPaintProperties, ExpressionSpecification, LayerSpecification, StyleSpecification} from 'maplibre-gl';
import type {Country} from '../data/schema';
import {BASE, css, palette, type Theme} from './theme';
import type {Lang} from '../i18n/strings';

export const SOURCES = {countries: 'rm-countries', countryLabels: 'rm-country-labels', portLabels: 'rm-port-labels', uiBlockers: 'rm-ui-blockers'} as const;

/** Layer ids; deck.gl layers are drawn just below `firstLabel`. */
export const LAYERS = {
  roleFill: 'rm-role-fill', borders: 'rm-borders', countryLabels: 'rm-country-labels', portLabels: 'rm-port-labels', firstLabel: 'rm-country-labels',
  focusCountryLabels: 'rm-focus-country-labels', priorityLabels: 'rm-priority-labels', selectedLabel: 'rm-selected-label', markerBlockers: 'rm-marker-blockers', uiBlockers: 'rm-ui-blockers',
} as const;

/** Country names: the chapter's own countries above every place name, so they win where they collide; the rest below. */
export const COUNTRY_LABEL_LAYERS = [LAYERS.countryLabels, LAYERS.focusCountryLabels] as const;
/**
 * Place names: what the chapter is about in a layer above the rest. MapLibre places labels layer
 * by layer from the top, and within a layer tile by tile, so only a layer of their own makes them
 * win over any name in another tile.
 */
export const PLACE_LABEL_LAYERS = [LAYERS.portLabels, LAYERS.priorityLabels, LAYERS.selectedLabel] as const;

/**
 * Blockers are invisible icons that labels must not overlap: one on each marker deck.gl draws
 * (MapLibre's label placement knows nothing of deck.gl's circles), and one under each piece of the
 * interface over the map (the story panel, the legend, the details). They are placed whatever they
 * overlap and before the labels, which MapLibre places from the top layer down.
 * BLANK is the image they show: BLANK_SIZE pixels square, fully transparent.
 */
export const BLANK = 'rm-blank';
export const BLANK_SIZE = 8;

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

/**
 * How far (in tile pixels) MapLibre may simplify country shapes at each zoom: more than its
 * default 0.375, as the borders are drawn thin and faint. Each frame draws fewer vertices.
 */
export const COUNTRY_TOLERANCE = 1.5;

const EMPTY: GeoJSON.FeatureCollection = {type: 'FeatureCollection', features: []};

/** The bundled basemap. `countryLabelsUrl` is the prepared label points. */
export function offlineStyle(countryLabelsUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'route-map offline',
    sources: {
      [SOURCES.countries]: {type: 'geojson', data: EMPTY, attribution: 'Natural Earth', tolerance: COUNTRY_TOLERANCE},
      [SOURCES.countryLabels]: {type: 'geojson', data: countryLabelsUrl},
    },
    layers: [
      {id: 'rm-sea', type: 'background', paint: {'background-color': css(BASE.sea)}},
      {id: 'rm-land', type: 'fill', source: SOURCES.countries, paint: {'fill-color': css(BASE.land), 'fill-antialias': false}},
    ],
  };
}

/** Paint properties that change with the theme, as [layer, property, value]. */
export function themePaint(theme: Theme): [string, keyof AllPaintProperties, string][] {
  const base = palette(theme).base;
  return [
    ['rm-sea', 'background-color', css(base.sea)],
    ['rm-land', 'fill-color', css(base.land)],
    [LAYERS.borders, 'line-color', css(base.border)],
    ...COUNTRY_LABEL_LAYERS.flatMap((id): [string, keyof AllPaintProperties, string][] => [
      [id, 'text-color', css(base.label, 0.75)], [id, 'text-halo-color', css(base.labelHalo, 0.8)]]),
    ...PLACE_LABEL_LAYERS.flatMap((id): [string, keyof AllPaintProperties, string][] => [
      [id, 'text-color', css(base.portLabel)], [id, 'text-halo-color', css(base.labelHalo)]]),
  ];
}

/** Country tint strength: lighter close up, and fainter for countries a chapter does not single out. */
export function roleFillOpacity(focus: string[] | null): ExpressionSpecification {
  const level = (full: number, faint: number): ExpressionSpecification | number =>
    focus ? ['case', ['in', ['get', 'iso3'], ['literal', focus]], full, faint] as ExpressionSpecification : full;
  return ['interpolate', ['linear'], ['zoom'], 4, level(1, 0.3), 7, level(0.55, 0.15)] as ExpressionSpecification;
}

/** Which place labels show: those drawn (all when `ids` is absent) but the `priority` ones, once the map is zoomed in far enough for each. */
export function placeLabelFilter(ids?: string[], priority: string[] = []): ExpressionSpecification {
  const shown: ExpressionSpecification = ['all', ['>=', ['zoom'], ['get', 'minzoom']], ['!', ['in', ['get', 'id'], ['literal', priority]]]];
  return ids ? ['all', ['in', ['get', 'id'], ['literal', ids]], shown] : shown;
}

/** The `priority` places (what the chapter is about) that are drawn (all when `ids` is absent), at every zoom. */
export function priorityLabelFilter(ids: string[] | undefined, priority: string[]): ExpressionSpecification {
  const shown = ids ? priority.filter((id) => ids.includes(id)) : priority;
  return ['in', ['get', 'id'], ['literal', shown]];
}

/** Country names by size, the bigger first as the map zooms in, but for the `focus` countries (ISO codes), named above the places. */
export function countryLabelFilter(focus: string[] | null = null): ExpressionSpecification {
  const bySize: ExpressionSpecification = ['<', ['get', 'rank'], ['step', ['zoom'], 25, 2, 60, 3, 120, 4, 400]];
  return ['all', bySize, ['!', ['in', ['get', 'iso3'], ['literal', focus ?? []]]]];
}

/** The chapter's own countries, named at every zoom. */
export const focusCountryFilter = (focus: string[] | null = null): ExpressionSpecification => ['in', ['get', 'iso3'], ['literal', focus ?? []]];

/** Label text sizes by zoom; `scale` enlarges them, e.g. 1.6 for a projector. */
export function labelSizes(scale = 1): {country: ExpressionSpecification; place: ExpressionSpecification} {
  return {
    country: ['interpolate', ['linear'], ['zoom'], 1, 10 * scale, 6, 15 * scale],
    place: ['interpolate', ['linear'], ['zoom'], 1, 11 * scale, 6, 15 * scale],
  };
}

/** A label's text: the feature's name in `lang`, else in English. */
export const labelName = (lang: Lang): ExpressionSpecification => ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];

/** A fill colour per country from its first role; countries without a role stay transparent. */
export function roleFillColor(countries: Country[], theme: Theme = 'light'): ExpressionSpecification | string {
  const fills = palette(theme).roleFills;
  const pairs = countries.flatMap((c) => [c.iso3, css(fills[c.roles[0]])]);
  return pairs.length ? ['match', ['get', 'iso3'], ...pairs, 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification : 'rgba(0,0,0,0)';
}

/** Which countries the role fill draws: those with a role shown. */
export const roleFillFilter = (countries: Country[]): ExpressionSpecification => ['in', ['get', 'iso3'], ['literal', countries.map((c) => c.iso3)]];

/**
 * Layers drawn from our data on any basemap, ours or a user's style.
 * `font` is the text font to use: ours offline, or one the user's glyph server knows.
 */
export function overlayLayers(countries: Country[], lang: Lang, font: string): LayerSpecification[] {
  const name = labelName(lang);
  return [
    {id: LAYERS.roleFill, type: 'fill', source: SOURCES.countries,
      // Lighter close up, where a whole screen of tint would drown the arcs.
      // No anti-aliased outline: the borders above draw the edges, and the outline pass would
      // cost a shader program and a draw of every role country each frame.
      paint: {'fill-color': roleFillColor(countries), 'fill-opacity': roleFillOpacity(null), 'fill-antialias': false}},
    {id: LAYERS.borders, type: 'line', source: SOURCES.countries,
      paint: {'line-color': css(BASE.border), 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2]}},
    countryLabels(LAYERS.countryLabels, countryLabelFilter(), name, font),
    placeLabels(LAYERS.portLabels, placeLabelFilter(), name, font),
    placeLabels(LAYERS.priorityLabels, priorityLabelFilter(undefined, []), name, font),
    {id: LAYERS.markerBlockers, type: 'symbol', source: SOURCES.portLabels, filter: ['==', ['get', 'id'], ''],
      layout: {'icon-image': BLANK, 'icon-size': 1, 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': 0},
      paint: {'icon-opacity': 0}},
    // Above the marker blockers: the chapter's countries and the selected place are always named,
    // clear of the interface and of each other, over a neighbour's circle if they must.
    placeLabels(LAYERS.selectedLabel, priorityLabelFilter(undefined, []), name, font),
    countryLabels(LAYERS.focusCountryLabels, focusCountryFilter(), name, font),
    {id: LAYERS.uiBlockers, type: 'symbol', source: SOURCES.uiBlockers,
      layout: {
        'icon-image': ['get', 'image'], 'icon-anchor': ['get', 'anchor'], 'icon-size': BLANK_SIZE, 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': 0,
        'icon-rotation-alignment': 'viewport', 'icon-pitch-alignment': 'viewport',
      },
      paint: {'icon-opacity': 0}},
  ];
}

function placeLabels(id: string, filter: ExpressionSpecification, name: ExpressionSpecification, font: string): LayerSpecification {
  return {id, type: 'symbol', source: SOURCES.portLabels, filter,
    layout: {
      // Narrower than MapLibre's 10 ems: a long name folds into two lines, which find room where markers crowd.
      'text-field': name, 'text-font': [font], 'text-size': labelSizes().place, 'text-max-width': 7,
      // Beside the marker first, then above or below, then at a corner, where markers crowd.
      'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'bottom-right', 'bottom-left', 'top-right', 'top-left'], 'text-radial-offset': ['get', 'offset'], 'text-justify': 'auto',
      'symbol-sort-key': ['get', 'order'],
    },
    paint: {'text-color': css(BASE.portLabel), 'text-halo-color': css(BASE.labelHalo), 'text-halo-width': 1.6}};
}

function countryLabels(id: string, filter: ExpressionSpecification, name: ExpressionSpecification, font: string): LayerSpecification {
  // A chapter's own country must be named: where a marker or a place name takes its centre, beside it.
  const moves = id === LAYERS.focusCountryLabels ? {'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'] as ('center' | 'top' | 'bottom' | 'left' | 'right')[], 'text-radial-offset': 0.6} : {};
  return {id, type: 'symbol', source: SOURCES.countryLabels, filter,
    layout: {
      ...moves,
      'text-field': name, 'text-font': [font], 'symbol-sort-key': ['get', 'rank'],
      'text-size': labelSizes().country, 'text-max-width': 7,
      'text-transform': 'uppercase', 'text-letter-spacing': 0.06,
    },
    paint: {'text-color': css(BASE.label, 0.75), 'text-halo-color': css(BASE.labelHalo, 0.8), 'text-halo-width': 1.2}};
}

/** Marker blockers: the markers drawn, `radius` pixels each, from any zoom. */
export function markerBlockers(radius: Map<string, number>): {filter: ExpressionSpecification; size: ExpressionSpecification | number} {
  const ids = [...radius.keys()];
  const filter: ExpressionSpecification = ['in', ['get', 'id'], ['literal', ids]];
  if (!ids.length) return {filter, size: 1};
  const pairs = [...radius].flatMap(([id, r]) => [id, Math.round((2 * r / BLANK_SIZE) * 100) / 100]);
  return {filter, size: ['match', ['get', 'id'], ...pairs, 1] as unknown as ExpressionSpecification};
}
