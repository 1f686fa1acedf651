import {css, unsafeCSS} from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import {UI_FONT} from '../../fonts';

/** MapLibre's own CSS, inside the shadow root where its elements live. */
export const mapLibreStyles = unsafeCSS(maplibreCss);

export const routeMapStyles = css`
  :host {
    display: block;
    position: relative;
    /* A sensible size when the page gives none; fills whatever box it is given. */
    width: 100%;
    height: 480px;
    min-height: 240px;
    overflow: hidden;
    contain: layout paint;
    font-family: var(--route-map-font, ${unsafeCSS(UI_FONT)});
    color: var(--route-map-text, #1d1d1f);
    background: var(--route-map-sea, rgb(219 229 237));
  }
  :host([hidden]) { display: none; }
  .map { position: absolute; inset: 0; }
  /* MapLibre's controls in our shipped font too, so nothing depends on the fonts a machine has. */
  .map.maplibregl-map { font-family: inherit; }
  .status {
    position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%);
    padding: 0.4em 0.8em; border-radius: 4px; background: rgb(255 255 255 / 0.85); font-size: 0.9rem;
  }
  .tooltip {
    position: absolute; left: 0; top: 0; z-index: 2; pointer-events: none;
    max-width: min(22rem, calc(100% - 24px)); padding: 0.55rem 0.7rem; border-radius: 6px;
    background: var(--route-map-tooltip-bg, rgb(255 255 255 / 0.97)); box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
    font-size: 0.82rem; line-height: 1.35;
  }
  .tooltip p { margin: 0 0 0.25rem; }
  .tooltip p:last-child { margin-bottom: 0; }
  .tooltip .title { font-weight: 700; font-size: 0.95rem; }
  .tooltip .subtitle, .tooltip .as-of, .tooltip .source { color: #555; }
  .tooltip .figure { font-weight: 700; }
  .tooltip .caveat { font-style: italic; color: #7a4a00; }
  .tooltip .as-of, .tooltip .source { font-size: 0.75rem; }
  .problems {
    position: absolute; right: 12px; top: 12px; z-index: 3; max-width: min(34rem, calc(100% - 24px));
    max-height: 40%; overflow: auto; padding: 0.6rem 0.8rem; border-radius: 6px;
    background: #fff4e5; border: 1px solid #c77700; font-size: 0.82rem; box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .problems strong { display: block; margin-bottom: 0.2rem; }
  .problems ul { margin: 0.3rem 0 0.4rem; padding-left: 1.1rem; }
  .problems li { overflow-wrap: anywhere; }
  .problems button { font: inherit; }
  /* Top left: over North America in the default view, where no route runs. */
  .legend {
    position: absolute; left: 12px; top: 12px; z-index: 1; padding: 0.45rem 0.6rem; border-radius: 6px;
    background: rgb(255 255 255 / 0.9); font-size: 0.75rem; line-height: 1.5; pointer-events: none;
  }
  .legend .row { display: flex; align-items: center; gap: 0.45rem; }
  .legend svg { flex: none; }
`;
