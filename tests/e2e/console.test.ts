/**
 * The presenter's console in two real windows, with Chromium's pop-up blocker on: opened by N and
 * by openConsole() on one tag in a plain page, and by N in the offline briefing from file://; keys
 * and the chapter list in either window move both; either window reloaded, they find each other
 * again; closing the console leaves the map as it was. A blocked pop-up is said on the map; a
 * story without notes, or with markup in them, shows text.
 */
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {serve} from './serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
let browser: Browser;
let server: {origin: string; close: () => void};

beforeAll(async () => {
  server = await serve();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
    // Playwright turns the pop-up blocker off; a presenter's browser has it on.
    ignoreDefaultArgs: ['--disable-popup-blocking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A map page whose uncaught errors are kept, ready to present. */
async function mapPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => addEventListener('route-map-ready', () => ((window as unknown as {ready: boolean}).ready = true)));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000});
  return {page, errors};
}

const chapterOf = (page: Page) => page.evaluate(() => document.querySelector('route-map')!.chapter);
const inConsole = (popup: Page, selector: string) => popup.evaluate((s) => document.querySelector('route-map')?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? null, selector);
const nowShown = (popup: Page) => inConsole(popup, '.rc-now .rc-chapter-title');

/** Presses N on the map (a click's worth of activation) and waits for the console to show the chapter. */
async function openByKey(context: BrowserContext, page: Page) {
  await page.locator('.maplibregl-canvas').focus();
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
  await popup.setViewportSize({width: 1280, height: 800});
  await expect.poll(() => nowShown(popup), {timeout: 30_000}).not.toBeNull();
  return popup;
}

it('one tag on a plain page: N and openConsole() open it, keys and the list in either window move both, each reloads and they find each other', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, reducedMotion: 'reduce'});
  const {page, errors} = await mapPage(context, `${server.origin}/console.html`);

  // No click, no pop-up: the blocker says no, and the map says so. (Playwright's evaluate counts as a click; the protocol's need not.)
  const cdp = await context.newCDPSession(page);
  const {result} = await cdp.send('Runtime.evaluate', {
    expression: "document.querySelector('route-map').openConsole().then(() => 'opened', (e) => e.message)", awaitPromise: true, userGesture: false,
  });
  expect(result.value).toMatch(/allow pop-ups for this page/);
  expect(await page.evaluate(() => document.querySelector('route-map')!.shadowRoot!.querySelector('[part=problems]')?.textContent)).toMatch(/allow pop-ups/);

  const popup = await openByKey(context, page);
  const popupErrors: string[] = [];
  popup.on('pageerror', (e) => popupErrors.push(e.message));
  expect(await popup.evaluate(() => window.name)).toBe('route-map-console-0');
  await expect.poll(() => nowShown(popup), {timeout: 30_000}).toBe('The Netherlands: a hub of the drug trade');
  expect(await inConsole(popup, '.rc-next .rc-chapter-title')).toBe('Stopping smuggling close to the source');
  expect(await inConsole(popup, '.rc-notes p')).toMatch(/^Open with the picture/);
  expect(await inConsole(popup, '.rc-audience')).toBe('Projector: Showing the map');

  // Keys in the console move the map; keys on the map move the console; the list moves the map.
  await popup.keyboard.press('PageDown');
  await expect.poll(() => chapterOf(page)).toBe('source');
  await expect.poll(() => nowShown(popup)).toBe('Stopping smuggling close to the source');
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('End');
  await expect.poll(() => nowShown(popup)).toBe('Working together');
  await popup.locator('nav li:nth-child(3) button').click();
  await expect.poll(() => chapterOf(page)).toBe('transit');
  await popup.keyboard.press('b');
  await expect.poll(() => inConsole(popup, '.rc-audience')).toBe('Projector: Blanked (B)');
  expect(await page.evaluate(() => !!document.querySelector('route-map')!.shadowRoot!.querySelector('.blank'))).toBe(true);
  await popup.keyboard.press('b');

  // A second N brings the open console forward: no second window.
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('n');
  await page.waitForTimeout(500);
  expect(context.pages()).toHaveLength(2);

  // The console reloaded: it finds the map, and its timer goes on.
  const before = await inConsole(popup, '[role=timer]');
  await popup.reload();
  await expect.poll(() => nowShown(popup), {timeout: 30_000}).toBe('Ports of departure and transit');
  expect(Number((await inConsole(popup, '[role=timer]'))!.replace(':', ''))).toBeGreaterThanOrEqual(Number(before!.replace(':', '')));

  // The map reloaded: the console's next hello finds the new page, and its keys move it.
  await page.reload();
  await page.waitForFunction(() => (window as unknown as {ready: boolean}).ready, null, {timeout: 60_000});
  await popup.keyboard.press('3');
  await expect.poll(() => chapterOf(page), {timeout: 10_000}).toBe('transit');
  await expect.poll(() => inConsole(popup, '.rc-audience')).toBe('Projector: Showing the map');

  // Closed, the console leaves the map as it was, and the map carries on.
  await popup.close();
  await page.waitForTimeout(1500);
  expect(await chapterOf(page)).toBe('transit');
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => chapterOf(page)).toBe('mainports');

  // openConsole() after a click opens a new one, and resolves with its window once it answered.
  await page.locator('route-map .panel .chapter-title').click();
  const [again, answered] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => document.querySelector('route-map')!.openConsole().then((w) => !w.closed)),
  ]);
  expect(answered).toBe(true);
  await expect.poll(() => nowShown(again), {timeout: 30_000}).toBe('Stopping drugs at ports and airports');
  expect([...errors, ...popupErrors]).toEqual([]);
  await context.close();
});

