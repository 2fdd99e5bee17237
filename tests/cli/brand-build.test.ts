/**
 * A report with a brand (`_brand.yml`: a magenta primary, a logo, a serif
 * body) built whole: the colour in the site's CSS and in the PDF's drawing,
 * the logo in the site's header and on the PDF cover, the serif typefaces
 * embedded as real subsets. Writes PNGs of the default and the branded cover
 * for a look (their paths are printed).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { drawsColour, pageDrawing } from '../support/pdf-drawing.ts';
import { FIXTURES, TEST_OUTPUT } from '../support/paths.ts';

const WORK = path.join(TEST_OUTPUT, 'brand-build');
const COVERS = path.join(WORK, 'covers');
const BRANDED = path.join(WORK, 'branded-site');
const PLAIN = path.join(WORK, 'default-site');
const PDF = (site: string) => path.join(site, 'pdf', 'test-report-2024-zh-hans.pdf');

/** The brand's primary, #c2185b, and the logo's blue, #1e88e5, as PDF colour components. */
const MAGENTA = [0xc2, 0x18, 0x5b].map((c) => c / 255);
const LOGO_BLUE = [0x1e, 0x88, 0xe5].map((c) => c / 255);
/** The amber of the cover picture (report.yaml `cover.image`). */
const COVER_AMBER = [0xff, 0xb3, 0x00].map((c) => c / 255);

