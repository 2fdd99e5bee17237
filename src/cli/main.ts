/**
 * The `bifolio` command line. Problems in the editor's input are printed as
 * `file:line:column  message  (hint)`; a mistake on the command line as one
 * plain line with exit status 2; a stack trace only with --verbose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, ReportError } from '../diagnostics.ts';
import { commandHelp, overview, parseCommandLine, UsageError, type CommandLine } from './args.ts';
import type { BuildProgress, BuildStep } from '../output/build.ts';
import { locateReport } from '../sources/report-location.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function version(): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

const STEPS: Record<BuildStep, (pdfs?: number) => string> = {
  check: () => 'Checking the sources…',
  site: () => 'Building the website…',
  verify: () => 'Checking the converted pages and downloads…',
  fonts: () => 'Writing the web fonts…',
  search: () => 'Writing the search index…',
  pdfs: (n = 0) => `Laying out ${n} PDF${n === 1 ? '' : 's'}…`,
};

export async function main(argv: string[]): Promise<number> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.toString()}\n`);
    return 2;
  }
  const { command, options: values } = line;
  if (values.version) {
    process.stdout.write(`bifolio ${version()}\n`);
    return 0;
  }
  if (command === 'help' || values.help || !command) {
    const topic = command === 'help' ? line.topic : command;
    process.stdout.write(topic ? commandHelp(topic) : overview());
    return command || values.help ? 0 : 2;
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // A NODE_ENV left in the shell (e.g. `test`) must not change what the commands do.
  process.env.NODE_ENV = command === 'dev' ? 'development' : 'production';
  // Nor may variables named like the bundler's own (a test runner sets DEV, PROD, MODE…): pages read them as import.meta.env.
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'SITE']) delete process.env[name];
  const verbose = values.verbose;

  if (command === 'init') return await init(line);

  try {
    // Every command works on the report found from here (convert, and learn without --write, also work without one).
    const optional = command === 'convert' || (command === 'learn' && !values.write);
    const report = locateReport({ named: values.content, env: process.env.BIFOLIO_CONTENT, required: !optional });
    if (report) process.env.BIFOLIO_CONTENT = report.contentDir;
    else delete process.env.BIFOLIO_CONTENT;
    const project = report?.projectDir ?? process.cwd();

    switch (command) {
      case 'build':
      case 'pdf': {
        const { buildReport } = await import('../output/build.ts');
        const shown = (file: string) => path.relative(process.cwd(), file) || '.';
        const say = (text: string) => {
          if (!values.quiet) process.stdout.write(`${text}\n`);
        };
        const onProgress = (event: BuildProgress) => {
          if (event.kind === 'step') {
            say(STEPS[event.step](event.pdfs));
            return;
          }
          const { pdf } = event;
          const steps = Object.entries(pdf.steps)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ');
          say(`  ${shown(pdf.file)}: ${pdf.pages} pages in ${pdf.seconds.toFixed(1)} s${verbose ? ` (${steps})` : ''}`);
          if (pdf.cmykFile) say(`  ${shown(pdf.cmykFile)}: CMYK PDF/X-3 of the printer edition`);
        };
        const result = await buildReport({
          root,
          outDir: path.resolve(values.out ?? path.join(project, 'dist')),
          verbose,
          only: command === 'pdf' ? 'pdf' : 'all',
          keepPrintDir: process.env.BIFOLIO_KEEP_PRINT,
          pdfTimeoutMs: values.pdfTimeout === undefined ? undefined : values.pdfTimeout * 1000,
          cmyk: values.cmyk,
          layoutParts: values.layoutParts,
          pdfMemoryMb: values.pdfMemory,
          pdfVariant: values.variant,
          pdfEdition: values.edition,
          onProgress,
        });
        for (const w of result.warnings) process.stderr.write(formatDiagnostic(w) + '\n');
        if (values.timings)
          writeFileSync(values.timings, `${JSON.stringify({ seconds: result.seconds, phases: result.phases, pdfs: result.pdfs }, null, 2)}\n`);
        if (verbose)
          process.stdout.write(
            `  steps: ${Object.entries(result.phases)
              .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
              .join(', ')}\n`,
          );
        const pdfCount = `${result.pdfs.length} PDF${result.pdfs.length === 1 ? '' : 's'}`;
        const what = command === 'pdf' ? pdfCount : `the website and ${pdfCount}`;
        process.stdout.write(`Built ${what} into ${shown(result.outDir)} in ${result.seconds.toFixed(1)} s\n`);
        return 0;
      }
      case 'check': {
        const { checkOutput, checkReport } = await import('../content/check/check.ts');
        const { text, status } = checkOutput(await checkReport());
        process.stdout.write(text);
        return status;
      }
      case 'dev': {
        const { startDev } = await import('../output/dev-server.ts');
        await startDev({ root, verbose, port: values.port });
        return await new Promise<number>(() => {});
      }
      case 'preview': {
        const { startPreview } = await import('../output/preview.ts');
        const dir = path.resolve(values.out ?? path.join(project, 'dist'));
        const { server, url } = await startPreview({ dir, port: values.port });
        process.stdout.write(`Serving ${path.relative(process.cwd(), dir) || '.'} at ${url}  (Ctrl+C to stop)\n`);
        const stop = async () => {
          await server.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        return await new Promise<number>(() => {});
      }
      case 'convert': {
        if (!values.to) {
          process.stderr.write('bifolio convert: say which variant to convert to  (e.g. --to zh-Hant)\n');
          return 2;
        }
        const { convertStdin } = await import('../content/convert-text.ts');
        await convertStdin(values.to, values.profile);
        return 0;
      }
      case 'learn': {
        const { learn } = await import('../content/house-style/run.ts');
        const outcome = await learn({
          simplified: values.simplified!,
          traditional: values.traditional!,
          variant: values.variant,
          write: values.write,
          minCount: values.minCount,
        });
        process.stdout.write(outcome.text);
        return 0;
      }
      case 'review': {
        const { reviewReport } = await import('../output/review.ts');
        const { reviewSummaryText } = await import('../convert/review.ts');
        const result = await reviewReport({ root, outDir: path.resolve(values.out ?? path.join(project, 'review')), variant: values.variant, verbose });
        for (const [i, summary] of result.summaries.entries()) {
          process.stdout.write(`${reviewSummaryText(summary)}\n  → ${path.relative(process.cwd(), result.files[i]!)}\n`);
        }
        return 0;
      }
    }
  } catch (e) {
    if (e instanceof ReportError) {
      for (const d of e.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
      const n = e.diagnostics.filter((d) => d.severity === 'error').length;
      process.stderr.write(
        `\n${command} failed: ${n} error${n === 1 ? '' : 's'}.${command === 'build' ? ' Nothing was written; the previous output is unchanged.' : ''}\n`,
      );
      if (verbose) process.stderr.write(`${e.stack}\n`);
      return 1;
    }
    process.stderr.write(`bifolio ${command} failed: ${(e as Error)?.message ?? String(e)}\n`);
    if (verbose) process.stderr.write(`${(e as Error)?.stack}\n`);
    else process.stderr.write('(run again with --verbose for details)\n');
    return 1;
  }
}

/** `bifolio init <dir>`: writes a new report; a folder that is not empty is refused. */
async function init(line: CommandLine): Promise<number> {
  const { InitError, writeReport } = await import('../content/scaffold.ts');
  const { askAnswers } = await import('./init.ts');
  const { options: values } = line;
  const dir = line.dir ?? '.';
  try {
    const answers = await askAnswers(
      {
        ...(values.name === undefined ? {} : { name: values.name }),
        ...(values.period === undefined ? {} : { period: values.period }),
        ...(values.stockCode === undefined ? {} : { stockCode: values.stockCode }),
      },
      { yes: values.yes, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) },
    );
    const files = writeReport({ dir, answers, bifolioVersion: version() });
    const shown = path.relative(process.cwd(), path.resolve(dir)) || '.';
    const enter = shown === '.' ? '' : `cd ${shown} && `;
    process.stdout.write(
      `Wrote a new report into ${shown} (${files.length} files).\n\n` +
        `Next: ${enter}npm install, then npx bifolio dev for a live preview, or npx bifolio build for the website and PDFs in dist/.\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof InitError)) throw e;
    process.stderr.write(`bifolio init: ${e.message}\n`);
    return 1;
  }
}
