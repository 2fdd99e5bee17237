/**
 * Synthetic reports for benchmarks: a deterministic report of a given size,
 * `scale` units of prose (PROSE_PER_SCALE of the sample's each). It keeps the sample's configuration,
 * glossary, images and KPI data, and writes new chapters — sentences from a
 * word-level Markov model of the sample's own prose, sections and
 * subsections, lists, footnotes, tables, figures, case boxes, a KPI table
 * and a chart per chapter from KPI data generated with it (sums that hold),
 * figures in sentences, cross-references between chapters — then a KPI
 * appendix and the disclosure indexes. Every HKEX code is covered by some
 * section, so the report passes the completeness check.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SentenceModel } from './markov.ts';
import { chapterSentences, seededRandom } from './sample-text.ts';

export interface SyntheticReportOptions {
  /** The sample report to learn from and take configuration, data and images from. */
  sampleDir: string;
  /** Where the report is written (replaced). */
  outDir: string;
  /** Prose length as a multiple of the sample's. */
  scale: number;
  /** Random seed. Default: 2024. */
  seed?: number;
}

export interface SyntheticReport {
  chapters: number;
  /** Characters of prose written (Markov sentences, headings excluded). */
  characters: number;
  kpiTables: number;
}

/**
 * Prose per unit of scale, as a share of the sample's prose: set so that a 1× report lays out
 * to about the sample's 76 A4 pages and a 4× report to about 200 pages per variant (the disclosure
 * indexes and the KPI appendix do not grow with the prose).
 */
export const PROSE_PER_SCALE = 0.9;

const CODES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/disclosures/codes');

/** Topics for chapter titles, and what sections say about them. */
const THEMES = [
  '绿色运营',
  '气候行动',
  '能源与能效',
  '水资源管理',
  '循环经济',
  '生物多样性',
  '员工发展',
  '健康与安全',
  '多元与包容',
  '供应链责任',
  '客户服务',
  '数据安全',
  '隐私保护',
  '产品质量',
  '商业道德',
  '反腐败',
  '社区投资',
  '乡村振兴',
  '科技创新',
  '可持续金融',
];
const ASPECTS = [
  '政策与制度',
  '目标与进展',
  '风险与机遇',
  '管理架构',
  '主要举措',
  '绩效表现',
  '培训与能力建设',
  '持份者沟通',
  '监督与检查',
  '合规情况',
  '年度回顾',
  '未来计划',
  '数据统计',
  '案例分享',
  '外部合作',
];
const UNITS: Array<[unit: string, label: string]> = [
  ['兆瓦时', '用电量'],
  ['吨', '处理量'],
  ['人', '参与人数'],
  ['小时', '培训时数'],
  ['万元', '投入金额'],
  ['次', '检查次数'],
];
const PARTS = ['华东区域', '华南区域', '华北区域', '西部区域', '香港及海外'];
const SUBSIDIARIES = ['', '澄川云', '澄川数据', '澄川软件'];
const IMAGES = ['solar-rooftop.svg', 'data-centre.svg', 'cloud-security.svg', 'community-volunteers.svg', 'rural-classroom.svg'];
const YEARS = [2024, 2023, 2022, 2021];

