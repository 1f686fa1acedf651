/**
 * A page for churn tests (tests/e2e/churn.test.ts, tests/soak/churn.test.ts): it counts the WebGL
 * contexts it makes and how many are live, and makes, waits for and removes maps.
 */
import type {Browser, CDPSession, Page} from 'playwright-core';

/** Counts WebGL contexts the page creates and how many are still live (not lost). */
function trackContexts() {
  // Weak references: the tracker must not itself keep removed maps alive.
  const contexts: WeakRef<WebGLRenderingContext>[] = [];
  const known = new WeakSet<object>();
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (context && /webgl/.test(type) && !known.has(context)) {
      known.add(context);
      contexts.push(new WeakRef(context as WebGLRenderingContext));
    }
    return context;
  } as typeof original;
  const w = window as unknown as {contexts: () => {made: number; live: number}; peak: number};
  w.peak = 0;
  w.contexts = () => {
    const live = contexts.filter((c) => {
      const context = c.deref();
      return context && !context.isContextLost();
    }).length;
    w.peak = Math.max(w.peak, live);
    return {made: contexts.length, live};
  };
}

export async function pageWithTracking(browser: Browser, origin: string): Promise<{page: Page; warnings: string[]; uncaught: string[]}> {
  const page = await browser.newPage({viewport: {width: 800, height: 600}});
  const warnings: string[] = [];
  const uncaught: string[] = [];
  page.on('console', (m) => { if (/WebGL|context/i.test(m.text()) && m.type() !== 'log') warnings.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.addInitScript(trackContexts);
  await page.goto(`${origin}/churn.html`);
  await page.waitForFunction(() => customElements.get('route-map'));
  return {page, warnings, uncaught};
}

/**
 * Makes a map in #one, waits (for its first picture, for its MapLibre map to be made, which comes
 * after the poster, or some milliseconds), and removes it. With `keep`, the page holds weak
 * references to the element and its map in `window.removed`, which let them go.
 */
export const cycle = (page: Page, linger: number | 'map' | 'ready', keep = false) => page.evaluate(async ({linger, keep}) => {
  const el = document.createElement('route-map') as HTMLElement & {map?: object};
  el.setAttribute('reduced-motion', '');
  const ready = new Promise((resolve) => el.addEventListener('route-map-ready', resolve, {once: true}));
  document.getElementById('one')!.append(el);
  if (linger === 'ready') await ready;
  else if (linger === 'map') {
    while (!el.map) await new Promise((r) => setTimeout(r, 5));
  } else await new Promise((r) => setTimeout(r, linger));
  const w = window as unknown as {contexts: () => unknown; removed?: WeakRef<object>[]};
  w.contexts();
  if (keep) w.removed = [new WeakRef(el), new WeakRef(el.map!)];
  el.remove();
}, {linger, keep});

/**
 * After garbage collection: whether the element and the map last removed with `keep` are still
 * reachable. A frame, a timer or a task already queued when the map was removed may hold it until
 * it has run, so this collects again while such work drains, for up to `within` ms. Something that
 * keeps a removed map for good (a listener, a cache) still keeps it then.
 */
export async function keptAfterGc(page: Page, cdp: CDPSession, within = 5_000): Promise<boolean[]> {
  const deadline = Date.now() + within;
  for (;;) {
    await cdp.send('HeapProfiler.collectGarbage');
    const kept = await page.evaluate(() => (window as unknown as {removed: WeakRef<object>[]}).removed.map((r) => !!r.deref()));
    if (!kept.some(Boolean) || Date.now() > deadline) return kept;
    await page.waitForTimeout(250);
  }
}
