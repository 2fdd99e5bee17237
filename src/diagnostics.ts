/**
 * Problems found in an editor's input, reported as
 * `file:line:column  message  (hint)` — never as a stack trace.
 */
import path from 'node:path';

export interface Diagnostic {
  /** Path of the file at fault, relative to the working directory when printed. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it. */
  hint?: string;
  severity: 'error' | 'warning';
}

/** An error carrying one or more diagnostics; the CLI prints them and exits non-zero. */
export class ReportError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
    this.name = 'ReportError';
    this.diagnostics = diagnostics;
  }
}

export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const rel = path.isAbsolute(d.file) ? path.relative(cwd, d.file) || d.file : d.file;
  const where = [rel, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${level}${d.message}${d.hint ? `  (${d.hint})` : ''}`;
}

/** 1-based line and column of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
