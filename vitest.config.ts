import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-sample.ts'],
    // The site tests share one build of the sample report (see globalSetup);
    // the browser tests start Chromium. Neither benefits from running files in parallel on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
