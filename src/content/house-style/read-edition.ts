/**
 * Reads one published edition: a PDF (told by its first bytes, `%PDF-`),
 * read as a reader's PDF viewer reads it (pdf.js), line by line; Markdown or
 * MDX (`.md`, `.mdx`, `.markdown`), as the text it prints; anything else as
 * plain text — UTF-8, or GBK, GB18030, Big5 or UTF-16, which exports of older
 * editions often are. A file that cannot be read is a ReportError naming it,
 * in one line.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ReportError, type Diagnostic } from '../../diagnostics.ts';
import { readPdfText, type PdfTextPage } from '../../pdf-text.ts';
import { detectEncoding } from '../../sources/encoding.ts';
import { decodeSource } from '../../sources/source-file.ts';

export type EditionKind = 'pdf' | 'markdown' | 'text';

export interface Edition {
  file: string;
  kind: EditionKind;
  text: string;
  /** Pages, for a PDF. */
  pages?: number;
}

const MARKDOWN = new Set(['.md', '.mdx', '.markdown']);

function fail(file: string, message: string, hint?: string): never {
  const d: Diagnostic = { file, message, severity: 'error' };
  if (hint) d.hint = hint;
  throw new ReportError([d]);
}

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** What a file that is no text is, by its first bytes. */
function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a zip file (a Word or other Office document?)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an Office document in the old binary format';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'an image';
  return undefined;
}

export async function readEdition(file: string): Promise<Edition> {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) fail(file, 'is a folder, not an edition', 'name the PDF, Markdown or text file of the edition');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof ReportError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'cannot be read: permission denied' : `cannot be read: ${(e as Error).message}`);
  }
  const ext = path.extname(file).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { file, kind: 'pdf', ...(await pdfEdition(file, bytes)) };
  if (ext === '.pdf') fail(file, 'is not a PDF: it does not start with %PDF-', 'export the edition as PDF again, or give its text as a .txt file');
  const binary = binaryKind(bytes);
  if (binary) fail(file, `is ${binary}, not a PDF or text`, 'save the edition as PDF or as plain text');
  const detected = detectEncoding(bytes);
  if (detected.encoding === 'unknown') {
    const { problem } = decodeSource(file, bytes);
    if (problem) throw new ReportError([problem]);
  }
  if (detected.text.includes('\u0000')) fail(file, 'is not a PDF or text file', 'save the edition as PDF or as plain text');
  const kind: EditionKind = MARKDOWN.has(ext) ? 'markdown' : 'text';
  const text = kind === 'markdown' ? markdownText(detected.text) : detected.text;
  if (!/\p{Script=Han}/u.test(text)) fail(file, 'holds no Chinese text', 'name the Simplified and the Traditional edition of the report');
  return { file, kind, text };
}

async function pdfEdition(file: string, bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  let pages: PdfTextPage[];
  try {
    pages = await readPdfText(bytes);
  } catch (e) {
    const reason = (e as Error)?.message ?? String(e);
    fail(file, `is a PDF that cannot be read: ${reason.replace(/\s+/g, ' ').trim()}`, 'export the edition as PDF again, or give its text as a .txt file');
  }
  const text = pages.map(pageText).join('\n\f\n');
  if (!/\p{Script=Han}/u.test(text)) {
    fail(file, `is a PDF without Chinese text (${pages.length} page${pages.length === 1 ? '' : 's'})`, 'a scanned edition has only pictures of its pages: use a PDF with a text layer, or its text');
  }
  return { text, pages: pages.length };
}

/**
 * A page's text runs as lines: runs in the order the PDF draws them, a line
 * break where a run starts on another line (its baseline moves by more than
 * half its size), a space where it leaves a gap on the same line.
 */
export function pageText(page: PdfTextPage): string {
  let out = '';
  let last: PdfTextPage['runs'][number] | undefined;
  for (const run of page.runs) {
    if (last) {
      const newLine = Math.abs(run.y - last.y) > Math.max(run.size, last.size) * 0.5;
      out += newLine ? '\n' : run.x - (last.x + last.width) > run.size * 0.3 ? ' ' : '';
    }
    out += run.text;
    last = run;
  }
  return out;
}

/** The text a Markdown or MDX chapter prints: no frontmatter, code, tags, link targets or marks. */
export function markdownText(source: string): string {
  return source
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // A component's title or caption is printed with it.
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => ` ${[...tag.matchAll(/\b(?:title|caption|label)="([^"]*)"/g)].map((m) => m[1]).join(' ')} `)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|~~|`)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
}
