/**
 * A synthetic pair of last year's editions for `learn`: Simplified report
 * prose (the sample's own sentences and sentences of a Markov model of them,
 * with a KPI table), its conversion by the zh-Hant converter with 30 hidden
 * house-style choices applied to every occurrence of their word, and both
 * editions dressed as text read out of PDFs: paragraphs read in another order,
 * line breaks and spaces inside words, running heads and folios, the table
 * flattened into a run of cells, a paragraph here and there in one edition
 * only, half-width punctuation in some paragraphs. Deterministic: the same
 * seed gives the same pair.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SentenceModel } from '../../src/bench/markov.ts';
import { chapterSentences, seededRandom } from '../../src/bench/sample-text.ts';
import type { Converter } from '../../src/convert/converter.ts';
import { NameMemory } from '../../src/convert/names.ts';
import { ROOT } from './paths.ts';

export interface HouseStyleChoice {
  hans: string;
  hant: string;
}

/** How the publisher of last year's Traditional edition writes these words (the converter writes otherwise). */
export const HIDDEN_CHOICES: readonly HouseStyleChoice[] = [
  { hans: '发布', hant: '發佈' },
  { hans: '平台', hant: '平臺' },
  { hans: '了解', hant: '瞭解' },
  { hans: '利益相关方', hant: '持份者' },
  { hans: '信息', hant: '資訊' },
  { hans: '质量', hant: '品質' },
  { hans: '鉴证', hant: '鑒證' },
  { hans: '热线', hant: '熱綫' },
  { hans: '数据', hant: '資料' },
  { hans: '网络', hant: '網路' },
  { hans: '软件', hant: '軟體' },
  { hans: '项目', hant: '專案' },
  { hans: '用户', hant: '使用者' },
  { hans: '程序', hant: '程式' },
  { hans: '汇报', hant: '彙報' },
  { hans: '复核', hant: '複核' },
  { hans: '员工', hant: '僱員' },
  { hans: '可持续发展', hant: '永續發展' },
  { hans: '人工智能', hant: '人工智慧' },
  { hans: '董事会', hant: '董事局' },
  { hans: '合同', hant: '合約' },
  { hans: '反馈', hant: '回饋' },
  { hans: '举报', hant: '檢舉' },
  { hans: '澄川科技', hant: '澂川科技' },
  { hans: '于立衡', hant: '于立衡' },
  { hans: '余志明', hant: '余志明' },
  { hans: '范围', hant: '範疇' },
  { hans: '客户', hant: '顧客' },
  { hans: '供应商', hant: '供貨商' },
  { hans: '渠道', hant: '管道' },
];

/** Sentences of our own, so that every hidden word occurs often enough (names occur once in the sample). */
const EXTRA_SENTENCES = [
  '董事会主席于立衡在年度股东大会上回顾了集团在气候行动方面取得的进展。',
  '于立衡表示，集团将继续加大对可再生能源的投入，并按季度向董事会汇报。',
  '在于立衡的主持下，董事会审议通过了新的反贪污政策。',
  '独立非执行董事余志明负责审阅风险管理委员会提交的年度报告。',
  '余志明指出，内部控制的有效性取决于各部门的日常执行。',
  '审核委员会由余志明担任主席，每年至少召开四次会议。',
  '我们通过问卷、座谈会和实地走访等方式，与利益相关方保持定期沟通。',
  '利益相关方关注的议题经过重要性评估后，纳入本报告的披露范围。',
  '本年度，我们邀请主要利益相关方参与了气候风险情景分析的讨论。',
  '任何人都可以通过举报热线或电子邮件反映违规行为，我们对举报人的身份严格保密。',
  '为帮助新入职的同事了解行为准则，我们组织了线上课程和现场答疑。',
  '希望深入了解我们减排路径的读者，可以查阅本报告附录中的方法说明。',
  '内审部门对各业务单元提交的能耗记录进行了抽样复核，并将复核意见反馈给管理层。',
  '澄川科技将于明年发布首份气候相关财务信息披露报告。',
  '热线由第三方机构独立运营，全年无休。',
];

const PARAGRAPHS_OUT_OF_ORDER = 0.7;
const ONE_EDITION_ONLY = 0.05;
const HALF_WIDTH = 0.3;

export interface SyntheticPair {
  simplified: string;
  traditional: string;
  choices: readonly HouseStyleChoice[];
  /** Characters of Simplified prose (before the PDF noise). */
  characters: number;
}

/** The sample's chapters as sentences, figures and references as plain words. */
function sampleSentences(random: () => number): string[] {
  const dir = path.join(ROOT, 'content', 'chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) =>
      chapterSentences(
        readFileSync(path.join(dir, f), 'utf8')
          .replace(/<Kpi [^>]*\/>/g, () => `${Math.floor(100 + random() * 9000)}吨`)
          .replace(/<Ref [^>]*\/>/g, '相关章节'),
      ),
    )
    .map((s) =>
      s.replace(/\s+/g, (space, at: number, all: string) =>
        /[A-Za-z0-9]/.test(all[at - 1] ?? '') && /[A-Za-z0-9]/.test(all[at + space.length] ?? '') ? ' ' : '',
      ),
    );
}

/** A KPI table of the sample, as rows of cells. */
function kpiTable(): string[][] {
  const table = JSON.parse(readFileSync(path.join(ROOT, 'content', 'data', 'kpi', 'environment.json'), 'utf8')) as {
    years: number[];
    groups: Array<{ rows: Array<{ label: string; unit?: string; values: Record<string, number | null> }> }>;
  };
  const rows = table.groups.flatMap((g) => g.rows).slice(0, 14);
  return [
    ['指标', '单位', ...table.years.map(String)],
    ...rows.map((r) => [r.label, r.unit ?? '', ...table.years.map((y) => (r.values[y] == null ? '－' : r.values[y]!.toLocaleString('en-US')))]),
  ];
}

