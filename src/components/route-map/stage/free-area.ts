/**
 * The free part of the map's box: the largest rectangle that none of the interface covers (the
 * legend, the story panel, the details, the buttons), for the camera to fit a chapter or a
 * selection into. Pure, so Node tests cover it.
 */

/** A rectangle in pixels of the element's box. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const boxWidth = (b: Box) => b.right - b.left;
export const boxHeight = (b: Box) => b.bottom - b.top;

const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Whether point (x, y) lies inside the box. */
export const contains = (b: Box, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

export interface FreeAreaOptions {
  /** Kept clear along each edge of the box, in pixels (a projector's outer 5%). */
  edge?: number;
  /** Width over height of what is to be fitted; the rectangle that shows it largest wins. Area decides without it. */
  aspect?: number;
}

/**
 * The largest rectangle of a `width` × `height` box that overlaps none of `covered`. Each side of
 * the answer lies on the box's edge or on a side of a covering box, so trying those (at most
 * (n + 1)⁴ for n boxes, a few thousand) finds it exactly. With `aspect`, "largest" means the one
 * in which something of that shape is drawn largest. When the interface leaves no room, the whole box.
 */
export function freeArea(width: number, height: number, covered: Box[], {edge = 0, aspect}: FreeAreaOptions = {}): Box {
  const frame: Box = {left: edge, top: edge, right: width - edge, bottom: height - edge};
  const boxes = covered.filter((b) => boxWidth(b) > 0 && boxHeight(b) > 0 && overlaps(b, frame));
  const within = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
  const lefts = [frame.left, ...boxes.map((b) => b.right).filter((v) => within(v, frame.left, frame.right))];
  const rights = [frame.right, ...boxes.map((b) => b.left).filter((v) => within(v, frame.left, frame.right))];
  const tops = [frame.top, ...boxes.map((b) => b.bottom).filter((v) => within(v, frame.top, frame.bottom))];
  const bottoms = [frame.bottom, ...boxes.map((b) => b.top).filter((v) => within(v, frame.top, frame.bottom))];
  const score = (b: Box) => (aspect ? Math.min(boxWidth(b), boxHeight(b) * aspect) : boxWidth(b) * boxHeight(b));
  let best: Box | undefined;
  let bestScore = 0;
  for (const left of lefts) for (const right of rights) {
    if (right <= left) continue;
    for (const top of tops) for (const bottom of bottoms) {
      if (bottom <= top) continue;
      const b = {left, top, right, bottom};
      const s = score(b);
      // Ties go to the larger area: more room for labels around what is fitted.
      if (s < bestScore || (s === bestScore && best && boxWidth(b) * boxHeight(b) <= boxWidth(best) * boxHeight(best))) continue;
      if (boxes.some((c) => overlaps(b, c))) continue;
      best = b;
      bestScore = s;
    }
  }
  return best ?? frame;
}

/** MapLibre's camera padding that leaves `area` of a `width` × `height` box, less `inset` pixels on each side for labels. */
export function paddingFor(area: Box, width: number, height: number, inset = 0) {
  const px = (v: number) => Math.max(0, Math.round(v));
  // Never so much that nothing is left to fit into.
  const x = Math.min(inset, boxWidth(area) / 4);
  const y = Math.min(inset, boxHeight(area) / 4);
  return {left: px(area.left + x), top: px(area.top + y), right: px(width - area.right + x), bottom: px(height - area.bottom + y)};
}

/** Width over height of lon/lat bounds in Web Mercator, the shape they take on a flat map. */
export function mercatorAspect([[west, south], [east, north]]: [[number, number], [number, number]]): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
  const w = ((east - west) * Math.PI) / 180;
  const h = y(north) - y(south);
  return h > 0 && w > 0 ? w / h : 1;
}
