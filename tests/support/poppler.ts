/**
 * The poppler tools the tests read PDFs with (pdftotext, pdfinfo, pdffonts):
 * found on PATH, with a clear error naming the package when missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { ReportError } from '../../src/diagnostics.ts';

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new ReportError([
      {
        file: tool,
        message: `${tool} is not installed; it reads the PDFs back to check that no text was lost`,
        hint: 'install poppler (Debian/Ubuntu: `sudo apt-get install poppler-utils`)',
        severity: 'error',
      },
    ]);
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** Every word of the PDF with its box, as XHTML (`pdftotext -bbox-layout`). */
export function pdfWords(file: string): string {
  return run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-']);
}

/** The text of a PDF in reading order, pages separated by form feeds. */
export function pdfText(file: string, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  if (options.layout) args.push('-layout');
  return run('pdftotext', [...args, file, '-']);
}

export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, id
    const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!m) throw new Error(`pdffonts printed a line that could not be read: ${line}`);
    return { name: m[1]!, type: m[2]!.trim(), embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
  });
}

export function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
