/**
 * The one declaration of the chapters' components (content/components.ts):
 * every declared component exists and is documented for editors, and what a
 * declaration says is what the outline, the Markdown pipeline and the check do.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, declaredFramework, isChapterAware, MDX_COMPONENT_NAMES } from '../../src/content/components.ts';
import { checkKpiReference } from '../../src/content/check/kpi-references.ts';
import { collectChapter } from '../../src/content/outline/collect.ts';
import { chapterParser } from '../../src/content/outline/parse.ts';
import { ROOT } from '../support/paths.ts';

describe('every declared component', () => {
  const guide = readFileSync(path.join(ROOT, 'content', 'README.md'), 'utf8');
  it.each(MDX_COMPONENT_NAMES)('<%s> has its Astro component and is shown in the editors\' guide', (name) => {
    expect(existsSync(path.join(ROOT, 'src', 'render', 'mdx', `${name}.astro`))).toBe(true);
    expect(guide).toMatch(new RegExp(`<${name}[ />]`));
  });
  it('numbered components learn their chapter and position', () => {
    for (const [name, declaration] of Object.entries(COMPONENTS)) if ('numbered' in declaration) expect(isChapterAware(name), name).toBe(true);
    expect(isChapterAware('Ref')).toBe(true);
    expect(isChapterAware('Highlight')).toBe(false);
    expect(isChapterAware('toString')).toBe(false);
  });
});

describe('what a declaration means', () => {
  const items = (mdx: string) => collectChapter(chapterParser().parse(mdx));

  it('numbers tables and figures with their title attribute; a KPI table is named by its data table, not an element id', () => {
    const { numbered, ids } = items('<Table caption="甲" id="t1">\n\n|a|\n|-|\n|1|\n\n</Table>\n\n<KpiTable id="environment" caption="乙" />\n\n<KpiChart rows="environment.ghg" title="丙" />\n');
    expect(numbered.map((n) => [n.component, n.kind, n.title, n.id, n.kpiTable])).toEqual([
      ['Table', 'table', '甲', 't1', undefined],
      ['KpiTable', 'table', '乙', undefined, 'environment'],
      ['KpiChart', 'figure', '丙', undefined, undefined],
    ]);
    expect([...ids.keys()]).toEqual(['t1']);
  });

  it('takes disclosure codes from the attributes a component declares, mapped to their frameworks', () => {
    expect(declaredFramework('ChapterOpener', 'sdgs')).toBe('sdg');
    expect(declaredFramework('ChapterOpener', 'title')).toBeUndefined();
    expect(declaredFramework('Disclosures', 'gri')).toBe('gri');
    expect(declaredFramework('Highlight', 'gri')).toBeUndefined();
    const { declarations } = items('<ChapterOpener title="环境" sdgs="7, 13" />\n\n## 排放\n\n<Disclosures hkex="A1.1" />\n');
    expect(declarations.map((d) => [d.component, d.codes, d.section])).toEqual([
      ['ChapterOpener', { sdgs: ['7', '13'] }, undefined],
      ['Disclosures', { hkex: ['A1.1'] }, '排放'],
    ]);
  });

  it('checks KPI references by what the component reads', () => {
    const none = new Map();
    expect(checkKpiReference('Kpi', {}, none)[0]?.message).toBe('<Kpi> needs an id and a year');
    expect(checkKpiReference('KpiTable', {}, none)[0]?.message).toBe('<KpiTable> needs an id');
    expect(checkKpiReference('KpiChart', {}, none)[0]?.message).toBe('<KpiChart> needs rows');
    expect(checkKpiReference('KeyFigure', {}, none)[0]?.message).toBe('<KeyFigure> needs a value or a kpi');
    expect(checkKpiReference('Highlight', {}, none)).toEqual([]);
  });
});
