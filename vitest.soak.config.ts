import {defineConfig} from 'vitest/config';

// `npm run test:soak`: minutes of churn and autoplay with the page's heap measured (tests/soak).
// Kept out of `npm test`, whose short versions (tests/e2e/churn.test.ts, kiosk.test.ts) check the
// same behaviour in seconds; run it after a change to how the element starts, stops or loops.
export default defineConfig({
  test: {
    name: 'soak',
    include: ['tests/soak/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
