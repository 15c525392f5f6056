import { defineConfig } from 'vitest/config';

// Browser tests against the built app in `wrangler dev`. One file at a time: a 2-core machine runs workerd and
// Chromium side by side, and more would make timings flaky rather than the run faster.
export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
