import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
/** Where tests write builds and artifacts; ignored by git. */
export const TEST_OUTPUT = path.join(ROOT, 'tests', '.output');
/** The sample report built once for all site tests. */
export const SAMPLE_SITE = path.join(TEST_OUTPUT, 'sample-site');
export const CLI = path.join(ROOT, 'scripts', 'bifolio.mjs');
/** The sample's print documents and page layouts, kept by the build for the PDF tests. */
export const SAMPLE_PRINT = path.join(TEST_OUTPUT, 'sample-print');
