import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` runs in-process: no build, no browser, no command
 * line; the whole project takes well under a minute (`npm run test:unit`,
 * what to run while editing). `e2e` builds the sample report once (global
 * setup) and runs the command line, Chromium and PDFs read back. `npm test`
 * runs both.
 *
 * Which is which is the folder: everything under the E2E folders is end to
 * end, everything else is a unit test (tests/layers.test.ts keeps unit tests
 * from reaching for a build, a browser or a child process).
 */
export const E2E = ['tests/cli/**/*.test.ts', 'tests/site/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/bench/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: E2E },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          globalSetup: ['tests/support/build-sample.ts'],
          // The site tests share one build of the sample report (see globalSetup);
          // the browser tests start Chromium. Neither benefits from running files in parallel on 2 cores.
          fileParallelism: false,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