/** Converts a Simplified text and applies the choices to every occurrence of their words. */
export function convertWithChoices(converter: Converter, text: string, choices: readonly HouseStyleChoice[], names?: NameMemory): string {
  const pieces = converter.pieces(text, names);
  // Offsets in the output where each source character's piece starts and ends.
  const outStart = new Int32Array(text.length + 1);
  const outEnd = new Int32Array(text.length + 1);
  let s = 0;
  let o = 0;
  for (const { src, out } of pieces) {
    for (let k = 0; k < src.length; k++) {
      const one = src.length === out.length;
      outStart[s + k] = one ? o + k : o;
      outEnd[s + k] = one ? o + k + 1 : o + out.length;
    }
    s += src.length;
    o += out.length;
  }
  const output = pieces.map((p) => p.out).join('');
  const taken = new Uint8Array(text.length);
  const edits: Array<[number, number, string]> = [];
  for (const choice of [...choices].sort((x, y) => y.hans.length - x.hans.length)) {
    for (let at = text.indexOf(choice.hans); at !== -1; at = text.indexOf(choice.hans, at + 1)) {
      const end = at + choice.hans.length;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      edits.push([outStart[at]!, outEnd[end - 1]!, choice.hant]);
    }
  }
  let result = output;
  for (const [from, to, form] of edits.sort((x, y) => y[0] - x[0])) result = result.slice(0, from) + form + result.slice(to);
  return result;
}

/** Half-width punctuation, as some typesetters print it. */
function halfWidth(text: string): string {
  return text.replace(/，/g, ', ').replace(/：/g, ': ').replace(/；/g, '; ').replace(/（/g, ' (').replace(/）/g, ') ').replace(/「|」/g, '"');
}

/**
 * Text as read out of a PDF: a line break (sometimes a space) every 30 to 40
 * characters wherever it falls, and every ~1,500 characters a running head
 * and a folio with the page number.
 */
function asPdfText(paragraphs: readonly string[], head: string, random: () => number): string {
  const lines: string[] = [];
  let page = 3;
  let onPage = 0;
  for (const paragraph of paragraphs) {
    for (let at = 0; at < paragraph.length;) {
      const n = 30 + Math.floor(random() * 11);
      lines.push(paragraph.slice(at, at + n) + (random() < 0.2 ? ' ' : ''));
      at += n;
      onPage += n;
      if (onPage >= 1400 + random() * 200) {
        lines.push(`— ${page} —`, head);
        page++;
        onPage = 0;
      }
    }
  }
  return `${head}\n${lines.join('\n')}\n— ${page} —\n`;
}

export function houseStylePair(
  converter: Converter,
  options: { seed?: number; minCharacters?: number; choices?: readonly HouseStyleChoice[] } = {},
): SyntheticPair {
  const random = seededRandom(options.seed ?? 2023);
  const choices = options.choices ?? HIDDEN_CHOICES;
  const minCharacters = options.minCharacters ?? 52_000;
  const sample = sampleSentences(random);
  const model = new SentenceModel(sample);
  // The sample's sentences in their order, then the model's, with ours among them.
  const pool = [...sample];
  const paragraphs: string[] = [];
  let length = 0;
  let extra = 0;
  while (length < minCharacters) {
    const n = 3 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) {
      if (random() < 0.06) sentences.push(EXTRA_SENTENCES[extra++ % EXTRA_SENTENCES.length]!);
      else sentences.push(pool.length ? pool.shift()! : model.sentence(random));
    }
    const paragraph = sentences.join('');
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  const table = kpiTable();
  const tableAt = Math.floor(paragraphs.length / 2);

  // One edition is one document: a name recognised anywhere in it is printed the same everywhere.
  const names = new NameMemory().learn([...paragraphs, ...table.flat()]);
  const convert = (text: string) => convertWithChoices(converter, text, choices, names);
  // Paragraphs in both editions, in one only (a few), the table in the middle.
  const simplified: string[] = [];
  const traditional: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i === tableAt) {
      simplified.push(table.map((row) => row.join('\n')).join('\n'));
      traditional.push(table.map((row) => row.map(convert).join(' ')).join(' '));
    }
    const only = random() < ONE_EDITION_ONLY ? (random() < 0.5 ? 'simplified' : 'traditional') : undefined;
    if (only !== 'traditional') simplified.push(p);
    if (only !== 'simplified') traditional.push(random() < HALF_WIDTH ? halfWidth(convert(p)) : convert(p));
  });
  // The Traditional edition's pages read in another order: blocks of paragraphs moved.
  const blocks: string[][] = [];
  for (let i = 0; i < traditional.length;) {
    const n = 2 + Math.floor(random() * 4);
    blocks.push(traditional.slice(i, i + n));
    i += n;
  }
  for (let i = blocks.length - 1; i > 0; i--) {
    if (random() > PARAGRAPHS_OUT_OF_ORDER) continue;
    const j = Math.floor(random() * (i + 1));
    [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  }
  return {
    simplified: asPdfText(simplified, '澄川科技控股有限公司 2023年环境、社会及管治报告', random),
    traditional: asPdfText(blocks.flat(), convert('澄川科技控股有限公司 2023年环境、社会及管治报告'), random),
    choices,
    characters: length,
  };
}
