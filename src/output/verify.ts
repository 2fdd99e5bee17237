/**
 * Checks a finished build before it is published: no Traditional page may
 * still hold Simplified text (outside protected spans and glossary terms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Diagnostic } from '../diagnostics.ts';
import { findUnconvertedText } from '../convert/leaks.ts';
import { converterResolver, type ConversionContext } from '../convert/page.ts';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/**
 * Leak check over every HTML page in `builtDir`. Diagnostics name the page
 * as it will be published (under `publishDir`) and quote the text.
 */
export function verifyConvertedPages(builtDir: string, publishDir: string, ctx: ConversionContext): Diagnostic[] {
  const converterFor = converterResolver(ctx);
  const diagnostics: Diagnostic[] = [];
  for (const file of htmlFiles(builtDir)) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    for (const leak of findUnconvertedText(tree, { converterFor })) {
      const text = leak.text.length > 60 ? `${leak.text.slice(0, 57)}…` : leak.text;
      diagnostics.push({
        file: path.join(publishDir, path.relative(builtDir, file)),
        message: `Simplified text on a Traditional page${leak.attribute ? ` (attribute ${leak.attribute})` : ''}${leak.heading ? ` under #${leak.heading}` : ''}: "${text}" holds ${leak.characters.join(' ')}`,
        hint: 'this text did not go through the converter; mark it `lang="zh-Hans"` or <NoConvert> if it must stay Simplified, or add it to the glossary as protected',
        severity: 'error',
      });
    }
  }
  return diagnostics;
}
