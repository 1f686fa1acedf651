/**
 * Load: user data with 10,000 and 100,000 routes stays interactive: it draws, hover shows a
 * tooltip, a click selects. The figures are printed, not asserted (see `npm run bench`); the
 * assertions are only that each step happens at all, within a generous bound.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import {mount, pointAt, tooltipText} from './helpers';
import {manyRoutes} from '../fixtures/many-routes';

afterEach(() => {
  document.querySelectorAll('route-map').forEach((el) => el.remove());
});

/** requestAnimationFrame intervals over `ms`: median and 95th percentile. */
async function frameTimes(ms: number): Promise<{median: number; p95: number; frames: number}> {
  const times: number[] = [];
  await new Promise<void>((resolve) => {
    let last = performance.now();
    const end = last + ms;
    const tick = (now: number) => {
      times.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  const sorted = times.slice(1).sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {median: at(0.5), p95: at(0.95), frames: sorted.length};
}

describe('large user data', () => {
  it.each([10_000, 100_000])('%i routes: draws a sample it names, answers hover and selection', async (count) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(manyRoutes(count))], {type: 'application/json'}));
    const t0 = performance.now();
    const {el, ready, errors} = mount({data: url, controls: 'legend'});
    const counts = await ready;
    const readyMs = Math.round(performance.now() - t0);
    expect(counts.routes).toBe(count);
    expect(errors).toEqual([]);
    // So many routes are a density picture: no moving dashes, and the heaviest 2,000 in view drawn, which the map says (see DENSE_ROUTES).
    expect(el.animating).toBe(false);
    expect(el.shadowRoot!.querySelector('.sampled')?.textContent).toMatch(/^2,000 of the [\d,]+ routes in view are drawn/);
    const still = await frameTimes(2000);

    // Hover the middle of the map, where arcs cross: some route or port answers.
    const t1 = performance.now();
    pointAt(el, 500, 300);
    await vi.waitFor(() => expect(tooltipText(el)).not.toBe(''), {timeout: 20_000, interval: 50});
    const hoverMs = Math.round(performance.now() - t1);
    const t2 = performance.now();
    await userEvent.click(el.map!.getCanvas(), {position: {x: 500, y: 300}, timeout: 30_000});
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')).not.toBeNull(), {timeout: 20_000, interval: 50});
    const selectMs = Math.round(performance.now() - t2);
    el.map!.panBy([200, 0], {duration: 2000});
    const panning = await frameTimes(2000);
    await el.settled();
    console.log(`${count} routes: ready ${readyMs} ms; frames at rest median ${still.median} ms, p95 ${still.p95} ms; `
      + `panning median ${panning.median} ms, p95 ${panning.p95} ms (${panning.frames} frames); tooltip after ${hoverMs} ms; selection after ${selectMs} ms`);
    URL.revokeObjectURL(url);
  }, 240_000);
});
