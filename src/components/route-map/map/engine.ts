/**
 * What draws the map: MapLibre, deck.gl and the layers built with them, about nine tenths of the
 * element's code. The session imports it when it starts a map, so the element, its interface and
 * its poster are on screen before these have loaded.
 */
export {Map as MapLibreMap} from 'maplibre-gl';
export {MapLibreOverlay} from '@deck.gl/maplibre';
export {ensureWorker} from '../../../maplibre-worker';
export {routeLayers} from '../../../layers/deck-layers';
export {countryBoxes} from '../../../layers/country-boxes';
