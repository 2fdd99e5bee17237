/**
 * The `bifolio` command line. Problems in the editor's input are printed as
 * `file:line:column  message  (hint)`; a stack trace only with --verbose.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, ReportError } from '../diagnostics.ts';

const USAGE = `Usage: bifolio <command> [options]

Commands:
  check                 check the report's sources (content, data, references, links) and
                        list every problem; builds nothing
  build                 build the website and the PDFs of every script into dist/
  pdf                   build only the PDFs (dist/pdf/)
  dev                   live preview at http://127.0.0.1:4321/
  convert --to <code>   convert plain text from stdin to the variant <code> (e.g. zh-Hant)
  review                list every character with more than one Traditional form, the
                        form chosen and who chose it, as review/<variant>.html

Options:
  --content <dir>       the report's content directory (default: content/)
  --out <dir>           output directory (build: dist/, review: review/)
  --variant <code>      review, pdf: only this variant (e.g. zh-Hant)
  --edition <name>      pdf: only this edition, reading or printer
  --profile <name>      convert: use this profile instead of the variant's
  --port <n>            port for dev (default: 4321)
  --pdf-timeout <s>     build, pdf: time limit for laying out one PDF, in seconds (default: 180)
  --timings <file>      build, pdf: write the time of each step and each PDF as JSON
  --layout-parts <n>    build, pdf: lay each PDF out in up to n parts at once, split between
                        chapters (default: the processor cores not busy with other PDFs)
  --cmyk                build, pdf: also convert the printer editions to CMYK PDF/X-3
                        (…-print-cmyk.pdf; needs Ghostscript)
  --verbose             show the build's progress and stack traces
  -h, --help            show this help
`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        to: { type: 'string' },
        variant: { type: 'string' },
        edition: { type: 'string' },
        profile: { type: 'string' },
        port: { type: 'string' },
        'pdf-timeout': { type: 'string' },
        timings: { type: 'string' },
        'layout-parts': { type: 'string' },
        cmyk: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`bifolio: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (values.content) process.env.BIFOLIO_CONTENT = path.resolve(values.content);
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // A NODE_ENV left in the shell (e.g. `test`) must not change what the commands do.
  process.env.NODE_ENV = command === 'dev' ? 'development' : 'production';
  // Nor may variables named like the bundler's own (a test runner sets DEV, PROD, MODE…): pages read them as import.meta.env.
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'SITE']) delete process.env[name];
  const verbose = values.verbose;

  try {
    switch (command) {
      case 'build':
      case 'pdf': {
        const { buildReport } = await import('./build.ts');
        const timeout = values['pdf-timeout'] === undefined ? undefined : Number(values['pdf-timeout']);
        if (timeout !== undefined && !(timeout > 0)) {
          process.stderr.write(`bifolio ${command}: --pdf-timeout takes a number of seconds, e.g. --pdf-timeout 300\n`);
          return 2;
        }
        const parts = values['layout-parts'] === undefined ? undefined : Number(values['layout-parts']);
        if (parts !== undefined && !(Number.isInteger(parts) && parts >= 1)) {
          process.stderr.write(`bifolio ${command}: --layout-parts takes a whole number of parts, e.g. --layout-parts 2\n`);
          return 2;
        }
        const edition = values.edition;
        if (edition !== undefined && (command !== 'pdf' || (edition !== 'reading' && edition !== 'printer'))) {
          process.stderr.write(`bifolio ${command}: --edition is for \`bifolio pdf\` and is reading or printer\n`);
          return 2;
        }
        if (values.variant !== undefined && command !== 'pdf') {
          process.stderr.write('bifolio build: --variant is for `bifolio pdf` (a build publishes every variant)\n');
          return 2;
        }
        const result = await buildReport({
          root,
          outDir: values.out,
          verbose,
          only: command === 'pdf' ? 'pdf' : 'all',
          keepPrintDir: process.env.BIFOLIO_KEEP_PRINT,
          pdfTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
          cmyk: values.cmyk,
          layoutParts: parts,
          pdfVariant: values.variant,
          pdfEdition: edition,
        });
        for (const w of result.warnings) process.stderr.write(formatDiagnostic(w) + '\n');
        const where = path.relative(process.cwd(), result.outDir) || '.';
        for (const pdf of result.pdfs) {
          const steps = Object.entries(pdf.steps).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
          process.stdout.write(`  ${path.relative(process.cwd(), pdf.file)}: ${pdf.pages} pages in ${pdf.seconds.toFixed(1)} s${verbose ? ` (${steps})` : ''}\n`);
          if (pdf.cmykFile) process.stdout.write(`  ${path.relative(process.cwd(), pdf.cmykFile)}: CMYK PDF/X-3 of the printer edition\n`);
        }
        if (values.timings) writeFileSync(values.timings, `${JSON.stringify({ seconds: result.seconds, phases: result.phases, pdfs: result.pdfs }, null, 2)}\n`);
        if (verbose) process.stdout.write(`  steps: ${Object.entries(result.phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}\n`);
        const pdfCount = `${result.pdfs.length} PDF${result.pdfs.length === 1 ? '' : 's'}`;
        const what = command === 'pdf' ? pdfCount : `the website and ${pdfCount}`;
        process.stdout.write(`Built ${what} into ${where} in ${result.seconds.toFixed(1)} s\n`);
        return 0;
      }
      case 'check': {
        const { checkReport, checkSummary } = await import('./check.ts');
        const result = await checkReport();
        for (const d of result.diagnostics) process.stdout.write(formatDiagnostic(d) + '\n');
        process.stdout.write(`${result.diagnostics.length ? '\n' : ''}${checkSummary(result)}\n`);
        return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
      }
      case 'dev': {
        const { startDev } = await import('./dev.ts');
        await startDev({ root, verbose, port: values.port ? Number(values.port) : undefined });
        return await new Promise<number>(() => {});
      }
      case 'convert': {
        if (!values.to) {
          process.stderr.write('bifolio convert: say which variant to convert to, e.g. --to zh-Hant\n');
          return 2;
        }
        const { convertStdin } = await import('./convert.ts');
        await convertStdin(values.to, values.profile);
        return 0;
      }
      case 'review': {
        const { reviewReport } = await import('./review.ts');
        const { reviewSummaryText } = await import('../convert/review.ts');
        const result = await reviewReport({ root, outDir: values.out, variant: values.variant, verbose });
        for (const [i, summary] of result.summaries.entries()) {
          process.stdout.write(`${reviewSummaryText(summary)}\n  → ${path.relative(process.cwd(), result.files[i]!)}\n`);
        }
        return 0;
      }
      default:
        process.stderr.write(`bifolio: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof ReportError) {
      for (const d of e.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
      const n = e.diagnostics.filter((d) => d.severity === 'error').length;
      process.stderr.write(`\n${command} failed: ${n} error${n === 1 ? '' : 's'}.${command === 'build' ? ' Nothing was written; the previous output is unchanged.' : ''}\n`);
      if (verbose) process.stderr.write(`${e.stack}\n`);
      return 1;
    }
    process.stderr.write(`bifolio ${command} failed: ${(e as Error)?.message ?? String(e)}\n`);
    if (verbose) process.stderr.write(`${(e as Error)?.stack}\n`);
    else process.stderr.write('(run again with --verbose for details)\n');
    return 1;
  }
}
