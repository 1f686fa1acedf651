/**
 * Golden images of key views. After a deliberate visual change, regenerate them with
 * `npm run test:update-golden`, look at every changed PNG, and commit them with the change.
 */
import {afterEach, expect, it} from 'vitest';
import {page} from 'vitest/browser';
import {flyTo, mount} from '../browser/helpers';

afterEach(async () => {
  document.querySelectorAll('route-map').forEach((el) => el.remove());
  await page.viewport(1024, 640);
});

// Golden images are taken with reduced motion: the flows stand still.
it('default view: Latin America to Europe', async () => {
  const {el, ready} = mount({'reduced-motion': ''});
  await ready;
  await expect.element(page.elementLocator(el)).toMatchScreenshot('default-view');
});

it('close-up: the Rotterdam–Antwerp delta at zoom 7, with 10m coastlines', async () => {
  const {el, ready} = mount({'reduced-motion': ''});
  await ready;
  await flyTo(el, [4.2, 51.6], 7);
  // The 10m shapes arrive after the first zoom past 4.5; wait for them to be drawn.
  await el.settled();
  await expect.element(page.elementLocator(el)).toMatchScreenshot('rotterdam-antwerp-delta');
});

it('presenter mode at 1920×1080: the mainports chapter on a projector', async () => {
  await page.viewport(1920, 1080);
  const {el, ready} = mount({presenter: '', chapter: 'mainports', 'reduced-motion': ''}, {width: 1920, height: 1080});
  await ready;
  await el.settled();
  await expect.element(page.elementLocator(el)).toMatchScreenshot('presenter-mainports');
});
