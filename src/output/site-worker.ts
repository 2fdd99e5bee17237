/**
 * Checks the report's sources (precheck.ts), runs Astro's build of the
 * website and checks the built pages' conversion (verify.ts), in a process of
 * its own (forked by site-process.ts), and reports back how it went: the
 * memory the three hold (compiled chapters, Astro's module graph, rendered
 * pages and content store, the parsed pages) is returned to the system when
 * the process ends, before the PDFs are laid out.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { toDiagnostic } from './astro-errors.ts';
import { astroInlineConfig } from './astro-project.ts';
import type { SiteBuildMessage, SiteBuildRequest } from './site-process.ts';
import { loadReport } from '../content/report.ts';
import { chapterGlossary, loadGlossary } from '../content/glossary.ts';
import { basePath, siteRoot } from '../content/site-address.ts';
import type { ConversionContext } from '../convert/page.ts';
import { ReportError } from '../diagnostics.ts';
import { precheck } from '../content/check/precheck.ts';
import { verifyConvertedDownloads, verifyConvertedPages, verifyNothingRefused } from './verify.ts';

const send = (message: SiteBuildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('message', async (request: SiteBuildRequest) => {
  try {
    const { diagnostics, chapters } = await precheck();
    if (diagnostics.some((d) => d.severity === 'error')) {
      await send({ kind: 'failed', diagnostics });
      process.exit(0);
    }
    await send({ kind: 'checked', warnings: diagnostics });
    // Published under the path of `site` (https://example.com/esg/2024/ → /esg/2024/): every address the pages print carries it.
    const report = loadReport();
    const { site } = report;
    const address = site ? { site: siteRoot(site), base: basePath(site) } : {};
    await astroBuild({ ...astroInlineConfig(request), ...address, outDir: request.outDir });
    if (!existsSync(path.join(request.outDir, 'index.html'))) {
      await send({ kind: 'failed', diagnostics: [{ file: request.outDir, message: 'the build finished without writing index.html', severity: 'error' }] });
      process.exit(0);
    }
    await send({ kind: 'built' });
    const ctx: ConversionContext = {
      variants: report.variants,
      glossary: loadGlossary(),
      scopes: new Map(chapters.map((c) => [c.slug, chapterGlossary(c.frontmatter.glossary, c.file)])),
    };
    const prefixes = new Map(report.variants.map((v) => [v.prefix, v.code]));
    const problems = [
      ...verifyNothingRefused(request.outDir, request.publishDir),
      ...verifyConvertedPages(request.outDir, request.publishDir, ctx),
      ...verifyConvertedDownloads(request.outDir, request.publishDir, { ...ctx, prefixes }),
    ];
    await send({ kind: 'verified', problems });
  } catch (e) {
    await send({ kind: 'failed', diagnostics: e instanceof ReportError ? e.diagnostics : [toDiagnostic(e, request.root)] });
  }
  process.exit(0);
});