export function writeSyntheticReport(options: SyntheticReportOptions): SyntheticReport {
  const random = seededRandom(options.seed ?? 2024);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const chaptersDir = path.join(options.sampleDir, 'chapters');
  const sampleFiles = readdirSync(chaptersDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const sampleSentences = sampleFiles.flatMap((f) =>
    // Figures and references in sentences become plain words, so the model learns whole sentences.
    chapterSentences(
      readFileSync(path.join(chaptersDir, f), 'utf8')
        .replace(/<Kpi [^>]*\/>/g, () => `${Math.floor(100 + random() * 9000)}吨`)
        .replace(/<Ref [^>]*\/>/g, '相关章节'),
    ),
  );
  const model = new SentenceModel(sampleSentences);
  const sampleChars = sampleSentences.reduce((n, s) => n + s.length, 0);
  const budget = Math.round(sampleChars * PROSE_PER_SCALE * options.scale);
  const chapterCount = Math.max(3, Math.round(8 * Math.sqrt(options.scale)));

  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(path.join(options.outDir, 'chapters'), { recursive: true });
  for (const part of ['images', 'data', 'glossary.yaml']) cpSync(path.join(options.sampleDir, part), path.join(options.outDir, part), { recursive: true });
  const config = readFileSync(path.join(options.sampleDir, 'report.yaml'), 'utf8')
    .replace(/^slug: .*$/m, `slug: synthetic-${String(options.scale).replace('.', '-')}x`)
    .replace(/^shortTitle: .*$/m, `shortTitle: 2024年环境、社会及管治报告（合成${options.scale}倍）`);
  writeFileSync(path.join(options.outDir, 'report.yaml'), config);

  let written = 0;
  const sentence = () => {
    const s = model.sentence(random);
    written += s.length;
    return s;
  };
  const paragraph = (min = 2, max = 6) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, sentence).join('');

  // Plan first: titles and headings, so chapters can refer to each other's sections.
  const chapters = Array.from({ length: chapterCount }, (_, i) => {
    const theme = THEMES[i % THEMES.length]!;
    const round = Math.floor(i / THEMES.length);
    const owner = SUBSIDIARIES[round % SUBSIDIARIES.length]!;
    const title = owner ? `${owner}的${theme}` : round ? `${theme}（续${round}）` : theme;
    const aspects = shuffle([...ASPECTS], random);
    const sections = aspects.slice(0, 4 + Math.floor(random() * 3)).map((a) => `${theme}${a}`);
    return { slug: `topic-${String(i + 1).padStart(2, '0')}`, title, theme, sections };
  });
  const sectionCount = chapters.reduce((n, c) => n + c.sections.length, 0);
  // Items the configuration explains rather than reports are not covered anywhere.
  const explained = new Set(Object.keys((parse(config) as { disclosures?: { explanations?: object } }).disclosures?.explanations ?? {}));
  const hkex = codes('hkex').filter((c) => !explained.has(c));
  const gri = codes('gri');
  const perSection = Math.ceil(hkex.length / sectionCount);

  let sectionIndex = 0;
  let footnoteTotal = 0;
  const perChapter = budget / chapterCount;
  chapters.forEach((chapter, i) => {
    const table = `gen_${String(i + 1).padStart(2, '0')}`;
    const rows = writeKpiTable(table, chapter.theme);
    const chapterStart = written;
    const kpi = () => `<Kpi id="${table}.${pick(rows)}" year="${pick(YEARS)}" />`;
    const out: string[] = [
      '---',
      `title: ${chapter.title}`,
      `order: ${i + 2}`,
      `slug: ${chapter.slug}`,
      `description: ${model.sentence(random, 14, 40)}`,
      'kind: chapter',
      '---',
      '',
      `<ChapterOpener tagline="${chapter.theme}，我们在行动" sdgs="${1 + (i % 17)}" ungc="${1 + (i % 10)}">`,
      '',
      paragraph(2, 3),
      '',
      '</ChapterOpener>',
      '',
    ];
    const footnotes: string[] = [];
    let tableShown = false;
    let chartShown = false;
    let tableCount = 0;
    chapter.sections.forEach((heading, s) => {
      const codesHere = hkex.slice(sectionIndex * perSection, (sectionIndex + 1) * perSection);
      sectionIndex++;
      out.push(`## ${heading}`, '');
      const griHere = chance(0.5) ? ` gri="${pick(gri)}"` : '';
      if (codesHere.length || griHere) out.push(`<Disclosures${codesHere.length ? ` hkex="${codesHere.join(' ')}"` : ''}${griHere} />`, '');
      // Cumulative targets, so one block too many in a section does not add up over the report.
      const sectionEnd = chapterStart + (perChapter * (s + 1)) / chapter.sections.length;
      let sub = 0;
      do {
        const roll = random();
        if (roll < 0.5) {
          let text = paragraph();
          if (chance(0.35)) text = text.replace(/。/, `，数值为${kpi()}。`);
          if (chance(0.25)) {
            const id = `n${++footnoteTotal}`;
            // The call before the paragraph's last full stop, or at its end when it ends otherwise (？ ！ ”).
            text = /。$/.test(text) ? text.replace(/。$/, `[^${id}]。`) : `${text}[^${id}]`;
            footnotes.push(`[^${id}]: ${sentence()}`);
          }
          if (chance(0.2) && chapterCount > 1) {
            const other = chapters[(i + 1 + Math.floor(random() * (chapterCount - 1))) % chapterCount]!;
            text += `详见<Ref to="${other.slug}#${pick(other.sections)}" />。`;
          }
          out.push(text, '');
        } else if (roll < 0.6) {
          const numbered = chance(0.5);
          out.push(...Array.from({ length: 3 + Math.floor(random() * 3) }, (_, k) => `${numbered ? `${k + 1}.` : '-'} ${sentence()}`), '');
        } else if (roll < 0.68) {
          out.push(`### ${heading}之${'一二三四五六七八九十'[sub++ % 10]}`, '', paragraph(), '');
        } else if (roll < 0.74) {
          out.push(`<CaseStudy title="${model.sentence(random, 8, 20).replace(/[。；，、：]/g, '')}">`, '', paragraph(3, 5), '', '</CaseStudy>', '');
        } else if (roll < 0.78) {
          out.push('<Highlight title="重点">', '', paragraph(1, 2), '', '</Highlight>', '');
        } else if (roll < 0.84 && !tableShown) {
          tableShown = true;
          out.push(paragraph(1, 2), '', `<KpiTable id="${table}" />`, '');
        } else if (roll < 0.9 && !chartShown) {
          chartShown = true;
          out.push(`<KpiChart rows="${table}.g0_p0, ${table}.g0_p1" type="bar" title="${chapter.theme}主要指标" labels="${PARTS[0]},${PARTS[1]}" />`, '');
        } else if (roll < 0.94) {
          out.push(
            `<Table id="${chapter.slug}-t${++tableCount}" caption="${heading}一览">`,
            '',
            '| 项目 | 2024年 | 2023年 | 说明 |',
            '| --- | ---: | ---: | --- |',
            ...Array.from(
              { length: 4 + Math.floor(random() * 5) },
              () =>
                `| ${pick(ASPECTS)} | ${Math.floor(random() * 1000)} | ${Math.floor(random() * 1000)} | ${model.sentence(random, 8, 30).replace(/[。；]$/, '')} |`,
            ),
            '',
            '</Table>',
            '',
          );
          written += 60;
        } else {
          out.push(`![${chapter.theme}示意图](../images/${pick(IMAGES)} "${heading}示意")`, '');
        }
      } while (written < sectionEnd);
    });
    if (!tableShown) out.push(`<KpiTable id="${table}" />`, '');
    if (footnotes.length) out.push(...footnotes.flatMap((f) => [f, '']));
    writeFileSync(path.join(options.outDir, 'chapters', `${String(i + 2).padStart(2, '0')}-${chapter.slug}.mdx`), out.join('\n'));
  });

  // Front matter and appendices.
  writeChapter('01-about.mdx', 'about', '关于本报告', 1, 'front', [
    paragraph(3, 5),
    '## 报告范围',
    '<Disclosures gri="2-1 2-2 2-3" />',
    paragraph(),
    '## 联系我们',
    paragraph(2, 3),
  ]);
  const tables = readdirSync(path.join(options.outDir, 'data', 'kpi'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.slice(0, -5));
  writeChapter(`${chapterCount + 2}-kpi.mdx`, 'kpi-appendix', '关键绩效指标', chapterCount + 2, 'appendix', [
    paragraph(1, 2),
    ...tables.map((t) => `<KpiTable id="${t}" />`),
  ]);
  writeChapter(`${chapterCount + 3}-index.mdx`, 'disclosure-index', '报告索引', chapterCount + 3, 'appendix', [
    paragraph(1, 2),
    '## 联交所ESG报告守则',
    '<DisclosureIndex framework="hkex" />',
    '## GRI内容索引',
    '<DisclosureIndex framework="gri" />',
  ]);
  return { chapters: chapterCount + 3, characters: written, kpiTables: tables.length };

  function writeChapter(file: string, slug: string, title: string, order: number, kind: string, blocks: string[]) {
    const text = ['---', `title: ${title}`, `order: ${order}`, `slug: ${slug}`, `kind: ${kind}`, '---', '', ...blocks.flatMap((b) => [b, ''])].join('\n');
    writeFileSync(path.join(options.outDir, 'chapters', file), text);
  }

  /** A KPI table of regional figures and their totals (which add up), four years. */
  function writeKpiTable(id: string, theme: string): string[] {
    const groups = [0, 1].map((g) => {
      const [unit, label] = UNITS[Math.floor(random() * UNITS.length)]!;
      const precision = chance(0.3) ? 1 : 0;
      const parts = PARTS.slice(0, 3 + Math.floor(random() * 3)).map((region, k) => ({
        id: `g${g}_p${k}`,
        label: region,
        unit,
        level: 1,
        parent: `g${g}_total`,
        precision,
        values: Object.fromEntries(YEARS.map((y) => [String(y), round(10 + random() * 5000, precision)])),
      }));
      const total = {
        id: `g${g}_total`,
        label: `${label}总计`,
        unit,
        precision,
        values: Object.fromEntries(
          YEARS.map((y) => [
            String(y),
            round(
              parts.reduce((n, p) => n + p.values[String(y)]!, 0),
              precision,
            ),
          ]),
        ),
      };
      return {
        id: `g${g}`,
        label: `${theme}${label}`,
        rows: [total, ...parts],
        check: { id: `g${g}_sum`, type: 'sum', total: total.id, parts: parts.map((p) => p.id) },
      };
    });
    const json = {
      id,
      title: `${theme}绩效`,
      years: YEARS,
      groups: groups.map(({ check: _check, ...g }) => g),
      notes: [{ id: 'scope', text: '数据涵盖本集团运营控制下的全部单位。' }],
      checks: groups.map((g) => g.check),
    };
    writeFileSync(path.join(options.outDir, 'data', 'kpi', `${id}.json`), `${JSON.stringify(json, null, 2)}\n`);
    return groups.flatMap((g) => g.rows.map((r) => r.id));
  }
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function round(value: number, precision: number): number {
  const f = 10 ** precision;
  return Math.round(value * f) / f;
}

function codes(framework: string): string[] {
  const list = JSON.parse(readFileSync(path.join(CODES_DIR, `${framework}.json`), 'utf8')) as { codes: Array<{ code: string }> };
  return list.codes.map((c) => c.code);
}
