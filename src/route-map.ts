/** Entry for a `<script type="module">`: registers `<route-map>`. */
import {defineRouteMap} from './index';

defineRouteMap();

export * from './index';
