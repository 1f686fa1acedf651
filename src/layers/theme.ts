/** Colours of the map, as RGB triples for deck.gl and CSS strings for MapLibre. */
import type {CountryRole, Leg, PortRole} from '../data/schema';

export type RGB = [number, number, number];

export const css = ([r, g, b]: RGB, alpha = 1) => (alpha === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`);

/** Leg colours from the Okabe–Ito palette, distinct under the common colour-vision deficiencies. */
export const LEG_COLORS: Record<Leg, RGB> = {
  source: [230, 159, 0],
  ocean: [213, 94, 0],
  onward: [0, 125, 95],
  synthetic: [204, 80, 150],
  money: [0, 100, 180],
};

export const PORT_COLORS: Record<PortRole, RGB> = {
  departure: [150, 75, 0],
  transit: [150, 110, 0],
  entry: [0, 90, 160],
  destination: [0, 125, 95],
};

/** Organisations and liaison posts: dark, so they read as a different kind of thing from ports. */
export const ORGANISATION_COLOR: RGB = [45, 45, 55];

/** Events of the response, where they happened: the coalition's violet, dark enough to read on its tint. */
export const EVENT_COLOR: RGB = [92, 52, 168];

/** The ring that marks a country where flows start (the Netherlands): the colour of text, so it reads as a place named. */
export const ORIGIN_COLOR: RGB = [29, 29, 31];

/** Country fills: pale tints, so arcs and labels keep their contrast above them. */
export const ROLE_FILLS: Record<CountryRole, RGB> = {
  producer: [246, 205, 150],
  transit: [250, 232, 165],
  // Violet rather than blue: a blue country would read as water next to the sea.
  coalition: [208, 194, 236],
  partner: [200, 230, 205],
  destination: [240, 212, 224],
};

export const BASE = {
  sea: [219, 229, 237] as RGB,
  land: [246, 244, 239] as RGB,
  border: [170, 165, 155] as RGB,
  label: [70, 70, 70] as RGB,
  labelHalo: [255, 255, 255] as RGB,
  portLabel: [25, 25, 25] as RGB,
};

export type Theme = 'light' | 'dark';

/** The basemap and tints for a dark page; the leg colours stay, they read on both. */
export const DARK = {
  base: {sea: [24, 34, 46], land: [54, 58, 64], border: [100, 106, 116], label: [205, 205, 205], labelHalo: [22, 26, 32], portLabel: [238, 238, 238]} as typeof BASE,
  roleFills: {producer: [125, 92, 48], transit: [118, 106, 52], coalition: [88, 76, 128], partner: [52, 98, 72], destination: [112, 70, 92]} as Record<CountryRole, RGB>,
};

export const palette = (theme: Theme) => (theme === 'dark' ? {base: DARK.base, roleFills: DARK.roleFills} : {base: BASE, roleFills: ROLE_FILLS});
