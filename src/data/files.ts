import type {LayerName} from './schema';

/** The bundled files in geo/ that make up each layer; see geo/README.md. */
export const GEO_FILES: Record<LayerName, string[]> = {
  routes: ['routes.geojson', 'onward.geojson', 'synthetics.geojson', 'money.geojson'],
  ports: ['ports.geojson'],
  countries: ['countries.geojson'],
  organisations: ['organisations.geojson'],
  events: ['timeline.geojson'],
};
