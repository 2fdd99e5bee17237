/** Turns an error thrown by Astro's build into a plain `file:line:column` diagnostic. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lineColumn, type Diagnostic } from '../diagnostics.ts';
import { readSourceFile } from '../sources/source-file.ts';

interface AstroErrorLike {
  message?: string;
  hint?: string;
  title?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

export function toDiagnostic(e: unknown, root: string): Diagnostic {
  const err = (e ?? {}) as AstroErrorLike;
  const raw = (err.message ?? String(e)).replace(/\x1b\[[0-9;]*m/g, '');
  // Bundler messages carry a code frame drawn with box characters; its first
  // line names the place (`╭─[ file:line:column ]`), the rest is dropped.
  const frame = /╭─\[\s*([^\]]+?):(\d+):(\d+)\s*\]/.exec(raw);
  const message = raw
    .split(/[╭│╰─]/)[0]!
    .replace(/^Build failed with \d+ errors?:\s*/, '')
    .replace(/\[[A-Z_]+\]\s*/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  const file = (err.loc?.file ?? (frame ? path.resolve(root, frame[1]!) : undefined) ?? err.id ?? path.join(root, 'astro.config.mjs')).replace(/\?.*$/, '');
  let line = err.loc?.line ?? (frame ? Number(frame[2]) : undefined);
  let column = err.loc?.column ?? (frame ? Number(frame[3]) : undefined);
  // A frame points into the compiled module; for an unresolved import, find
  // the specifier in the editor's own file instead.
  const unresolved = /Could not resolve ['"]([^'"]+)['"]/.exec(message);
  if (unresolved && existsSync(file)) {
    const source = readSourceFile(file).text;
    const at = source.indexOf(unresolved[1]!);
    if (at !== -1) ({ line, column } = lineColumn(source, at));
  }
  return {
    file,
    line,
    column,
    message,
    hint: err.hint?.replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0],
    severity: 'error',
  };
}
