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
    container-type: size;
    font-family: var(--route-map-font, ${unsafeCSS(UI_FONT)});
    color: var(--route-map-text, #1d1d1f);
    background: var(--route-map-sea, rgb(219 229 237));
  }
  :host([hidden]) { display: none; }
  /* Dark theme: the panels follow through these properties, which a page may also set itself. */
  :host([theme=dark]) {
    --route-map-text: #e8e8e8; --route-map-sea: rgb(24 34 46); --route-map-panel-bg: rgb(30 35 42 / 0.96);
    --route-map-tooltip-bg: rgb(30 35 42 / 0.97); color-scheme: dark;
  }
  :host([theme=dark]) .legend, :host([theme=dark]) .timebar, :host([theme=dark]) .status { background: rgb(30 35 42 / 0.92); }
  :host([theme=dark]) .time-events button { background: #2b3138; color: #eee; }
  :host([theme=dark]) .time-events button.chosen { background: rgb(150 120 220); color: #111; }
  :host([theme=dark]) .tables { background: rgb(30 35 42 / 0.98); }
  :host([theme=dark]) :is(.subtitle, .as-of, .source, .note, .count, .encoding, .time-years) { color: #b8b8b8; }
  :host([theme=dark]) .caveat { color: #f0b860; }
  :host([theme=dark]) :is(.export, .leave, .console-open, .downloads summary, .export-cancel, .table-toggle, .projection-toggle, .controls .prev, .controls .next) { background: #2b3138; color: #eee; border-color: #777; }
  :host([theme=dark]) .tables tbody th button, :host([theme=dark]) :is(.details, .tables, .event-card) a { color: #8ab8ff; }
  :host([theme=dark]) .not-online { color: #b8b8b8; }
  :host([theme=dark]) .tables tr.selected { background: #4a3f10; }
  /* Space around the globe, so its edge reads. */
  :host([projection=globe]) { background: var(--route-map-space, rgb(28 38 52)); }
  .map { position: absolute; inset: 0; }
  /* MapLibre's controls in our shipped font too, so nothing depends on the fonts a machine has. */
  .map.maplibregl-map { font-family: inherit; }
  .status {
    position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%);
    padding: 0.4em 0.8em; border-radius: 4px; background: rgb(255 255 255 / 0.85); font-size: 0.9rem;
  }
  /* Over the poster: at the top edge, where the opening views keep sea, not over the story's places. */
  .status.over-poster { top: 0.75rem; transform: translateX(-50%); font-size: 0.8rem; }
  .sampled {
    max-width: 22rem; margin: 0;
    padding: 0.35em 0.6em; border-radius: 4px; background: var(--route-map-panel-bg, rgb(255 255 255 / 0.92)); font-size: 0.8rem;
  }
  :host([theme=dark]) .sampled { background: rgb(30 34 40 / 0.92); color: #e8e8e8; }
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
    max-width: min(34rem, 100cqw - 24px); padding: 0.6rem 0.8rem; border-radius: 6px;
    background: #fff4e5; border: 1px solid #c77700; font-size: 0.82rem; box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .problems strong { display: block; margin-bottom: 0.2rem; }
  .problems .skipped { display: block; font-weight: 600; }
  .problems ul { margin: 0.3rem 0 0.4rem; padding-left: 1.1rem; }
  .problems li { overflow-wrap: anywhere; }
  .problems button { font: inherit; }
  /* Top left: over North America in the default view, where no route runs. */
  .legend {
    padding: 0.45rem 0.6rem; border-radius: 6px;
    background: rgb(255 255 255 / 0.92); color: var(--route-map-text, #1d1d1f); font-size: 0.75rem; line-height: 1.5;
  }
  .legend summary { cursor: pointer; font-weight: 700; }
  .legend[open] summary { margin-bottom: 0.2rem; }
  .legend .row { display: flex; align-items: center; gap: 0.35rem; }
  .legend label.row { cursor: pointer; }
  .legend input[type=checkbox] { margin: 0; }
  .legend .note { padding-left: 1.2rem; }
  .legend svg { flex: none; }
  .legend .encoding { margin: 0.25rem 0 0; max-width: 19rem; color: #555; }

  /* The time bar, top right: the moment and the coalition as of then on one line; open, the slider, the events and their card. */
  .timebar {
    box-sizing: border-box; padding: 0.45rem 0.7rem; border-radius: 6px; background: rgb(255 255 255 / 0.92); font-size: 0.75rem; line-height: 1.4;
  }
  .timebar summary { cursor: pointer; font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .timebar:not([open]) { width: auto; }
  .time-now { font-variant-numeric: tabular-nums; }
  .time-now:not(:last-child)::after { content: ' ·'; }
  .time-now + .time-state { font-weight: 400; }
  .time-axis { position: relative; margin-top: 0.35rem; padding-top: 11px; }
  /* The range's thumb travels 8 px in from each end. */
  .time-ticks { position: absolute; left: 8px; top: 0; width: calc(100% - 16px); height: 10px; }
  .tick { fill: #aaa; }
  .tick.done { fill: rgb(92 52 168); }
  .tick.chosen { fill: currentColor; }
  .time-axis input { display: block; width: 100%; margin: 0; }
  .time-years { display: flex; justify-content: space-between; color: #555; }
  .time-buttons { display: flex; gap: 0.4rem; }
  .time-buttons button { font: inherit; padding: 0 0.5rem; cursor: pointer; }
  .time-events { display: flex; gap: 0.3rem; overflow-x: auto; margin: 0.35rem 0 0; padding: 0 0 0.25rem; list-style: none; }
  .time-events button {
    font: inherit; white-space: nowrap; max-width: 15rem; overflow: hidden; text-overflow: ellipsis; cursor: pointer;
    border: 1px solid #aaa; border-radius: 4px; background: #fff; color: inherit; padding: 0.1rem 0.4rem;
  }
  .time-events button.done { border-color: rgb(92 52 168); }
  .time-events button.chosen { background: rgb(92 52 168); border-color: rgb(92 52 168); color: #fff; }
  .time-events .event-date { font-variant-numeric: tabular-nums; font-weight: 700; }
  /* The card opens in the bar, which grows: the details under it move down, and nothing covers them. */
  .event-card { margin-top: 0.35rem; padding: 0.3rem 0 0 0.6rem; border-left: 3px solid rgb(92 52 168); }
  .event-card p { margin: 0 0 0.15rem; }
  .event-card .event-title { font-weight: 700; }
  .event-card .source, .event-card .note { color: #555; }
  .time-lines { margin: 0.3rem 0 0; padding-left: 1rem; }
  .key .key-time { margin: 0 0 0.3em; font-weight: 700; }
  .key .key-time + .key-time { font-weight: 400; }

  .panel {
    box-sizing: border-box; padding: 0.8rem 1rem 0.6rem;
    border-radius: 8px; background: var(--route-map-panel-bg, rgb(255 255 255 / 0.95)); box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
  }
  .panel { position: relative; }
  .panel.closed { padding: 0.35rem; }
  /* The story editor's way in: a pencil in the panel's corner, beside the title. */
  .panel .edit { position: absolute; top: 0.5rem; right: 0.5rem; border: 1px solid transparent; border-radius: 4px; background: transparent; color: inherit; padding: 0.1em 0.4em; opacity: 0.7; }
  .panel .edit:hover, .panel .edit:focus-visible { opacity: 1; border-color: #888; }
  .panel:has(.edit) .chapter-title { padding-right: 1.8rem; }
  /* Not offered before the map is drawn, but in its place, so the first view is framed beside it (a class: a strict CSP forbids style attributes). */
  .panel.waiting { visibility: hidden; }
  .panel button { font: inherit; cursor: pointer; }
  .start { border: 0; background: transparent; padding: 0.3rem 0.6rem; font-weight: 700; }
  .chapter-title { margin: 0 0 0.3rem; font-size: 1.15rem; line-height: 1.25; }
  .chapter-text { margin: 0 0 0.5rem; font-size: 0.95rem; line-height: 1.4; }
  .controls { display: flex; align-items: center; gap: 0.5em; flex-wrap: wrap; font-size: 0.95rem; }
  .controls .prev, .controls .next {
    width: 2.2em; height: 2.2em; border-radius: 50%; border: 1px solid #888; background: #fff; font-size: 1em; line-height: 1;
  }
  .controls button:disabled { opacity: 0.35; cursor: default; }
  .progress { display: flex; gap: 0.3rem; margin: 0; padding: 0; list-style: none; }
  .progress button { width: 0.7em; height: 0.7em; padding: 0; border-radius: 50%; border: 1px solid #555; background: #fff; }
  .progress .done button { background: #999; }
  .progress .current button { background: #111; border-color: #111; }
  .count { font-size: 0.8em; color: #555; font-variant-numeric: tabular-nums; }
  .spacer { flex: 1; }
  /* The story in the formats a briefing room uses: a list that opens above its button. */
  .downloads { position: relative; }
  .downloads summary { list-style: none; border: 1px solid #888; border-radius: 4px; background: #fff; padding: 0.2em 0.5em; cursor: pointer; }
  .downloads summary::-webkit-details-marker { display: none; }
  .downloads summary::after { content: ' ▴'; }
  .downloads[open] summary::after { content: ' ▾'; }
  .download-menu {
    position: absolute; z-index: 3; right: 0; bottom: calc(100% + 6px); display: flex; flex-direction: column; align-items: stretch; gap: 0.3em;
    padding: 0.4em; border-radius: 6px; background: var(--route-map-panel-bg, #fff); box-shadow: 0 2px 10px rgb(0 0 0 / 0.25); white-space: nowrap;
  }
  .download-menu .export { text-align: left; }
  .export, .leave, .console-open { border: 1px solid #888; border-radius: 4px; background: #fff; padding: 0.2em 0.5em; font-size: 0.8em; }
  :focus-visible { outline: 3px solid #0a58ca; outline-offset: 2px; }
  .blank { position: absolute; inset: 0; z-index: 10; background: #000; }
  /* While an export runs: how far it is, top centre, over everything but the blank screen. */
  .export-progress {
    position: absolute; left: 50%; top: 12px; transform: translateX(-50%); z-index: 9; display: flex; align-items: center; gap: 0.6em;
    padding: 0.4em 0.8em; border-radius: 6px; background: var(--route-map-panel-bg, rgb(255 255 255 / 0.96)); box-shadow: 0 2px 10px rgb(0 0 0 / 0.25);
    font-size: max(0.8rem, 1.8cqh); font-variant-numeric: tabular-nums;
  }
  .export-progress > [role=progressbar] { display: flex; align-items: center; gap: 0.6em; }
  .export-progress progress { width: 10em; }
  .export-cancel { font: inherit; font-size: 0.9em; border: 1px solid #888; border-radius: 4px; background: #fff; padding: 0.15em 0.5em; cursor: pointer; }
  /* The keyboard navigator: its options are read by screen readers; sighted keyboard users see
     the active one here and on the map (tooltip and highlighted flows). */
  .navigator { position: absolute; left: 12px; bottom: 12px; z-index: 2; max-width: calc(100% - 24px); }
  .navigator [role=option] { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .navigator-hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .navigator:focus-visible .navigator-hint {
    position: static; width: auto; height: auto; clip-path: none; display: block; padding: 0.3rem 0.6rem; border-radius: 4px;
    background: #fff; box-shadow: 0 1px 6px rgb(0 0 0 / 0.3); font-size: 0.8rem; white-space: normal;
  }
  /* The globe over the table, bottom right. */
  .toggles { display: flex; flex-direction: column; align-items: flex-end; gap: 6px; }
  .table-toggle, .projection-toggle {
    font: inherit; font-size: 0.8rem; padding: 0.25rem 0.7rem; border: 1px solid #888; border-radius: 4px; background: #fff; cursor: pointer;
  }
  .projection-toggle[aria-pressed=true] { background: #222; color: #fff; }
  .tables {
    overflow: auto; padding: 0.6rem 0.9rem; border-radius: 8px;
    background: rgb(255 255 255 / 0.98); box-shadow: 0 2px 12px rgb(0 0 0 / 0.25); font-size: 0.8rem;
  }
  .tables h2 { margin: 0 0 0.4rem; font-size: 1rem; }
  /* Without WebGL: the picture, then the tables, scrolling inside the element. */
  /* The poster: over the map until the live map has drawn, under the interface; placed by poster.ts. */
  .poster { position: absolute; left: 0; top: 0; max-width: none; transform-origin: 0 0; pointer-events: none; user-select: none; }
  .poster.fading { opacity: 0; transition: opacity 300ms ease-out; }
  .fallback { position: absolute; inset: 0; overflow: auto; background: var(--route-map-panel-bg, #fff); }
  .fallback img { display: block; width: 100%; height: auto; }
  .fallback-note { margin: 0; padding: 0.5rem 0.8rem; background: #fff4e5; border-bottom: 1px solid #c77700; font-size: 0.85rem; }
  .fallback .tables { position: static; box-shadow: none; border-radius: 0; }
  .tables table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
  .tables caption { text-align: left; font-weight: 700; padding: 0.3rem 0; }
  .tables th, .tables td { text-align: left; padding: 0.2rem 0.4rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  .tables thead th button { font: inherit; font-weight: 700; border: 0; background: none; cursor: pointer; padding: 0; }
  .tables thead th[aria-sort=ascending] button::after { content: ' ▲'; }
  .tables thead th[aria-sort=descending] button::after { content: ' ▼'; }
  .tables tbody th button { font: inherit; border: 0; background: none; cursor: pointer; padding: 0; color: #0a58ca; text-align: left; }
  .tables tr.selected { background: #fff3c4; }
  /* Slots: the page's own title, caption and footer over the map; empty slots take no room. */
  .slot-footer { position: absolute; z-index: 1; left: 0; right: 0; bottom: 0; text-align: center; }
  ::slotted(*) { margin: 0; padding: 0.2rem 0.6rem; border-radius: 4px; background: var(--route-map-panel-bg, rgb(255 255 255 / 0.92)); }
  ::slotted([slot=title]) { font-size: 1.1rem; font-weight: 700; }
  ::slotted([slot=caption]), ::slotted([slot=footer]) { font-size: 0.75rem; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .details {
    box-sizing: border-box; overflow: auto; padding: 0.7rem 0.9rem; border-radius: 8px;
    background: var(--route-map-panel-bg, rgb(255 255 255 / 0.97)); box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
    font-size: 0.85rem; line-height: 1.4;
  }
  .details-head { display: flex; align-items: start; gap: 0.5rem; }
  .details-title { flex: 1; margin: 0; font-size: 1.1rem; }
  .details .close { border: 0; background: transparent; font: inherit; font-size: 1.4rem; line-height: 1; cursor: pointer; padding: 0 0.2rem; }
  .details p { margin: 0.3rem 0; }
  .details h3 { margin: 0.6rem 0 0.2rem; font-size: 0.85rem; }
  .details .subtitle, .details .as-of, .details .note { color: #555; }
  .details .caveat { font-style: italic; color: #7a4a00; }
  .details ul, .details ol { margin: 0.2rem 0; padding-left: 1.1rem; }
  .details .chart { display: block; max-width: 100%; height: auto; margin: 0.3rem 0; }
  :is(.details, .tables, .event-card) a { color: #0a58ca; }
  /* A source with no address: said in words, in the muted colour of notes. */
  .not-online { color: #555; font-style: italic; }

  /* Presenter mode: readable across a room (chapter text 28 px and more on 1080 lines), and
     nothing important in the outer 5% of the screen. Sizes follow the element's own box (cqh),
     so an embedded map scales like a full-screen one. */
  :host([presenter]) .panel { padding: 1.4cqh 1.6cqw 1.2cqh; }
  :host([presenter]) .chapter-title { font-size: max(1.4rem, 4cqh); }
  :host([presenter]) .chapter-text { font-size: max(1.1rem, 2.7cqh); }
  :host([presenter]) .controls { font-size: max(1rem, 2.4cqh); }
  /* The presenter's key: what the chapter draws, docked by the stage in the corner that leaves its places free. */
  .key {
    position: absolute; z-index: 1; box-sizing: border-box; max-width: min(34rem, 38%); padding: 0.5em 0.8em; border-radius: 6px;
    background: var(--route-map-panel-bg, rgb(255 255 255 / 0.92)); font-size: max(0.8rem, 2.1cqh); line-height: 1.3;
  }
  .key ul { margin: 0; padding: 0; list-style: none; }
  .key .row { display: flex; align-items: center; gap: 0.4em; margin: 0.1em 0; }
  .key svg { flex: none; width: 2.4em; height: 1em; }
  .key .encoding { margin: 0.3em 0 0; font-size: 0.78em; color: #555; }
  :host([theme=dark]) .key .encoding { color: #b8b8b8; }
  .key[data-corner=top-left] { left: 5cqw; top: 5cqh; }
  .key[data-corner=top-right] { right: 5cqw; top: 5cqh; }
  .key[data-corner=bottom-left] { left: 5cqw; bottom: 5cqh; }
  .key[data-corner=bottom-right] { right: 5cqw; bottom: 5cqh; }
  :host([presenter]) .tooltip { font-size: max(0.82rem, 1.9cqh); }
  :host([presenter]) .details { font-size: max(0.85rem, 2cqh); }
`;
