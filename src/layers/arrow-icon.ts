/**
 * An arrowhead drawn once on a canvas, for deck.gl's IconLayer (as a mask, so each arrow
 * takes its route's colour). Drawn in code so no image file or request is needed.
 */
const SIZE = 64;

interface IconFrame {x: number; y: number; width: number; height: number; anchorX: number; anchorY: number; mask: boolean}

let cached: {canvas: HTMLCanvasElement; mapping: Record<string, IconFrame>} | undefined;

export function arrowAtlas() {
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.beginPath();
  // Pointing east, tip on the right edge; the anchor is the tip, so the tip sits on the port.
  ctx.moveTo(SIZE - 2, SIZE / 2);
  ctx.lineTo(4, 8);
  ctx.lineTo(18, SIZE / 2);
  ctx.lineTo(4, SIZE - 8);
  ctx.closePath();
  ctx.fill();
  cached = {canvas, mapping: {arrow: {x: 0, y: 0, width: SIZE, height: SIZE, anchorX: SIZE - 2, anchorY: SIZE / 2, mask: true}}};
  return cached;
}
