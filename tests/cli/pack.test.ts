/**
 * Bifolio as a report repository uses it: the package as `npm pack` makes it
 * (only what runs: no tests, no sample report, no fixtures), installed into a
 * fresh folder, `npx bifolio init report --yes`, `npm install` in the new
 * report and `npx bifolio build` there: the website of both scripts and four
 * PDFs in the report's dist/, and nothing written into node_modules/bifolio.
 *
 * npm install needs the package registry; when it cannot be reached the test
 * is skipped with the reason. Its sizes are printed (`BIFOLIO_PACK_SIZES=<file>`
 * also writes them as JSON).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { childEnv } from '../support/cli.ts';
import { drawsColour, pageDrawing } from '../support/pdf-drawing.ts';
import { siteUnderPath } from '../support/site-addresses.ts';
import { ROOT } from '../support/paths.ts';
import { ALL_FAMILIES } from '../../src/fonts/families.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-pack-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MINUTE = 60_000;

const ORIGIN = 'https://example.com';
const BASE = '/esg/2024/';
/** The brand's primary, #c2185b, and the logo's blue, #1e88e5, as PDF colour components. */
const MAGENTA = [0xc2, 0x18, 0x5b].map((c) => c / 255);
const LOGO_BLUE = [0x1e, 0x88, 0xe5].map((c) => c / 255);
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="40" height="40" rx="8" fill="#1e88e5"/><rect x="48" y="12" width="68" height="16" fill="#1e88e5"/></svg>\n';
const BRAND = `meta:
  name: 示例科技有限公司
color:
  palette:
    magenta: "#c2185b"
  primary: magenta
logo:
  images:
    mark: images/logo.svg
  small: mark
  medium: mark
typography:
  base:
    family: serif
`;

/** The names of the fonts a PDF embeds. */
function pdfFontNames(doc: PDFDocument): string[] {
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.push(base.decodeText());
  }
  return names;
}

