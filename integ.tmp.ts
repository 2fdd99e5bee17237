import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './src/output/browser.ts';
import { serveStatic } from './src/output/static-server.ts';
import { renderPdf } from './src/output/pdf/render.ts';
import { finishPdf } from './src/output/pdf/finish.ts';
import { pdfWords } from './src/output/pdf/poppler.ts';
import { checkTextIntegrity, documentPassages, pdfStreams } from './src/output/pdf/integrity.ts';
import { FONT_URL_PREFIX, printFontFile } from './src/render/print/fonts.ts';
const server = await serveStatic('dist', 0, { extra: (p) => (p.startsWith(FONT_URL_PREFIX) ? printFontFile(p.slice(FONT_URL_PREFIX.length)) : undefined) });
const { browser, close } = await launchChromium();
for (const prefix of ['zh-hans', 'zh-hant']) {
  const r = await renderPdf(browser, { url: `${server.url}/print/${prefix}/`, timeoutMs: 120000 });
  const out = await finishPdf(r.pdf, { metadata: { ...r.metadata, date: new Date('2025-04-25T12:00:00Z') } });
  writeFileSync(`/tmp/i-${prefix}.pdf`, out);
  const t = performance.now();
  const html = readFileSync(`dist/print/${prefix}/index.html`, 'utf8');
  const words = pdfWords(`/tmp/i-${prefix}.pdf`);
  const problems = checkTextIntegrity(html, words, r.pages);
  console.log(prefix, 'integrity ms', (performance.now() - t).toFixed(0), 'passages', documentPassages(html).length, problems.length);
  for (const p of problems.slice(0, 15)) console.log(' ', p.kind, p.pages, p.text.slice(0, 100));
  if (prefix === 'zh-hant') { const s = pdfStreams(words, r.pages); writeFileSync('/tmp/body.txt', s.body.text); writeFileSync('/tmp/notes.txt', s.notes.text); }
}
await close(); await server.close();
