/** The console's look: dark by default for a dim room, light on request; large notes and times, readable at arm's length. */
import {css} from 'lit';

export const consoleStyles = css`
  :host {
    position: fixed !important;
    inset: 0;
    z-index: 2147483647;
    width: auto !important;
    height: auto !important;
  }
  .console {
    --bg: #101317; --panel: #1b2027; --text: #f3f4f6; --muted: #aab2bd; --accent: #ffd24d; --line: #2d3540; --ahead: #7ddc8b; --behind: #ff8a7a;
    position: absolute;
    inset: 0;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: 12px;
    padding: 14px 18px;
    box-sizing: border-box;
    background: var(--bg);
    color: var(--text);
    font: 16px/1.4 var(--route-map-font, system-ui, sans-serif);
  }
  .console.rc-light {
    --bg: #f4f5f7; --panel: #ffffff; --text: #14181d; --muted: #4f5965; --accent: #8a5a00; --line: #d5dae0; --ahead: #1d7a33; --behind: #b3261e;
  }
  .console h1, .console h2, .console p, .console ol { margin: 0; }
  .console .rc-label { color: var(--muted); font-size: 14px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
  .console header { display: grid; grid-template-columns: minmax(0, 1fr) auto auto; align-items: center; gap: 18px; }
  .console h1 { font-size: 18px; font-weight: 600; color: var(--muted); }
  .console .rc-story-title { display: block; color: var(--text); font-size: 20px; }
  .console .rc-audience { display: flex; align-items: center; gap: 8px; font-size: 17px; padding: 6px 12px; border-radius: 999px; background: var(--panel); border: 1px solid var(--line); }
  .console .rc-dot { width: 12px; height: 12px; border-radius: 50%; background: var(--ahead); flex: none; }
  .console .rc-audience.rc-blanked .rc-dot, .console .rc-audience.rc-exporting .rc-dot, .console .rc-audience.rc-loading .rc-dot, .console .rc-audience.rc-waiting .rc-dot { background: var(--accent); }
  .console .rc-audience.rc-lost .rc-dot, .console .rc-audience.rc-closed .rc-dot { background: var(--behind); }
  .console .rc-times { display: flex; gap: 22px; align-items: center; }
  .console .rc-times > div { display: grid; gap: 2px; justify-items: start; }
  .console .rc-elapsed { grid-template-columns: auto auto auto; align-items: center; column-gap: 8px; }
  .console .rc-elapsed .rc-label { grid-column: 1 / -1; }
  .console .rc-big { font-size: 34px; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; }
  .console .rc-pace .rc-big { font-size: 22px; }
  .console .rc-pace.rc-ahead .rc-big { color: var(--ahead); }
  .console .rc-pace.rc-behind .rc-big { color: var(--behind); }
  .console .rc-pace.rc-none .rc-big { color: var(--muted); font-size: 16px; font-weight: 500; }
  .console button {
    font: inherit; font-size: 15px; color: var(--text); background: var(--panel); border: 1px solid var(--line);
    border-radius: 6px; padding: 6px 12px; cursor: pointer; min-height: 36px;
  }
  .console button:hover { border-color: var(--accent); }
  .console button:focus-visible, .console .rc-notes:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .console main { display: grid; grid-template-columns: minmax(0, 0.95fr) minmax(0, 1.35fr) minmax(220px, 0.6fr); gap: 16px; min-height: 0; }
  .console .rc-views { display: grid; grid-template-rows: minmax(0, 1.15fr) minmax(0, 0.85fr); gap: 14px; min-height: 0; }
  .console .rc-now, .console .rc-next { display: grid; grid-template-rows: auto minmax(0, 1fr); gap: 6px; min-height: 0; }
  .console h2 { font-size: 16px; font-weight: 600; }
  .console .rc-chapter-title { display: block; font-size: 28px; line-height: 1.2; margin-top: 2px; }
  .console .rc-next .rc-chapter-title { font-size: 19px; color: var(--muted); }
  .console .rc-picture { width: 100%; height: 100%; min-height: 0; object-fit: contain; object-position: left top; border-radius: 6px; }
  .console .rc-picture.rc-none { background: var(--panel); border: 1px dashed var(--line); }
  .console .rc-next .rc-picture { opacity: 0.85; }
  .console .rc-notes { overflow-y: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 14px 20px; min-height: 0; }
  .console .rc-notes p { font-size: 24px; line-height: 1.45; margin-top: 14px; white-space: pre-line; }
  .console .rc-notes p.rc-none, .console .rc-notes p.rc-other-language { color: var(--muted); font-size: 18px; }
  .console .rc-side { display: grid; grid-template-rows: minmax(0, 1fr) auto; gap: 12px; min-height: 0; }
  .console nav { overflow-y: auto; min-height: 0; }
  .console nav ol { list-style: none; padding: 0; margin-top: 6px; display: grid; gap: 4px; }
  .console nav button { width: 100%; display: grid; grid-template-columns: 1.6em minmax(0, 1fr) auto; gap: 6px; text-align: left; align-items: baseline; }
  .console nav button[aria-current] { border-color: var(--accent); box-shadow: inset 4px 0 0 var(--accent); font-weight: 700; }
  .console nav .rc-n, .console nav .rc-m { color: var(--muted); font-variant-numeric: tabular-nums; }
  .console .rc-tools { display: grid; gap: 8px; font-size: 14px; color: var(--muted); }
  .console footer { color: var(--muted); font-size: 13px; }
`;
