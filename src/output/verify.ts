/**
 * Checks a finished build before it is published: no Traditional page or
 * data download may still hold Simplified text (outside protected spans and
 * glossary terms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import type { Diagnostic } from '../diagnostics.ts';
import { findUnconvertedText, unconvertedCharacters } from '../convert/leaks.ts';
import { converterResolver, type ConversionContext } from '../convert/page.ts';

function* filesOf(dir: string, extensions: string[]): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesOf(full, extensions);
    else if (extensions.some((e) => entry.name.endsWith(e))) yield full;
  }
}

const htmlFiles = (dir: string) => filesOf(dir, ['.html']);

/** The text of a download: a CSV as it is, an XLSX as the strings of its sheets. */
function downloadText(file: string): string[] {
  if (file.endsWith('.csv'))
    return readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
  const parts = unzipSync(readFileSync(file));
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const cells = Object.entries(parts)
    .filter(([name]) => name.startsWith('xl/worksheets/') || name === 'xl/sharedStrings.xml')
    .flatMap(([, bytes]) => [...strFromU8(bytes).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => unescape(m[1]!)));
  const workbook = parts['xl/workbook.xml'];
  const sheetNames = workbook ? [...strFromU8(workbook).matchAll(/<sheet name="([^"]*)"/g)].map((m) => unescape(m[1]!)) : [];
  return [...sheetNames, ...cells];
}

/** Leak check over the data downloads of every converted variant (`downloads/<prefix>/…`). */
export function verifyConvertedDownloads(builtDir: string, publishDir: string, ctx: ConversionContext & { prefixes: Map<string, string> }): Diagnostic[] {
  const converterFor = converterResolver(ctx);
  const diagnostics: Diagnostic[] = [];
  const root = path.join(builtDir, 'downloads');
  let entries: string[] = [];
  try {
    entries = readdirSync(root);
  } catch {
    return diagnostics;
  }
  for (const prefix of entries) {
    const code = ctx.prefixes.get(prefix);
    const converter = code ? converterFor(code) : undefined;
    if (!converter) continue;
    for (const file of filesOf(path.join(root, prefix), ['.csv', '.xlsx'])) {
      for (const text of downloadText(file)) {
        const characters = unconvertedCharacters(text, converter);
        if (characters.length === 0) continue;
        diagnostics.push({
          file: path.join(publishDir, path.relative(builtDir, file)),
          message: `Simplified text in a Traditional download: "${text.length > 60 ? `${text.slice(0, 57)}…` : text}" holds ${characters.join(' ')}`,
          hint: 'the download was written without the converter; report it',
          severity: 'error',
        });
      }
    }
  }
  return diagnostics;
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
      const where = leak.override ? ' (an inline override)' : leak.attribute ? ` (attribute ${leak.attribute})` : '';
      diagnostics.push({
        file: path.join(publishDir, path.relative(builtDir, file)),
        message: `Simplified text on a Traditional page${where}${leak.heading ? ` under #${leak.heading}` : ''}: "${text}" holds ${leak.characters.join(' ')}`,
        hint: leak.glossary
          ? `the glossary entry at ${leak.glossary.join(', ')} writes it: correct its Traditional form`
          : leak.override
            ? 'an override <Zh hant="…"> is printed exactly as written: write its text in Traditional characters'
            : 'this text did not go through the converter; mark it `lang="zh-Hans"` or <NoConvert> if it must stay Simplified, or add it to the glossary as protected',
        severity: 'error',
      });
    }
  }
  return diagnostics;
}

/**
 * Chapter text the sanitiser had to take out of a built page (render/page/
 * sanitize.ts marks it `data-refused`): the build fails instead of publishing
 * the page without it.
 */
export function verifyNothingRefused(builtDir: string, publishDir: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of htmlFiles(builtDir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/data-refused="([^"]*)"/g)) {
      diagnostics.push({
        file: path.join(publishDir, path.relative(builtDir, file)),
        message: `the chapter text holds what a report may not publish: ${decodeEntities(m[1]!)}`,
        hint: 'take it out of the chapter (a component or an expression may build it); nothing was published',
        severity: 'error',
      });
    }
  }
  return diagnostics;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
