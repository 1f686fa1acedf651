/**
 * Keeps MapLibre's workers between a file's maps: MapLibre stops them when the page's last map is
 * removed, and a test file that mounts a map per test would start them again each time. The
 * start of workers is tested on the built package, in tests/e2e/churn.test.ts.
 */
import {prewarm} from 'maplibre-gl';
import {ensureWorker} from '../../src/maplibre-worker';

ensureWorker();
prewarm();
