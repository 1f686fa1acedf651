/**
 * Dense data: which routes are drawn when there are too many, and CPU picking of arcs and circles,
 * which stands in for deck.gl's GPU picking then.
 */
import {describe, expect, it} from 'vitest';
import {DENSE_ROUTES, DENSE_WIDTH, crowdWidth, pickArc, pickCircle, routesToDraw} from '../../src/layers/route-layers';
import type {LngLat, Route} from '../../src/data/schema';

const route = (id: string, from: LngLat, to: LngLat, weight = 1): Route => ({
  id, name: {en: id, nl: id}, leg: 'ocean', from: 'a', to: 'b', via: [], chains: [], weight: {value: weight, basis: 'illustrative'},
  figures: [], sources: [], confidence: 'illustrative', asOf: '2026-11-01', sourcePosition: from, targetPosition: to,
} as unknown as Route);

describe('crowdWidth', () => {
  it('keeps full width for a hand-made map, thins by 1/sqrt(n) beyond, and meets the dense width', () => {
    expect(crowdWidth(0)).toBe(1);
    expect(crowdWidth(34)).toBe(1);
    expect(crowdWidth(200)).toBeCloseTo(0.5);
    expect(crowdWidth(DENSE_ROUTES)).toBe(DENSE_WIDTH);
    expect(crowdWidth(DENSE_ROUTES + 1)).toBe(DENSE_WIDTH);
    for (let n = 1; n < 3000; n += 37) expect(crowdWidth(n + 37)).toBeLessThanOrEqual(crowdWidth(n));
  });
});

describe('routesToDraw', () => {
  const everywhere = () => true;

  it('draws every route up to DENSE_ROUTES', () => {
    const routes = Array.from({length: DENSE_ROUTES}, (_, i) => route(`r${i}`, [0, 0], [1, 1]));
    const {drawn, inView} = routesToDraw(routes, everywhere);
    expect(drawn).toBe(routes);
    expect(inView).toBe(DENSE_ROUTES);
  });

  it('beyond, draws the heaviest in view, ties in data order, and keeps the selected route', () => {
    const routes = Array.from({length: 3 * DENSE_ROUTES}, (_, i) => route(`r${i}`, [i % 2 ? 50 : -50, 0], [i % 2 ? 60 : -60, 0], i % 3 === 0 ? 5 : 1));
    // Only the eastern half (odd indices) is in view.
    const east = (p: LngLat) => p[0] > 0;
    const {drawn, inView} = routesToDraw(routes, east, 'r5999');
    expect(inView).toBe(1.5 * DENSE_ROUTES);
    expect(drawn).toHaveLength(DENSE_ROUTES + 1);
    expect(drawn.every((r) => r.sourcePosition[0] > 0)).toBe(true);
    // Odd multiples of 3 have weight 5: 500 of them, all drawn first, in data order.
    const heavy = drawn.slice(0, DENSE_ROUTES / 2 / 2);
    expect(heavy.every((r) => r.weight.value === 5)).toBe(true);
    expect(heavy.map((r) => Number(r.id.slice(1)))).toEqual([...heavy.map((r) => Number(r.id.slice(1)))].sort((a, b) => a - b));
    expect(drawn.at(-1)!.id).toBe('r5999');
  });

  it('a route with only one end in view is in view', () => {
    const routes = Array.from({length: DENSE_ROUTES + 1}, (_, i) => route(`r${i}`, [-10, 0], [10, 0]));
    expect(routesToDraw(routes, (p) => p[0] > 0).inView).toBe(DENSE_ROUTES + 1);
  });
});

describe('pickArc', () => {
  // World = screen, for reading the geometry: a route east along y = 0, 100 px long.
  const identity = (p: LngLat): [number, number] => [p[0], p[1]];
  const screen = ([x, y]: [number, number]) => ({x, y});
  const east = route('east', [0, 0], [100, 0]);

  it('finds the arc at its bulge, left of travel (up on screen for eastward), not at the chord', () => {
    // Height 0.3: the middle is 0.5 × 0.3 × 100 = 15 px off the chord.
    expect(pickArc([east], {x: 50, y: -15}, identity, screen)?.id).toBe('east');
    expect(pickArc([east], {x: 50, y: 0}, identity, screen)).toBeUndefined();
    expect(pickArc([east], {x: 50, y: 15}, identity, screen)).toBeUndefined();
  });

  it('reaches the pick radius plus half the drawn width, and prefers the nearest arc', () => {
    expect(pickArc([east], {x: 50, y: -22}, identity, screen, {radius: 4, widthScale: 1})).toBeUndefined();
    expect(pickArc([east], {x: 50, y: -20}, identity, screen, {radius: 4, widthScale: 1})?.id).toBe('east');
    const west = route('west', [100, 0], [0, 0]);
    expect(pickArc([east, west], {x: 50, y: 14}, identity, screen)?.id).toBe('west');
    expect(pickArc([east, west], {x: 50, y: -14}, identity, screen)?.id).toBe('east');
  });
});

describe('pickCircle', () => {
  const at = (x: number, y: number) => ({x, y});
  const items = [{id: 'big', x: 0, y: 0, r: 10}, {id: 'small', x: 8, y: 0, r: 3}];

  it('finds the circle drawn last (on top) that holds the point', () => {
    const pick = (x: number, y: number) => pickCircle(items, at(x, y), (i) => at(i.x, i.y), (i) => i.r, 0)?.id;
    expect(pick(8, 0)).toBe('small');
    expect(pick(-5, 0)).toBe('big');
    expect(pick(30, 0)).toBeUndefined();
  });
});
