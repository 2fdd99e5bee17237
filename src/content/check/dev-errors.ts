/**
 * Errors in the live preview, in the same plain form as `bifolio check`:
 * before a page is rendered in `dev`, the sources are checked (chapters are
 * recompiled only when they changed), and if any check fails the page fails
 * with one error listing every problem as `file:line:column  message  (hint)`,
 * which Astro's overlay shows in the browser.
 */
import { formatDiagnostic } from '../../diagnostics.ts';
import { precheck } from './precheck.ts';

export class ReportProblems extends Error {
  /** Read by Astro's error overlay (the place is in each line of the message). */
  readonly hint: string;
  readonly title: string;
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ReportProblems';
    this.title = lines.length === 1 ? 'The report has a problem' : `The report has ${lines.length} problems`;
    this.hint = 'Fix them in the files named above; `npx bifolio check` lists the same problems.';
  }
}

/** The problems that would stop a build, as one error; undefined when there are none. */
export async function previewProblems(): Promise<ReportProblems | undefined> {
  const { diagnostics } = await precheck();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!errors.length) return undefined;
  const err = new ReportProblems(errors.map((d) => formatDiagnostic(d)));
  // No stack: the message says where.
  err.stack = '';
  return err;
}