function build(fixture: string, out: string): void {
  const content = path.join(WORK, fixture);
  rmSync(content, { recursive: true, force: true });
  cpSync(path.join(FIXTURES, 'reports', fixture), content, { recursive: true });
  const result = runCli(['build', '--quiet', '--content', content, '--out', out], { timeout: 240_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

function coverPng(site: string, name: string): string {
  mkdirSync(COVERS, { recursive: true });
  const prefix = path.join(COVERS, name);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', PDF(site), prefix]);
  return `${prefix}.png`;
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  build('branded', BRANDED);
  build('minimal', PLAIN);
  const covers = [coverPng(PLAIN, 'cover-default'), coverPng(BRANDED, 'cover-branded')];
  console.log(`covers: ${covers.join(' ')}`);
}, 600_000);
afterAll(() => {
  // The covers stay for a look; the builds go.
  for (const dir of [BRANDED, PLAIN, path.join(WORK, 'branded'), path.join(WORK, 'minimal')]) rmSync(dir, { recursive: true, force: true });
});

describe('a report with _brand.yml', () => {
  it('puts the primary colour in the site’s CSS, loaded after the built-in styles, with the report’s styles/*.css', () => {
    const css = readFileSync(path.join(BRANDED, 'brand', 'style.css'), 'utf8');
    expect(css).toContain('--c-accent: #c2185b;');
    expect(css).toContain("--font-hans: 'Noto Serif SC'");
    expect(css).toContain('.report-style-marker');
    const html = readFileSync(path.join(BRANDED, 'zh-hans', 'index.html'), 'utf8');
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.at(-1)).toBe('/brand/style.css');
    expect(links.findIndex((l) => l.startsWith('/_astro/'))).toBeLessThan(links.length - 1);
    // The serif faces hold the site's characters.
    expect(readFileSync(path.join(BRANDED, 'fonts', 'fallback.css'), 'utf8')).toContain("font-family: 'Noto Serif SC'");
  });

  it('shows the logo in the site’s header, as the favicon and as the Open Graph image', () => {
    const html = readFileSync(path.join(BRANDED, 'zh-hans', 'index.html'), 'utf8');
    expect(html).toMatch(/<header class="site-header">[\s\S]*<img src="\/brand\/logo-medium\.svg"/);
    expect(html).toContain('<link rel="icon" href="/brand/logo-small.svg" type="image/svg+xml">');
    expect(html).toContain('<meta property="og:image" content="/brand/logo-medium.svg">');
    expect(readFileSync(path.join(BRANDED, 'brand', 'logo-medium.svg'), 'utf8')).toContain('#1e88e5');
  });

  it('draws the primary colour in the PDF (cover and pages) and the logo on its cover', async () => {
    const doc = await PDFDocument.load(readFileSync(PDF(BRANDED)), { updateMetadata: false });
    const cover = pageDrawing(doc, 0);
    expect(drawsColour(cover.content, MAGENTA)).toBe(true);
    // The SVG logo is drawn as vectors (or an image, were it a bitmap).
    expect(drawsColour(cover.content, LOGO_BLUE) || cover.images > 0).toBe(true);
    expect(drawsColour(cover.content, COVER_AMBER) || cover.images > 1).toBe(true);
    const pages = Array.from({ length: doc.getPageCount() - 1 }, (_, i) => pageDrawing(doc, i + 1).content).join('\n');
    expect(drawsColour(pages, MAGENTA)).toBe(true);
    // The built-in green is gone.
    expect(
      drawsColour(
        cover.content + pages,
        [0x0b, 0x6b, 0x4b].map((c) => c / 255),
      ),
    ).toBe(false);
  });

  it('embeds the serif typefaces as real subsets: no Type 3 fonts', () => {
    const fonts = execFileSync('pdffonts', [PDF(BRANDED)], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.some((l) => /\+NotoSerifSC-Regular\b/.test(l))).toBe(true);
    expect(fonts.some((l) => /Type 3/.test(l))).toBe(false);
    for (const l of fonts) expect(l, l).toMatch(/\byes\s+yes\s+yes\b/);
  });

  it('leaves a report without a brand as it was: no brand files, no serif, the built-in green', async () => {
    expect(existsSync(path.join(PLAIN, 'brand'))).toBe(false);
    const html = readFileSync(path.join(PLAIN, 'zh-hans', 'index.html'), 'utf8');
    expect(html).not.toContain('/brand/');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect(execFileSync('pdffonts', [PDF(PLAIN)], { encoding: 'utf8' })).not.toContain('NotoSerif');
    const doc = await PDFDocument.load(readFileSync(PDF(PLAIN)), { updateMetadata: false });
    expect(
      drawsColour(
        pageDrawing(doc, 0).content,
        [0x0b, 0x6b, 0x4b].map((c) => c / 255),
      ),
    ).toBe(true);
  });

  it('is checked by `bifolio check`: errors and warnings at their lines, the cover picture’s file too', () => {
    const content = path.join(WORK, 'broken-brand');
    rmSync(content, { recursive: true, force: true });
    cpSync(path.join(FIXTURES, 'reports', 'branded'), content, { recursive: true });
    writeFileSync(
      path.join(content, '_brand.yml'),
      [
        'color:',
        '  primary: "#ffc107"',
        '  secondary: rouge',
        'logo:',
        '  small: images/missing.svg',
        'typography:',
        '  base:',
        '    family: Source Han Serif',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(content, 'report.yaml'), readFileSync(path.join(content, 'report.yaml'), 'utf8').replace('images/cover.svg', 'images/nope.jpg'));
    const result = runCli(['check', '--content', content]);
    expect(result.status).toBe(1);
    const out = result.stdout + result.stderr;
    expect(out).toMatch(/_brand\.yml:2:12 {2}warning: primary .* 1\.63:1/);
    expect(out).toMatch(/_brand\.yml:3:14 {2}"rouge" is neither a hex colour nor a colour of the palette/);
    expect(out).toMatch(/_brand\.yml:5:10 {2}logo not found: images\/missing\.svg/);
    expect(out).toMatch(/_brand\.yml:8:13 {2}warning: the font family "Source Han Serif" is not shipped/);
    expect(out).toMatch(/report\.yaml:9:10 {2}cover image not found: images\/nope\.jpg/);
    rmSync(content, { recursive: true, force: true });
  });
});
