import {css} from 'lit';

/**
 * Where the parts over the map sit (see layout.ts): docks in flex and grid layout, so that the
 * browser, not arithmetic, keeps them apart. The docks let the pointer through to the map; their
 * parts take it.
 */
export const layoutStyles = css`
  .ui {
    --gap: 8px; --panel-width: 40rem;
    position: absolute; z-index: 2; inset: 12px 12px 28px; display: flex; flex-direction: column; gap: var(--gap);
    pointer-events: none;
  }
  .ui-top { flex: 1 1 0; min-height: 0; display: flex; gap: var(--gap); align-items: stretch; }
  .dock { display: flex; flex-direction: column; gap: var(--gap); min-height: 0; min-width: 0; pointer-events: none; }
  .dock > *, .ui-bottom > :not(.dock), .ui-top > :not(.dock) { pointer-events: auto; }
  .dock-start { flex: 0 1 auto; align-items: flex-start; }
  .dock-end { flex: 0 1 auto; margin-left: auto; align-items: flex-end; }
  /* Without weight, so each part's own width and limits win. */
  :where(.dock > *) { flex: none; max-width: 100%; box-sizing: border-box; }
  /* The parts that can be long give way in height first, and scroll. */
  .dock > :is(.legend, .details, .problems) { flex: 0 1 auto; min-height: 2.5rem; overflow: auto; }
  .slot-title { flex: 1 1 0; align-self: flex-start; min-width: 0; text-align: center; }
  .ui-top > .tables { flex: 1 1 0; min-width: 0; }
  /* Along the bottom: the caption at the left, the story panel in the middle, the buttons at the right. */
  .ui-bottom {
    flex: none; display: grid; align-items: end; gap: var(--gap);
    grid-template-columns: minmax(min-content, 1fr) minmax(0, var(--panel-width)) minmax(min-content, 1fr);
  }
  .dock-caption { grid-column: 1; align-self: end; align-items: flex-start; }
  .ui-bottom > :is(.panel, .details) { grid-column: 2; justify-self: center; }
  .ui-bottom > .toggles { grid-column: 3; justify-self: end; }
  .panel { width: 100%; }
  .panel.closed { width: auto; }
  .timebar { width: min(34rem, 100cqw - 24px); }
  .details { width: min(22rem, 100cqw - 24px); }

  /* Presenter mode: nothing important in the outer 5% of the screen. */
  :host([presenter]) .ui { inset: 5cqh 5cqw; --panel-width: min(62cqw, 70rem); }
  :host([presenter]) .details { width: min(34rem, 30cqw); }

  /* A phone: one column of parts at the top, and the sheet (the story panel, or the details in its place) along the bottom, edge to
     edge, over the basemap's credit line. */
  .ui[data-room=phone] { inset: 12px 12px 24px; }
  .ui[data-room=phone] .ui-top { flex-direction: column; }
  .ui[data-room=phone] .dock-start { flex: 0 1 auto; align-items: stretch; }
  .ui[data-room=phone] .dock-start > :is(.legend, .timebar) { align-self: flex-start; }
  .ui[data-room=phone] .ui-bottom { grid-template-columns: minmax(0, 1fr) auto; }
  .ui[data-room=phone] .ui-bottom > .toggles { grid-column: 2; grid-row: 1; flex-direction: row; }
  .ui[data-room=phone] .dock-caption { grid-column: 1; grid-row: 1; }
  .ui[data-room=phone] .ui-bottom > :is(.panel, .details) { grid-column: 1 / -1; grid-row: 2; justify-self: stretch; }
  .ui[data-room=phone] .ui-bottom > .details {
    width: auto; max-height: 42cqh; margin: 0 -12px; border-radius: 12px 12px 0 0; overflow: auto;
  }
  .ui[data-room=phone] .legend { max-width: 100%; }
  .ui[data-room=phone] .chapter-text { font-size: 0.85rem; }
`;
