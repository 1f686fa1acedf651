import {css} from 'lit';

/** The editor's looks, adopted into the element's shadow root when editing starts. */
export const editorStyles = css`
  :host { --editor-width: min(24rem, 42cqw); }
  :host([editor]:not([presenter])) .ui { left: calc(var(--editor-width) + 12px); }
  .editor {
    position: absolute; z-index: 3; inset: 0 auto 0 0; width: var(--editor-width); box-sizing: border-box; overflow: auto;
    padding: 10px 12px 16px; display: flex; flex-direction: column; gap: 10px;
    background: var(--route-map-panel-bg, rgb(255 255 255 / 0.97)); color: var(--route-map-text, #1a1a1a);
    border-right: 1px solid rgb(0 0 0 / 0.15); font-size: 0.85rem; line-height: 1.35;
  }
  .editor button, .editor .open-file span {
    font: inherit; padding: 4px 8px; border: 1px solid rgb(0 0 0 / 0.3); border-radius: 4px; background: transparent; color: inherit; cursor: pointer;
  }
  .editor button:disabled { opacity: 0.45; cursor: default; }
  .editor :focus-visible { outline: 2px solid #0b62d6; outline-offset: 1px; }
  .editor .primary { background: #0b62d6; border-color: #0b62d6; color: #fff; font-weight: 600; }
  .editor-tools { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
  .editor-tools .capture { flex: 1 0 100%; }
  .editor-tools .close { margin-left: auto; font-size: 1.1rem; line-height: 1; }
  .editor-note { margin: 0; padding: 6px 8px; border-radius: 4px; background: rgb(11 98 214 / 0.1); }
  .editor-note.stale { background: rgb(213 94 0 / 0.15); }
  .editor fieldset { border: 0; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
  .editor legend, .editor h3 { font-weight: 600; font-size: 0.85rem; margin: 0 0 4px; padding: 0; }
  .editor h3 small { font-weight: 400; opacity: 0.75; }
  .editor .field { display: flex; flex-direction: column; gap: 2px; font-size: 0.78rem; }
  .editor .field.empty > span::after { content: ' ●'; color: #d55e00; }
  .editor input[type=text], .editor textarea {
    font: inherit; font-size: 0.85rem; padding: 4px 6px; border: 1px solid rgb(0 0 0 / 0.3); border-radius: 3px; width: 100%; box-sizing: border-box;
    background: rgb(255 255 255 / 0.9); color: #1a1a1a; resize: vertical;
  }
  .editor-chapters { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
  .chapter-item { border: 1px solid rgb(0 0 0 / 0.15); border-radius: 5px; }
  .chapter-item.open { border-color: #0b62d6; box-shadow: inset 3px 0 0 #0b62d6; }
  .chapter-item.invalid { border-color: #d55e00; }
  .chapter-row { display: flex; align-items: center; gap: 4px; padding-right: 6px; }
  .editor .chapter-go { flex: 1; min-width: 0; display: flex; gap: 6px; border: 0; text-align: left; cursor: grab; padding: 6px 8px; }
  .chapter-go .n { opacity: 0.6; font-variant-numeric: tabular-nums; }
  .chapter-go .t { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .missing { font-size: 0.7rem; font-weight: 600; padding: 0 4px; border-radius: 3px; background: rgb(213 94 0 / 0.15); color: #9a4400; }
  .chapter-form { padding: 4px 8px 8px; display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
  .chapter-form > :is(.missing-note, .chapter-actions) { grid-column: 1 / -1; margin: 0; }
  .missing-note, .chapter-problem { color: #9a4400; font-size: 0.78rem; }
  .chapter-problem { margin: 0 8px 6px; }
  .chapter-actions { display: flex; flex-wrap: wrap; gap: 6px; }
  .editor-problems { color: #9a4400; }
  .editor-problems ul { margin: 2px 0 0; padding-left: 1.2rem; }
  .editor-files { display: flex; flex-wrap: wrap; gap: 6px; margin-top: auto; padding-top: 8px; border-top: 1px solid rgb(0 0 0 / 0.15); }
  .editor-files .open-file { position: relative; display: inline-flex; }
  .editor-files .open-file input { position: absolute; inset: 0; opacity: 0; cursor: pointer; width: 100%; }
  .editor-files .open-file:focus-within span { outline: 2px solid #0b62d6; outline-offset: 1px; }
  .editor .confirm { margin: 0; flex-basis: 100%; color: #9a4400; }
  .editor-empty { margin: 0; opacity: 0.8; }
  /* A phone: the editor is a sheet along the bottom, the map above it. */
  @container (max-width: 600px) {
    .editor { inset: auto 0 0 0; width: auto; height: 55cqh; border-right: 0; border-top: 1px solid rgb(0 0 0 / 0.15); }
    :host([editor]:not([presenter])) .ui { left: 12px; bottom: calc(55cqh + 12px); }
  }
  :host([theme=dark]) .editor input[type=text], :host([theme=dark]) .editor textarea { background: #1e2530; color: #eee; }
  :host([theme=dark]) .editor { border-right-color: rgb(255 255 255 / 0.2); }
`;
