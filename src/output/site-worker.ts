/**
 * Runs Astro's build of the website in a process of its own (forked by
 * site-process.ts) and reports back how it went: the memory Astro holds
 * (module graph, rendered pages, content store) is returned to the system
 * when the process ends, before the PDFs are laid out.
 */
import { build as astroBuild } from 'astro';
import { toDiagnostic } from './astro-errors.ts';
import { astroInlineConfig, type ProjectOptions } from './astro-project.ts';
import type { SiteBuildMessage } from './site-process.ts';
import { loadReport } from '../content/report.ts';
import { basePath, siteRoot } from '../content/site-address.ts';

const send = (message: SiteBuildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('message', async (request: ProjectOptions & { outDir: string }) => {
  try {
    // Published under the path of `site` (https://example.com/esg/2024/ → /esg/2024/): every address the pages print carries it.
    const { site } = loadReport();
    const address = site ? { site: siteRoot(site), base: basePath(site) } : {};
    await astroBuild({ ...astroInlineConfig(request), ...address, outDir: request.outDir });
    await send({ ok: true });
  } catch (e) {
    await send({ ok: false, diagnostic: toDiagnostic(e, request.root) });
  }
  process.exit(0);
});