it('a story of the presenter’s own: no notes says so; markup in notes is text, and reported', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, reducedMotion: 'reduce'});
  const {page} = await mapPage(context, `${server.origin}/console.html?own`);
  const popup = await openByKey(context, page);
  // The console shows the projector's state as it comes: the first chapter once the map has opened it.
  await expect.poll(() => nowShown(popup), {timeout: 30_000}).toBe('The Netherlands: a hub of the drug trade');
  expect(await inConsole(popup, '.rc-notes p')).toBe('No notes for this chapter.');
  // Made for another story: no poster of the bundled one.
  expect(await popup.evaluate(() => document.querySelector('route-map')!.shadowRoot!.querySelectorAll('img').length)).toBe(0);
  await popup.keyboard.press('PageDown');
  await expect.poll(() => inConsole(popup, '.rc-notes p')).toBe('<img src=x onerror="window.pwned=1">Say this, as text.');
  expect(await popup.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelector('route-map')!.shadowRoot!.querySelector('[part=problems]')?.textContent)).toMatch(/notes\.en holds markup/);
  await context.close();
});

it('the offline briefing from file://: N opens the console, its keys move the map, and a reloaded console finds it again', async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 720}, reducedMotion: 'reduce'});
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const {page, errors} = await mapPage(context, `file://${root}dist/briefing/briefing.html`);
  const popup = await openByKey(context, page);
  expect(await nowShown(popup)).toBe('Nederland: spil in de drugshandel');
  expect(await inConsole(popup, '.rc-notes p')).toMatch(/^Begin met het beeld/);
  await popup.keyboard.press('PageDown');
  await expect.poll(() => chapterOf(page)).toBe('source');
  await popup.reload();
  await expect.poll(() => nowShown(popup), {timeout: 30_000}).toBe('Drugssmokkel stoppen zo dicht mogelijk bij de bron');
  await popup.keyboard.press('Home');
  await expect.poll(() => chapterOf(page)).toBe('hub');
  expect(errors).toEqual([]);
  expect(requests).toEqual([]);
  await context.close();
});
