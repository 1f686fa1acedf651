/**
 * The label points of ports and organisations, and the font they are set in. Pure, so Node
 * tests cover which places are labelled and from which zoom.
 */
import type {StyleSpecification} from 'maplibre-gl';
import {OUTBOUND_LEGS, type Country, type LngLat, type Organisation, type Port, type Route, type RouteData} from '../data/schema';
import {originCountries} from '../data/select';
import {FONT_BOLD, FONT_REGULAR} from './basemap-style';
import {ORGANISATION_RADIUS, ORIGIN_RADIUS, portRadius} from './route-layers';

/** How many places are labelled at every zoom. */
export const LABEL_BUDGET = 500;

/** A port this close (degrees) to a clearly bigger one is labelled only from zoom 4, e.g. Schiphol beside Rotterdam. */
const CROWDED_DEGREES = 1.5;
const CLEARLY_BIGGER = 1 / 0.75;
/** An organisation this close (degrees) to a port is where the port's circle is, at a continent's scale. */
const SAME_PLACE_DEGREES = 0.25;
/** The radius, in pixels, that such an organisation's name keeps clear of: a large port's circle. */
const PORT_CLEARANCE = 12;

/** Whether the data has more places than are labelled at once, so the labels follow the camera. */
export const overLabelBudget = (data: RouteData) => data.ports.length + data.organisations.length > LABEL_BUDGET;

/** Label points for ports, organisations and countries where flows start; more important places first, so they win label collisions. */
export function placeLabelFeatures(ports: Port[], organisations: Organisation[], origins: Country[] = []) {
  const order = {entry: 0, departure: 1, transit: 2, destination: 3};
  // Pairwise, so only for a hand-made number of ports; large user data keeps plain collision.
  const crowded = (p: Port) => ports.length <= LABEL_BUDGET && ports.some((q) => q !== p && portRadius(q) > portRadius(p) * CLEARLY_BIGGER
    && Math.hypot(q.position[0] - p.position[0], q.position[1] - p.position[1]) < CROWDED_DEGREES);
  const inPort = (o: Organisation) => ports.length <= LABEL_BUDGET && ports.some((p) => Math.hypot(p.position[0] - o.position[0], p.position[1] - o.position[1]) < SAME_PLACE_DEGREES);
  const label = (f: Port | Organisation | Country, rank: number, radius: number, minzoom: number) => ({
    type: 'Feature' as const,
    geometry: {type: 'Point' as const, coordinates: f.position!},
    // offset: clear of the marker, its radius in ems of the label size plus a gap.
    properties: {id: f.id, name_en: f.name.en, name_nl: f.name.nl, order: rank, offset: radius / 13 + 0.5, minzoom},
  });
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...origins.map((c) => label(c, -100, ORIGIN_RADIUS, 0)),
      ...ports.map((p) => label(p, order[p.role] * 100 + (p.kind === 'region' ? 50 : 0), portRadius(p), crowded(p) ? 4 : 0)),
      // Organisations are named wherever there is room: last, so where they cluster (The Hague, Lisbon) the ports' names win.
      // One inside a port's circle at a small scale (the European Ports Alliance in Antwerp) is named clear of that circle.
      ...organisations.map((o) => label(o, 500, inPort(o) ? PORT_CLEARANCE : ORGANISATION_RADIUS, 0)),
    ],
  };
}

/**
 * The places to label. Beyond LABEL_BUDGET, only the largest that `inView` holds: laying out
 * 100,000 labels would hold the map up for seconds, and no one could read them.
 */
export function placeLabels(data: RouteData, inView: (p: LngLat) => boolean) {
  const {ports, organisations} = data;
  const origins = originCountries(data);
  if (!overLabelBudget(data)) return placeLabelFeatures(ports, organisations, origins);
  const visible = <T extends {position: LngLat}>(list: T[]) => list.filter((f) => inView(f.position));
  const largest = visible(ports).sort((a, b) => portRadius(b) - portRadius(a)).slice(0, LABEL_BUDGET - origins.length);
  return placeLabelFeatures(largest, visible(organisations).slice(0, LABEL_BUDGET - origins.length - largest.length), origins);
}

/**
 * What a view is about, labelled at every zoom and before the rest: the places it highlights, and
 * where the outbound flows it draws start: Rotterdam for the cocaine that moves on, the
 * Netherlands for its synthetic drugs and money.
 */
export function labelPriority(highlight: Iterable<string>, routes: Route[]): string[] {
  return [...new Set([...highlight, ...routes.filter((r) => OUTBOUND_LEGS.has(r.leg)).map((r) => r.from)])];
}

/** Our offline font, unless a user's style has a glyph server: then a font that server knows. */
export function labelFont(style: StyleSpecification): string {
  if (!style.glyphs) return FONT_BOLD;
  for (const layer of style.layers) {
    const font = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    if (Array.isArray(font) && typeof font[0] === 'string') return font[0];
  }
  return FONT_REGULAR;
}
