/**
 * `bifolio check`: every check the build makes on the sources, without
 * building — report configuration, glossary, KPI data and its checks, every
 * chapter's frontmatter and MDX, components, images and their alt text,
 * cross-references, links and anchors, disclosure codes. Reports all
 * problems at once.
 */
import { formatDiagnostic, type Diagnostic } from '../../diagnostics.ts';
import { precheck } from './precheck.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  chapters: number;
  seconds: number;
}

export async function checkReport(): Promise<CheckResult> {
  const started = performance.now();
  const { diagnostics, chapters } = await precheck();
  const sorted = [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { diagnostics: sorted, chapters: chapters.length, seconds: (performance.now() - started) / 1000 };
}

/** The last line of `check`'s output. */
function checkSummary(result: CheckResult): string {
  const count = (severity: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = count('error');
  const warnings = count('warning');
  const verdict = errors === 0 && warnings === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `Checked ${plural(result.chapters, 'chapter')}: ${verdict} (${result.seconds.toFixed(1)} s)`;
}

/** What `bifolio check` prints, problem by problem then the summary, and its exit status (1 when anything is an error). */
export function checkOutput(result: CheckResult): { text: string; status: number } {
  const lines = result.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
  return {
    text: `${lines}${result.diagnostics.length ? '\n' : ''}${checkSummary(result)}\n`,
    status: result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0,
  };
}
