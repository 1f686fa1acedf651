/**
 * Strict pages: the built demo's csp.html sets `default-src 'self'; script-src 'self';
 * worker-src 'self'; style-src 'self'` (no unsafe-eval, no unsafe-inline, no blob: workers).
 * The map must draw with zero violations, wherever they would happen, and every request answered.
 */
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {preview, type PreviewServer} from 'vite';
import type {Browser} from 'playwright-core';
import {launch} from './serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The pages' own policy (their meta tag), sent again as a report-only header: see `reports`. */
const POLICY = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'";
let browser: Browser;
let server: PreviewServer;
/**
 * Violations the browser reported to the server. A worker's policy comes from its script's response headers, never
 * from the page's meta tag, and a violation in a worker fires in the worker only: no event on the page's document,
 * no line on its console. The report-only header (enforcing nothing: the meta tag does that) puts the pages' policy
 * on the workers too, and the browser reports what breaks it, on the page or in a worker, to /__csp-report.
 */
const reports: string[] = [];

// dist/site is built by global-setup.ts. Port 0: a free port, so parallel runs cannot clash.
beforeAll(async () => {
  server = await preview({
    root, logLevel: 'silent',
    preview: {port: 0, strictPort: true, host: '127.0.0.1', headers: {'Content-Security-Policy-Report-Only': `${POLICY}; report-uri /__csp-report`}},
    plugins: [{name: 'csp-reports', configurePreviewServer: (s) => void s.middlewares.use('/__csp-report', (req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const r = (JSON.parse(body) as {'csp-report': Record<string, string>})['csp-report'];
        reports.push(`${r['document-uri']}: ${r['violated-directive']} ${r['blocked-uri']} (${r['source-file'] ?? ''}:${r['line-number'] ?? ''})`);
        res.writeHead(204).end();
      });
    })}],
  });
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
  reports.length = 0;
  // Still flows: motion is not under test here, and moving dashes keep a core busy on software WebGL.
  const page = await browser.newPage({viewport: {width: 1024, height: 640}, reducedMotion: 'reduce'});
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Chromium logs each violation of the page's policies on its console ("… violates the following Content Security Policy directive …").
  const logged: string[] = [];
  // What the page said and failed to fetch, so a failure here explains itself; a failed request fails the test.
  const said: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'log') said.push(`${m.type()}: ${m.text()}`);
    if (/Content Security Policy/i.test(m.text())) logged.push(m.text());
  });
  page.on('requestfailed', (r) => failed.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()}: ${r.url()}`); });
  await page.addInitScript(() => {
    const w = window as unknown as {violations: string[]; ready: boolean};
    w.violations = [];
    // The event is composed, so one in the element's shadow root reaches the document too (target: the host).
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI} (${(e.target as Node).nodeName})`));
    addEventListener('route-map-ready', () => (w.ready = true));
  });
  await page.goto(`${server.resolvedUrls!.local[0]}${path}`);
  await page.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000}).catch(() => undefined);
  const state = await page.evaluate(() => {
    const w = window as unknown as {violations: string[]; ready: boolean};
    const el = document.querySelector('route-map') as unknown as {chapter?: string};
    return {ready: !!w.ready, violations: w.violations, chapter: el.chapter, defined: !!customElements.get('route-map'), document: document.readyState};
  });
  // Reports are posted as the violations happen; let the last ones arrive.
  await page.waitForTimeout(500);
  expect(state, [...errors, ...said].join('\n')).toMatchObject({ready: true, chapter});
  expect({events: state.violations, console: logged, reports}).toEqual({events: [], console: [], reports: []});
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);