function run(command: string, args: string[], cwd: string, timeout = 10 * MINUTE): SpawnSyncReturns<string> {
  // The child finds the report's own bifolio and Node.js, never this repository's.
  // Nor what npm tells the scripts it runs (npm_config_local_prefix would install into this repository).
  const env = childEnv({ BIFOLIO_CONTENT: undefined });
  for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_')) delete env[key];
  Object.assign(env, { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
  return spawnSync(command, args, { cwd, encoding: 'utf8', env, timeout });
}

const failed = (what: string, result: SpawnSyncReturns<string>) =>
  `${what} failed (${result.status ?? result.signal ?? result.error?.message}):\n${result.stdout}\n${result.stderr}`;

/** npm could not reach the registry (no network, no DNS, a proxy refusing): not Bifolio's failure. */
const NETWORK = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network|socket hang up|request to \S+ failed)\b/i;

/** Bytes of the files under `dir` (links not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Every file under `dir` with its size and time, to see that nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const stat = statSync(full);
    files.set(path.relative(dir, full), entry.isFile() ? `${stat.size} ${stat.mtimeMs}` : 'dir');
  }
  return files;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

describe('the package, installed in a new report repository', () => {
  let tarball = '';
  let skipped: string | undefined;
  const repo = path.join(work, 'repo');
  const report = path.join(repo, 'report');
  const sizes: Record<string, number> = {};

  beforeAll(() => {
    const packed = run('npm', ['pack', '--pack-destination', work, '--json'], ROOT, 2 * MINUTE);
    if (packed.status !== 0) throw new Error(failed('npm pack', packed));
    const [info] = JSON.parse(packed.stdout) as { filename: string; size: number; unpackedSize: number }[];
    tarball = path.join(work, info!.filename);
    sizes.tarball = statSync(tarball).size;
    sizes.unpacked = info!.unpackedSize;

    // A fresh repository that allows the install scripts of the Node.js Bifolio runs on.
    mkdirSync(repo);
    writeFileSync(
      path.join(repo, 'package.json'),
      `${JSON.stringify({ name: 'pack-test', private: true, allowScripts: { node: true, esbuild: true, sharp: true } }, null, 2)}\n`,
    );
    const started = performance.now();
    const installed = run('npm', ['install', '--save-dev', tarball], repo, 15 * MINUTE);
    sizes.installSeconds = Math.round((performance.now() - started) / 1000);
    if (installed.status !== 0) {
      if (NETWORK.test(`${installed.stdout}\n${installed.stderr}`)) {
        skipped = `npm install could not reach the package registry, so the installed package was not tested:\n${installed.stderr.trim().split('\n').slice(-5).join('\n')}`;
        return;
      }
      throw new Error(failed('npm install', installed));
    }
    sizes.installed = bytesUnder(path.join(repo, 'node_modules'));
    sizes.installedFonts = bytesUnder(path.join(repo, 'node_modules', 'bifolio', 'fonts'));
  }, 20 * MINUTE);

  it('holds only what runs: no tests, no sample report, no fixtures', () => {
    const listed = run('tar', ['-tzf', tarball], work);
    expect(listed.status).toBe(0);
    const files = listed.stdout
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''));
    expect(files).toContain('scripts/bifolio.mjs');
    expect(files).toContain('scripts/typescript-hooks.mjs');
    expect(files).toContain('src/cli/main.ts');
    expect(files).toContain('templates/report/report.yaml');
    expect(files).toContain('astro.config.mjs');
    expect(files.filter((f) => /^(tests|content|\.ci|\.bench|dist)\//.test(f) || /fixtures|\.test\.ts$|^src\/bench\//.test(f))).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { private?: boolean; dependencies: Record<string, string> };
    expect(pkg.private).toBeUndefined();
    // The Node.js the command runs on comes with it.
    expect(pkg.dependencies.node).toBeDefined();
  });

  it('ships each font family once, only the weights Bifolio uses, with its licence, and depends on no font package', () => {
    const listed = run('tar', ['-tzf', tarball], work);
    const shipped = listed.stdout
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''))
      .filter((f) => f.startsWith('fonts/'))
      .sort();
    const expected = ALL_FAMILIES.flatMap((family) => [...family.files.map((file) => `fonts/${file.shipped}`), `fonts/${family.key}/OFL.txt`]).sort();
    expect(shipped).toEqual(expected);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((name) => /^@(expo-google-fonts|fontsource)/.test(name))).toEqual([]);
    if (!skipped) for (const scope of ['@expo-google-fonts', '@fontsource']) expect(existsSync(path.join(repo, 'node_modules', scope)), scope).toBe(false);
  });

  it(
    'writes a new report with npx bifolio init, which builds with a brand and under a path: both scripts and four PDFs, nothing written into the package',
    async (ctx) => {
      if (skipped) {
        console.warn(`skipped: ${skipped}`);
        ctx.skip();
      }
      const init = run('npx', ['bifolio', 'init', 'report', '--yes'], repo);
      expect(init.status, failed('npx bifolio init', init)).toBe(0);
      expect(existsSync(path.join(report, 'report.yaml'))).toBe(true);
      // The company's own look and address: a distinctive primary colour, a logo, a serif body, a site under a path.
      writeFileSync(path.join(report, 'images', 'logo.svg'), LOGO);
      writeFileSync(path.join(report, '_brand.yml'), BRAND);
      writeFileSync(path.join(report, 'report.yaml'), `${readFileSync(path.join(report, 'report.yaml'), 'utf8').trimEnd()}\nsite: ${ORIGIN}${BASE}\n`);

      // The new report's own install: its package.json names bifolio; this one is the package under test.
      const started = performance.now();
      const installed = run('npm', ['install', '--save-dev', tarball], report, 15 * MINUTE);
      sizes.secondInstallSeconds = Math.round((performance.now() - started) / 1000);
      expect(installed.status, failed('npm install in the new report', installed)).toBe(0);
      const pkg = JSON.parse(readFileSync(path.join(report, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
      expect(Object.keys(pkg.devDependencies)).toEqual(['bifolio']);

      const packageDir = path.join(report, 'node_modules', 'bifolio');
      const before = snapshot(packageDir);
      const buildStarted = performance.now();
      const built = run('npx', ['bifolio', 'build'], report);
      sizes.buildSeconds = Math.round((performance.now() - buildStarted) / 1000);
      expect(built.status, failed('npx bifolio build', built)).toBe(0);
      expect(built.stderr).toBe('');

      const dist = path.join(report, 'dist');
      for (const page of ['index.html', 'zh-hans/index.html', 'zh-hant/index.html']) expect(existsSync(path.join(dist, page)), page).toBe(true);
      expect(readFileSync(path.join(dist, 'zh-hant/index.html'), 'utf8')).toContain('環境、社會及管治報告');
      const pdfs = readdirSync(path.join(dist, 'pdf'))
        .filter((f) => f.endsWith('.pdf'))
        .sort();
      expect(pdfs).toHaveLength(4);
      for (const pdf of pdfs)
        expect(
          readFileSync(path.join(dist, 'pdf', pdf))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');

      // The brand: its colour in the site's CSS and in the PDFs' drawing, the logo in the header and on the cover, the serif body embedded.
      expect(readFileSync(path.join(dist, 'brand', 'style.css'), 'utf8')).toContain('--c-accent: #c2185b;');
      const home = readFileSync(path.join(dist, 'zh-hans', 'index.html'), 'utf8');
      expect(home).toMatch(/<img src="\/esg\/2024\/brand\/[^"]+\.svg"/);
      const doc = await PDFDocument.load(
        readFileSync(
          path.join(
            dist,
            'pdf',
            pdfs.find((f) => /zh-hans\.pdf$/.test(f))!,
          ),
        ),
        { updateMetadata: false },
      );
      const cover = pageDrawing(doc, 0);
      expect(drawsColour(cover.content, MAGENTA)).toBe(true);
      expect(drawsColour(cover.content, LOGO_BLUE) || cover.images > 0).toBe(true);
      const fonts = pdfFontNames(doc);
      expect(
        fonts.some((f) => f.includes('NotoSerifSC')),
        fonts.join(' '),
      ).toBe(true);
      // The address: every internal link and asset under the path, robots.txt pointing at the sitemap there.
      const { problems, checked } = siteUnderPath(dist, BASE).problems(ORIGIN);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(100);
      expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap.xml`);
      expect(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).toContain(`<loc>${ORIGIN}${BASE}zh-hans/</loc>`);

      // Astro's working files go to the report's .bifolio/; the package stays as installed.
      expect(existsSync(path.join(report, '.bifolio'))).toBe(true);
      expect(snapshot(packageDir)).toEqual(before);
      expect(readdirSync(report).sort()).toEqual([
        '.bifolio',
        '.github',
        '.gitignore',
        'README.md',
        '_brand.yml',
        'chapters',
        'data',
        'dist',
        'glossary.yaml',
        'images',
        'node_modules',
        'package-lock.json',
        'package.json',
        'report.yaml',
      ]);
    },
    30 * MINUTE,
  );

  afterAll(() => {
    const summary = [
      `tarball ${mb(sizes.tarball ?? 0)} (unpacked ${mb(sizes.unpacked ?? 0)})`,
      sizes.installed ? `installed node_modules ${mb(sizes.installed)} (fonts ${mb(sizes.installedFonts ?? 0)}) in ${sizes.installSeconds} s` : 'not installed',
      sizes.buildSeconds ? `second install ${sizes.secondInstallSeconds} s, build ${sizes.buildSeconds} s` : '',
    ].filter(Boolean);
    console.log(`package sizes: ${summary.join('; ')}`);
    if (process.env.BIFOLIO_PACK_SIZES) writeFileSync(process.env.BIFOLIO_PACK_SIZES, `${JSON.stringify(sizes, null, 2)}\n`);
  });
});
