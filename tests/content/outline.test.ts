/**
 * The report outline from fixture chapters: numbering of chapters, sections,
 * tables and figures; what references resolve to; where disclosure codes
 * are covered; and located errors for unknown targets, unknown codes and
 * duplicate ids. Each fixture directory holds chapters/ (input) and
 * expected.json (output).
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/content/report-schema.ts';
import { targetLabel } from '../../src/content/outline/labels.ts';
import { buildOutline, resolveTarget, type Outline } from '../../src/content/outline/outline.ts';
import { readChapterSources } from '../../src/content/outline/parse.ts';
import { FIXTURES } from '../support/paths.ts';

const DIR = path.join(FIXTURES, 'outline');
const defaults = reportSchema.shape.numbering.parse({});

function outlineOf(name: string, numbering = defaults, disclosures = { frameworks: [] as never[], explanations: {} }): Outline {
  return buildOutline(readChapterSources(path.join(DIR, name, 'chapters')), {
    numbering,
    disclosures,
    kpiTitles: new Map([['environment', '环境绩效']]),
  });
}

function summary(outline: Outline) {
  return {
    chapters: outline.chapters.map((c) => ({
      slug: c.slug,
      kind: c.kind,
      number: c.number ?? null,
      headings: c.headings.map((h) => [h.depth, h.id, h.number ?? null]),
      items: c.items.map((i) => [i.number, i.anchor, i.title ?? null]),
    })),
    coverage: Object.fromEntries([...outline.coverage].map(([f, codes]) => [f, Object.fromEntries([...codes].map(([code, targets]) => [code, targets.map((t) => `${t.chapter.slug}${t.anchor ? `#${t.anchor}` : ''}`)]))])),
    diagnostics: outline.diagnostics.map((d) => `${path.basename(d.file)}:${d.line ?? ''}:${d.column ?? ''} ${d.severity}: ${d.message}`),
  };
}

const expected = (name: string) => JSON.parse(readFileSync(path.join(DIR, name, 'expected.json'), 'utf8'));

describe('report outline', () => {
  it('numbers chapters, sections, tables and figures in reading order (numbered fixture)', () => {
    expect(summary(outlineOf('numbered'))).toEqual(expected('numbered'));
  });

  it('reports unknown references, unknown codes and duplicate ids at their file, line and column (broken fixture)', () => {
    expect(summary(outlineOf('broken'))).toEqual(expected('broken'));
  });

  it('follows the numbering templates of report.yaml', () => {
    const outline = outlineOf('numbered', reportSchema.shape.numbering.parse({ chapter: '{n}.', section: '{c}.{n}', subsection: '{c}.{s}.{n}', appendix: '附录{n:alpha}', table: '表{c}-{n}', figure: '图{n:cn}' }));
    const climate = outline.bySlug.get('climate')!;
    expect(climate.number).toBe('1.');
    expect(climate.headings.map((h) => h.number)).toEqual(['1.1', '1.1.1', '1.2', '1.3']);
    expect(climate.items.map((i) => i.number)).toEqual(['表1-1', '图二', '图三']);
    expect(outline.bySlug.get('people')!.items[0]!.number).toBe('表2-1');
    expect(outline.bySlug.get('kpi')!.number).toBe('附录A');
    expect(outline.bySlug.get('kpi')!.items[0]!.number).toBe('表A-1');
    // Front matter has no chapter number: its figure is numbered without one.
    expect(outline.bySlug.get('letter')!.items[0]!.number).toBe('图一');
  });

  it('renumbers everything when a chapter moves', () => {
    const outline = outlineOf('numbered');
    const sources = outline.chapters.map((c) => c.source);
    const moved = buildOutline([sources[0]!, sources[2]!, sources[1]!, sources[3]!], { numbering: defaults, disclosures: { frameworks: [], explanations: {} } });
    expect(moved.bySlug.get('people')!.number).toBe('第一章');
    expect(moved.bySlug.get('climate')!.number).toBe('第二章');
    expect(moved.bySlug.get('climate')!.headings[0]!.number).toBe('2.1');
    expect(moved.bySlug.get('climate')!.items.map((i) => i.number)).toEqual(['表2', '图2', '图3']);
  });

  it('labels references with the target’s number and title, in one house style', () => {
    const outline = outlineOf('numbered');
    const letter = outline.bySlug.get('letter')!;
    const climate = outline.bySlug.get('climate')!;
    const label = (to: string, from = letter) => targetLabel(resolveTarget(outline, from, to)!, from);
    expect(label('climate')).toBe('第一章 气候行动');
    expect(label('climate#能源管理')).toBe('1.2 能源管理');
    expect(label('climate#能源管理-1')).toBe('1.3 能源管理');
    expect(label('climate#范围一')).toBe('第一章“范围一”');
    expect(label('#scopes', climate)).toBe('表1 排放范围');
    expect(label('climate#pue')).toBe('图2 PUE趋势');
    expect(label('kpi:environment')).toBe('表3 环境绩效');
    expect(label('letter#展望', climate)).toBe('“主席致辞－展望”');
    expect(label('#展望')).toBe('“展望”');
    expect(label('kpi')).toBe('附录一 关键绩效表');
    expect(resolveTarget(outline, letter, 'climate#nothing')).toBeUndefined();
  });
});

describe('disclosure index settings', () => {
  it('requires every HKEX mandatory and comply-or-explain item to be covered or explained', () => {
    const outline = outlineOf('numbered', defaults, { frameworks: ['hkex'] as never[], explanations: { A2: '说明', A1: '已覆盖却又说明', Z9: '不存在' } });
    const messages = outline.diagnostics.map((d) => d.message);
    expect(messages).toContain('HKEX MDR-13 (管治架构：董事会对ESG事宜的监管、管理及目标检讨声明) is mandatory but no chapter covers it');
    expect(messages.some((m) => m.startsWith('HKEX A2 '))).toBe(false); // explained
    expect(messages.some((m) => m.startsWith('HKEX A1.1 '))).toBe(false); // covered
    expect(messages.some((m) => /^HKEX B1\.2 .* is comply-or-explain but no chapter covers it$/.test(m))).toBe(true);
    expect(messages).toContain('explanation for "Z9", which is not an HKEX code');
    expect(messages).toContain('HKEX A1 is explained as not reported, but a chapter declares it covered');
  });
});

describe('reading chapters again', () => {
  it('sees a chapter edited, added or removed since the last read, and reuses unchanged ones', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bifolio-outline-'));
    try {
      const chapter = (title: string, order: number) => `---\ntitle: ${title}\norder: ${order}\n---\n\n## ${title}概览\n\n正文。\n`;
      writeFileSync(path.join(dir, '01-a.mdx'), chapter('甲', 1));
      writeFileSync(path.join(dir, '02-b.mdx'), chapter('乙', 2));
      const first = readChapterSources(dir);
      expect(first.map((s) => s.frontmatter.title)).toEqual(['甲', '乙']);
      // Unchanged files are not read or parsed again: the same objects come back.
      expect(readChapterSources(dir)).toEqual(first);
      expect(readChapterSources(dir)[0]).toBe(first[0]);
      // The same length, written again: still seen (the stamp includes the modification time).
      writeFileSync(path.join(dir, '01-a.mdx'), chapter('丙', 1));
      utimesSync(path.join(dir, '01-a.mdx'), new Date(), new Date(Date.now() + 5_000));
      writeFileSync(path.join(dir, '03-c.mdx'), chapter('丁', 3));
      rmSync(path.join(dir, '02-b.mdx'));
      const second = readChapterSources(dir);
      expect(second.map((s) => s.frontmatter.title)).toEqual(['丙', '丁']);
      expect(second[0]!.items.headings.map((h) => h.text)).toEqual(['丙概览']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
