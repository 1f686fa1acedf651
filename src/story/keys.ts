/**
 * Keys a presenter uses. PageDown and PageUp are what presentation clickers send, so they move
 * between chapters whenever the map has focus; the rest only in presenter mode, where the
 * arrows no longer pan the map.
 */
export type KeyAction =
  | {type: 'step'; by: 1 | -1}
  | {type: 'go'; to: 'first' | 'last' | number}
  | {type: 'blank' | 'fullscreen' | 'exit' | 'console'}
  | {type: 'export'; format: ExportFormat};

/** What a presenter can export with one key: E the view as PNG, S the slides, H the handout, V the video. */
export type ExportFormat = 'png' | 'pptx' | 'pdf' | 'video';

export function keyAction(key: string, presenter: boolean): KeyAction | undefined {
  if (key === 'PageDown') return {type: 'step', by: 1};
  if (key === 'PageUp') return {type: 'step', by: -1};
  if (!presenter) return undefined;
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': case ' ': return {type: 'step', by: 1};
    case 'ArrowLeft': case 'ArrowUp': case 'Backspace': return {type: 'step', by: -1};
    case 'Home': return {type: 'go', to: 'first'};
    case 'End': return {type: 'go', to: 'last'};
    // Clickers blank the screen with "." or B; both toggle.
    case 'b': case 'B': case '.': return {type: 'blank'};
    case 'f': case 'F': return {type: 'fullscreen'};
    case 'e': case 'E': return {type: 'export', format: 'png'};
    case 's': case 'S': return {type: 'export', format: 'pptx'};
    case 'h': case 'H': return {type: 'export', format: 'pdf'};
    case 'v': case 'V': return {type: 'export', format: 'video'};
    case 'n': case 'N': return {type: 'console'};
    case 'Escape': return {type: 'exit'};
  }
  if (/^[1-9]$/.test(key)) return {type: 'go', to: Number(key) - 1};
  return undefined;
}
