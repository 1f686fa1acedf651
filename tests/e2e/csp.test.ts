/**
 * Strict pages: the built demo's csp.html sets `default-src 'self'; script-src 'self';
 * worker-src 'self'; style-src 'self'` (no unsafe-eval, no unsafe-inline, no blob: workers).
 * The map must draw with zero securitypolicyviolation events.
 */
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {preview, type PreviewServer} from 'vite';
import type {Browser} from 'playwright-core';
import {launch} from './serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
let browser: Browser;
let server: PreviewServer;

// dist/site is built by global-setup.ts.
beforeAll(async () => {
  server = await preview({root, preview: {port: 4180, host: '127.0.0.1'}, logLevel: 'silent'});
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.httpServer.close();
});

// csp.html is the demo under the policy; embed.html (for iframes) sets the same policy itself.
it.each([
  ['csp.html', 'mainports'],
  ['embed.html?chapter=money&lang=nl&controls=legend', 'money'],
])('%s draws under a strict Content Security Policy with no violation', async (path, chapter) => {
  const page = await browser.newPage({viewport: {width: 1024, height: 640}});
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // What the page said and failed to fetch, so a failure here explains itself.
  const said: string[] = [];
  page.on('console', (m) => m.type() !== 'log' && said.push(`${m.type()}: ${m.text()}`));
  page.on('requestfailed', (r) => said.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && said.push(`${r.status()}: ${r.url()}`));
  await page.addInitScript(() => {
    const w = window as unknown as {violations: string[]; ready: boolean};
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    addEventListener('route-map-ready', () => (w.ready = true));
  });
  await page.goto(`${server.resolvedUrls!.local[0]}${path}`);
  await page.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000}).catch(() => undefined);
  const state = await page.evaluate(() => {
    const w = window as unknown as {violations: string[]; ready: boolean};
    const el = document.querySelector('route-map') as unknown as {chapter?: string};
    return {ready: !!w.ready, violations: w.violations, chapter: el.chapter, defined: !!customElements.get('route-map'), document: document.readyState};
  });
  expect(state.violations).toEqual([]);
  expect(state, [...errors, ...said].join('\n')).toMatchObject({ready: true, chapter});
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
