/**
 * Global setup: builds the sample report once, with the real CLI, into
 * tests/.output/sample-site, keeping the print documents and their page
 * layout in tests/.output/sample-print. Site, PDF and browser tests read that build.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { runCli } from './cli.ts';
import { SAMPLE_PRINT, SAMPLE_SITE, TEST_OUTPUT } from './paths.ts';

export default function setup(): void {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  rmSync(SAMPLE_SITE, { recursive: true, force: true });
  rmSync(SAMPLE_PRINT, { recursive: true, force: true });
  const result = runCli(['build', '--out', SAMPLE_SITE], { env: { BIFOLIO_KEEP_PRINT: SAMPLE_PRINT } });
  if (result.status !== 0) {
    throw new Error(`building the sample report failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
}
