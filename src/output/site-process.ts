/**
 * Builds the website with Astro in a child process (site-worker.ts), so the
 * build's memory is given back before the PDFs are made. A failure comes back
 * as the same located diagnostic an in-process build would give.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { astroCwd, type ProjectOptions } from './astro-project.ts';

export type SiteBuildMessage = { ok: true } | { ok: false; diagnostic: Diagnostic };

const WORKER = fileURLToPath(new URL('./site-worker.ts', import.meta.url));
/** Lets the worker load Bifolio's TypeScript when Bifolio is installed in a report's node_modules. */
const HOOKS = new URL('../../scripts/typescript-hooks.mjs', import.meta.url).href;

export function buildSite(options: ProjectOptions & { outDir: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    // Astro writes its server chunks into the output only when that is inside the working
    // directory, else into .astro/ there; either way they must find Bifolio's dependencies:
    // the working directory is Bifolio's folder, or installed, the report's (see astroCwd).
    const child = fork(WORKER, [], { stdio: 'inherit', cwd: astroCwd(options.root), execArgv: [...process.execArgv, '--import', HOOKS] });
    let answer: SiteBuildMessage | undefined;
    child.once('message', (message: SiteBuildMessage) => {
      answer = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (answer?.ok) resolve();
      else if (answer) reject(new ReportError([answer.diagnostic]));
      else {
        const how = signal ? `was stopped (${signal})` : `stopped with exit code ${code}`;
        reject(
          new ReportError([
            {
              file: options.root,
              message: `the website build ${how} before it finished`,
              hint: 'run the build again with --verbose to see its output',
              severity: 'error',
            },
          ]),
        );
      }
    });
    child.send({ root: options.root, verbose: options.verbose, outDir: options.outDir });
  });
}
