/** Comparing with a golden image, shared by the render tests. */
import {expect} from 'vitest';
import {page} from 'vitest/browser';
import goldenChromium from './chromium-version.txt?raw';

/** The full version: the user agent string carries only the major one. */
const chromium = ((await (navigator as Navigator & {userAgentData?: {getHighEntropyValues(h: string[]): Promise<{fullVersionList?: {brand: string; version: string}[]}>}})
  .userAgentData?.getHighEntropyValues(['fullVersionList']))?.fullVersionList ?? []).find((b) => /Chrom/.test(b.brand))?.version ?? 'unknown';

/** Compares with the golden; a failure on another Chromium than the goldens were made with says so first. */
export async function matchGolden(el: HTMLElement, name: string, options?: Parameters<ReturnType<typeof expect.element>['toMatchScreenshot']>[1]) {
  try {
    await expect.element(page.elementLocator(el)).toMatchScreenshot(name, options);
  } catch (e) {
    if (chromium !== goldenChromium.trim()) {
      (e as Error).message = `The goldens were made with Chromium ${goldenChromium.trim()} and this is Chromium ${chromium}: text and edges may fall differently. `
        + `On this version, run npm run test:update-golden and look at every changed image.\n${(e as Error).message}`;
    }
    throw e;
  }
}

