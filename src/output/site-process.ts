/**
 * Builds the website with Astro in a child process (site-worker.ts), and
 * checks the built pages' conversion there, so the memory of both is given
 * back before the PDFs are made. A failure comes back as the same located
 * diagnostic an in-process build would give.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { astroCwd, type ProjectOptions } from './astro-project.ts';
import type { GlossaryData } from '../content/glossary-schema.ts';

export type SiteBuildMessage =
  /** The website is built; its pages are being checked. */
  | { kind: 'built' }
  /** What the check of the converted pages and downloads found (verify.ts). */
  | { kind: 'verified'; problems: Diagnostic[] }
  | { kind: 'failed'; diagnostic: Diagnostic };

export interface SiteBuildRequest extends ProjectOptions {
  outDir: string;
  /** How the output's path is shown in messages. */
  publishDir: string;
  /** The chapters' page addresses, files and own glossaries, for the check of their conversion. */
  chapters: Array<{ slug: string; file: string; glossary: GlossaryData | undefined }>;
}

const WORKER = fileURLToPath(new URL('./site-worker.ts', import.meta.url));
/** Lets the worker load Bifolio's TypeScript when Bifolio is installed in a report's node_modules. */
const HOOKS = new URL('../../scripts/typescript-hooks.mjs', import.meta.url).href;

/**
 * Builds the website and checks its conversion. `onBuilt` is told when the
 * website is built and the check starts. Resolves to what the check found.
 */
export function buildSite(request: SiteBuildRequest, onBuilt?: () => void): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    // Astro writes its server chunks into the output only when that is inside the working
    // directory, else into .astro/ there; either way they must find Bifolio's dependencies:
    // the working directory is Bifolio's folder, or installed, the report's (see astroCwd).
    const child = fork(WORKER, [], { stdio: 'inherit', cwd: astroCwd(request.root), execArgv: [...process.execArgv, '--import', HOOKS] });
    let answer: SiteBuildMessage | undefined;
    child.on('message', (message: SiteBuildMessage) => {
      if (message.kind === 'built') onBuilt?.();
      else answer = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (answer?.kind === 'verified') resolve(answer.problems);
      else if (answer?.kind === 'failed') reject(new ReportError([answer.diagnostic]));
      else {
        const how = signal ? `was stopped (${signal})` : `stopped with exit code ${code}`;
        reject(
          new ReportError([
            {
              file: request.root,
              message: `the website build ${how} before it finished`,
              hint: 'run the build again with --verbose to see its output',
              severity: 'error',
            },
          ]),
        );
      }
    });
    child.send(request);
  });
}
