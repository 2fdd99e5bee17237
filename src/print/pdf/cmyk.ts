/**
 * A CMYK PDF/X-3 file made from the printer edition by Ghostscript, when it
 * is installed: colours converted with Ghostscript's default CMYK profile,
 * which becomes the output intent. Optional (`--cmyk`); a print shop with
 * its own profile will usually convert the RGB printer edition itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReportError } from '../../diagnostics.ts';
import { PdfError } from './render.ts';

function ghostscript(): { version: string; lib: string; profile: string } {
  const result = spawnSync('gs', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ReportError([
      {
        file: 'gs',
        message: 'Ghostscript is not installed; --cmyk needs it to convert the printer edition to CMYK PDF/X',
        hint: 'install it (Debian/Ubuntu: `sudo apt-get install ghostscript`), or build without --cmyk',
        severity: 'error',
      },
    ]);
  }
  const version = result.stdout.trim();
  const roots = ['/usr/share/ghostscript', '/usr/local/share/ghostscript', '/opt/homebrew/share/ghostscript'];
  for (const root of roots) {
    for (const dir of existsSync(root) ? [version, ...readdirSync(root)] : []) {
      const lib = path.join(root, dir, 'lib', 'PDFX_def.ps');
      const profile = path.join(root, dir, 'iccprofiles', 'default_cmyk.icc');
      if (existsSync(lib) && existsSync(profile)) return { version, lib, profile };
    }
  }
  throw new ReportError([
    {
      file: 'gs',
      message: `Ghostscript ${version} is installed without its PDF/X definition file or CMYK profile`,
      hint: 'reinstall Ghostscript with its resources',
      severity: 'error',
    },
  ]);
}

const psString = (s: string) => `<${Buffer.from(`\uFEFF${s}`, 'utf16le').swap16().toString('hex')}>`;

/** Converts `input` (the printer edition) to a CMYK PDF/X-3 file at `output`. */
export function convertToCmykPdfX(input: string, output: string, title: string): void {
  const gs = ghostscript();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-pdfx-'));
  try {
    const definition = readFileSync(gs.lib, 'utf8')
      .replace(/^\/ICCProfile \(.*?\) def.*$/m, `/ICCProfile (${gs.profile}) def`)
      .replace(/\/Title \(Title\)/, `/Title ${psString(title)}`);
    const def = path.join(work, 'PDFX_def.ps');
    writeFileSync(def, definition);
    const result = spawnSync(
      'gs',
      [
        '-dPDFX',
        '-dBATCH',
        '-dNOPAUSE',
        '-dQUIET',
        '-dSAFER',
        `--permit-file-read=${path.dirname(path.dirname(gs.profile))}/`,
        `--permit-file-read=${work}/`,
        '-sDEVICE=pdfwrite',
        '-sColorConversionStrategy=CMYK',
        '-sProcessColorModel=DeviceCMYK',
        '-dAutoRotatePages=/None',
        `-sOutputFile=${output}`,
        def,
        input,
      ],
      { encoding: 'utf8' },
    );
    const messages = `${result.stdout}${result.stderr}`.trim();
    if (result.status !== 0 || /reverting to normal PDF/i.test(messages)) {
      rmSync(output, { force: true });
      throw new PdfError(`Ghostscript could not make a PDF/X file: ${messages || `exit ${result.status}`}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
