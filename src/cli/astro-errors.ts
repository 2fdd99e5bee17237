/** Turns an error thrown by Astro's build into a plain `file:line:column` diagnostic. */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';

interface AstroErrorLike {
  message?: string;
  hint?: string;
  title?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

export function toDiagnostic(e: unknown, root: string): Diagnostic {
  const err = (e ?? {}) as AstroErrorLike;
  const file = err.loc?.file ?? err.id ?? path.join(root, 'astro.config.mjs');
  const message = (err.message ?? String(e)).replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter(Boolean).join(' ');
  return {
    file: file.replace(/\?.*$/, ''),
    line: err.loc?.line,
    column: err.loc?.column,
    message,
    hint: err.hint?.replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0],
    severity: 'error',
  };
}
