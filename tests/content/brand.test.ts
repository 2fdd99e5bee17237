/** The brand file, `_brand.yml`: defaults, palette references, located errors and warnings, and the style it gives. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, DEFAULT_BRAND, parseBrand } from '../../src/content/brand.ts';
import { brandCss, chartTones, DEFAULT_CHART_TONES } from '../../src/render/brand-theme.ts';
import { renderKpiChart } from '../../src/render/kpi/chart.ts';
import { reportStylesCss } from '../../src/render/brand-assets.ts';
import { mkdirSync } from 'node:fs';

const dir = mkdtempSync(path.join(tmpdir(), 'brand-'));
writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
const FILE = path.join(dir, '_brand.yml');
const parse = (text: string) => parseBrand(FILE, text);

describe('_brand.yml', () => {
  it('is the default brand when empty: today’s look, nothing written', () => {
    const { brand, diagnostics } = parse('');
    expect(diagnostics).toEqual([]);
    expect(brand.colours).toEqual({});
    expect(brand.body).toBe('sans');
    expect(brandCss(brand, 'web')).toBe('');
    expect(brandCss(DEFAULT_BRAND, 'print')).toBe('');
    expect(chartTones(brand)).toBe(DEFAULT_CHART_TONES);
  });

  it('resolves palette names, semantic names and short hex colours', () => {
    const { brand, diagnostics } = parse(
      ['color:', '  palette:', '    magenta: "#C2185B"', '    brand: magenta', '  primary: brand', '  secondary: primary', '  foreground: "#111"'].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(brand.colours).toEqual({ primary: '#c2185b', secondary: '#c2185b', foreground: '#111111' });
    const css = brandCss(brand, 'web');
    expect(css).toContain('--c-accent: #c2185b;');
    expect(css).toContain('--c-text: #111111;');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(brandCss(brand, 'print')).toContain('--c-accent: #c2185b;');
    expect(chartTones(brand)[0]).toBe('#c2185b');
  });

  it('gives the charts the brand’s tones', () => {
    const { brand } = parse('color:\n  primary: "#c2185b"\n');
    const svg = renderKpiChart({ id: 'c', title: 't', unit: 'u', years: [2023, 2024], type: 'bar', series: [{ label: 'a', values: { 2023: 1, 2024: 2 }, precision: 0 }], tones: chartTones(brand) });
    expect(svg).toContain('#c2185b');
    expect(svg).not.toContain('#0b5a40');
  });

  it('reports a colour that is neither hex nor a palette name at its line and column', () => {
    const { diagnostics, brand } = parse(['color:', '  palette:', '    red: "#e53935"', '  primary: rouge'].join('\n'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: FILE, line: 4, column: 12, severity: 'error' });
    expect(diagnostics[0]!.message).toContain('"rouge"');
    expect(diagnostics[0]!.hint).toContain('red');
    expect(brand).toBe(DEFAULT_BRAND);
  });

  it('reports unknown fields and YAML syntax errors where they are', () => {
    const unknown = parse('color:\n  primery: "#c2185b"\n').diagnostics;
    expect(unknown[0]).toMatchObject({ line: 2, column: 3, severity: 'error' });
    expect(unknown[0]!.message).toContain('primery');
    const syntax = parse('color:\n  primary: "#c2185b\n').diagnostics;
    expect(syntax[0]).toMatchObject({ line: 2, severity: 'error' });
  });

  it('warns at the line when text or primary is below WCAG AA on the background, with the ratio', () => {
    const { diagnostics, brand } = parse(['color:', '  background: "#ffffff"', '  primary: "#ffc107"', '  foreground: "#999999"'].join('\n'));
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    const primary = diagnostics.find((d) => d.message.startsWith('primary'))!;
    expect(primary).toMatchObject({ line: 3, column: 12 });
    expect(primary.message).toContain(`${contrastRatio('#ffc107', '#ffffff').toFixed(2)}:1`);
    const text = diagnostics.find((d) => d.message.startsWith('the text'))!;
    expect(text).toMatchObject({ line: 4 });
    expect(text.message).toMatch(/2\.85:1/);
    // Warnings do not stop the brand from being used.
    expect(brand.colours.primary).toBe('#ffc107');
    expect(parse('color:\n  primary: "#0b6b4b"\n').diagnostics).toEqual([]);
  });

  it('takes serif for the body and warns of a family it does not ship, naming those it does', () => {
    const serif = parse('typography:\n  base:\n    family: serif\n  headings: Noto Sans SC\n');
    expect(serif.diagnostics).toEqual([]);
    expect(serif.brand).toMatchObject({ body: 'serif', headings: 'sans' });
    const css = brandCss(serif.brand, 'print');
    expect(css).toContain("--font-hans: 'Noto Serif SC', 'Noto Serif TC'");
    expect(css).toContain("--font-heading-hans: 'Noto Sans SC'");
    expect(parse('typography:\n  base: "Noto Serif TC"\n').brand.body).toBe('serif');

    const other = parse('typography:\n  base:\n    family: Source Han Serif\n');
    expect(other.diagnostics).toHaveLength(1);
    expect(other.diagnostics[0]).toMatchObject({ line: 3, column: 13, severity: 'warning' });
    expect(other.diagnostics[0]!.hint).toContain('Noto Serif SC');
    expect(other.brand.body).toBe('sans');
  });

  it('resolves logos by name or path, relative to the file, and reports a missing one at its line', () => {
    const ok = parse('logo:\n  images:\n    mark: logo.svg\n  small: mark\n  medium:\n    light: logo.svg\n');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.brand.logo.small?.light).toBe(path.join(dir, 'logo.svg'));
    expect(ok.brand.logo.medium?.light).toBe(path.join(dir, 'logo.svg'));
    expect(parse('logo: logo.svg\n').brand.logo.large?.light).toBe(path.join(dir, 'logo.svg'));

    const missing = parse('logo:\n  medium: images/none.svg\n').diagnostics;
    expect(missing[0]).toMatchObject({ line: 2, column: 11, severity: 'error' });
    expect(missing[0]!.message).toContain('logo not found: images/none.svg');
    expect(parse('logo:\n  small: https://example.com/a.svg\n').diagnostics[0]!.message).toContain('not a file of the report');
  });

  it('loads the report’s styles/*.css in file-name order, after the brand', () => {
    const report = mkdtempSync(path.join(tmpdir(), 'styles-'));
    expect(reportStylesCss(report)).toBe('');
    mkdirSync(path.join(report, 'styles'));
    writeFileSync(path.join(report, 'styles', 'b.css'), '.b { color: red; }\n');
    writeFileSync(path.join(report, 'styles', 'a.css'), ':root { --c-surface: #fdf3f7; }\n');
    writeFileSync(path.join(report, 'styles', 'notes.txt'), 'not a style sheet');
    const css = reportStylesCss(report);
    expect(css.indexOf('--c-surface')).toBeLessThan(css.indexOf('.b {'));
    expect(css).not.toContain('not a style sheet');
  });
});
