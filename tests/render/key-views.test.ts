/**
 * Golden images of key views. After a deliberate visual change, regenerate them with
 * `npm run test:update-golden`, look at every changed PNG, and commit them with the change.
 */
import {afterEach, expect, it} from 'vitest';
import {page} from 'vitest/browser';
import {flyTo, mount} from '../browser/helpers';

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el.remove()));

it('default view: Latin America to Europe', async () => {
  const {el, ready} = mount();
  await ready;
  await expect.element(page.elementLocator(el)).toMatchScreenshot('default-view');
});

it('close-up: the Rotterdam–Antwerp delta at zoom 7, with 10m coastlines', async () => {
  const {el, ready} = mount();
  await ready;
  await flyTo(el, [4.2, 51.6], 7);
  // The 10m shapes arrive after the first zoom past 4.5; wait for them to be drawn.
  await el.settled();
  await expect.element(page.elementLocator(el)).toMatchScreenshot('rotterdam-antwerp-delta');
});
