/**
 * Screenshots of built pages, for looking at what the build produced:
 *   node scripts/screenshot.ts [--dist dist] [--out screenshots] [--width 1280,375] [--full] [--selector css] /zh-hant/environment/ …
 * With `--selector`, each matching element is captured on its own (e.g. `figure.kpi`).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../src/platform/browser.ts';
import { serveStatic } from '../src/platform/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screenshots' },
    width: { type: 'string', default: '1280,375' },
    full: { type: 'boolean', default: false },
    selector: { type: 'string' },
  },
});
const pages = positionals.length ? positionals : ['/', '/zh-hans/', '/zh-hant/environment/'];
mkdirSync(values.out, { recursive: true });
const server = await serveStatic(values.dist);
const { browser, close } = await launchChromium();
try {
  for (const width of values.width.split(',').map(Number)) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
    for (const p of pages) {
      await page.goto(server.url + p, { waitUntil: 'networkidle' });
      const stem = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'landing'}`;
      if (values.selector) {
        const elements = await page.locator(values.selector).all();
        for (const [i, element] of elements.entries()) {
          const file = path.join(values.out, `${stem}-${i + 1}-${width}.png`);
          await element.screenshot({ path: file });
          console.log(file);
        }
        continue;
      }
      const file = path.join(values.out, `${stem}-${width}.png`);
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await close();
  await server.close();
}
