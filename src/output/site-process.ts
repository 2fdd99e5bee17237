/**
 * Checks the report's sources, builds the website with Astro and checks the
 * built pages' conversion, all in a child process (site-worker.ts), so the
 * memory of the three is given back before the PDFs are made. A failure comes
 * back as the same located diagnostics an in-process build would give.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ReportError, type Diagnostic } from '../diagnostics.ts';
import { astroCwd, type ProjectOptions } from './astro-project.ts';

export type SiteBuildMessage =
  /** The sources passed their check (precheck.ts) with these warnings; the website is being built. */
  | { kind: 'checked'; warnings: Diagnostic[] }
  /** The website is built; its pages are being checked. */
  | { kind: 'built' }
  /** What the check of the converted pages and downloads found (verify.ts). */
  | { kind: 'verified'; problems: Diagnostic[] }
  /** The sources' problems (warnings too), or the one reason the build stopped. */
  | { kind: 'failed'; diagnostics: Diagnostic[] };

export interface SiteBuildRequest extends ProjectOptions {
  outDir: string;
  /** How the output's path is shown in messages. */
  publishDir: string;
}

/** What the child found: the sources' warnings, and the problems of the built pages' conversion. */
export interface SiteBuildResult {
  warnings: Diagnostic[];
  problems: Diagnostic[];
}

const WORKER = fileURLToPath(new URL('./site-worker.ts', import.meta.url));
/** Lets the worker load Bifolio's TypeScript when Bifolio is installed in a report's node_modules. */
const HOOKS = new URL('../../scripts/typescript-hooks.mjs', import.meta.url).href;

/**
 * Checks the sources, builds the website and checks its conversion.
 * `onChecked` is told when the sources passed their check and the website
 * build starts (what it throws stops the build and is the result), `onBuilt`
 * when the website is built and the check of its pages starts.
 */
export function buildSite(request: SiteBuildRequest, hooks: { onChecked?: () => void; onBuilt?: () => void } = {}): Promise<SiteBuildResult> {
  return new Promise((resolve, reject) => {
    // Astro writes its server chunks into the output only when that is inside the working
    // directory, else into .astro/ there; either way they must find Bifolio's dependencies:
    // the working directory is Bifolio's folder, or installed, the report's (see astroCwd).
    const child = fork(WORKER, [], { stdio: 'inherit', cwd: astroCwd(request.root), execArgv: [...process.execArgv, '--import', HOOKS] });
    let answer: SiteBuildMessage | undefined;
    let warnings: Diagnostic[] = [];
    let stopped: unknown;
    child.on('message', (message: SiteBuildMessage) => {
      if (message.kind === 'checked') {
        warnings = message.warnings;
        try {
          hooks.onChecked?.();
        } catch (e) {
          stopped = e;
          child.kill();
        }
      } else if (message.kind === 'built') hooks.onBuilt?.();
      else answer = message;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (stopped !== undefined) reject(stopped);
      else if (answer?.kind === 'verified') resolve({ warnings, problems: answer.problems });
      else if (answer?.kind === 'failed') reject(new ReportError(answer.diagnostics));
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
