/**
 * The scaffold `bifolio init <dir>` writes: a new report that builds as it is — its
 * configuration, three chapters showing the main components, a KPI table with
 * a chart, a glossary, the brand file, an editors' README, package.json and a
 * workflow publishing the site. The files come from `templates/report/` with
 * the company's name, reporting period and stock code filled in.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/report/', import.meta.url));

/** Template files whose names npm would drop or hide from a package, and the names they are written as. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore', github: '.github' };

export interface InitAnswers {
  /** The company's name, e.g. 示例科技有限公司. */
  name: string;
  /** The reporting period: a year (`2025`) or two dates (`2024-04-01/2025-03-31`). */
  period: string;
  /** The stock code; empty when the company is not listed. */
  stockCode: string;
}

/** A mistake in what was asked for: one plain line, exit status 1. */
export class InitError extends Error {
  override name = 'InitError';
}

export function defaultAnswers(now = new Date()): InitAnswers {
  return { name: '示例科技有限公司', period: String(now.getUTCFullYear() - 1), stockCode: '' };
}

interface Period {
  start: string;
  end: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** `2025` is the calendar year; `2024-04-01/2025-03-31` (or `..`, `~`, ` to `) a financial year. */
export function parsePeriod(text: string): Period {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  const parts = value.split(/\s*(?:\/|\.\.|~|至|\s+to\s+)\s*/);
  if (parts.length === 2 && parts.every(validDate) && parts[0]! <= parts[1]!) return { start: parts[0]!, end: parts[1]! };
  throw new InitError(`--period is a year or two dates, not "${text}"  (e.g. --period 2025, or --period 2024-04-01/2025-03-31)`);
}

function checkStockCode(code: string): string {
  const value = code.trim();
  if (value !== '' && !/^[0-9A-Za-z.]{1,10}$/.test(value)) throw new InitError(`--stock-code is letters and digits, e.g. 00700, not "${code}"`);
  return value;
}

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Every value a template may use, by name. */
export function templateValues(answers: InitAnswers, bifolioVersion: string): Record<string, string> {
  const name = answers.name.trim();
  if (name === '') throw new InitError('--name needs the company\'s name  (e.g. --name 示例科技有限公司)');
  const period = parsePeriod(answers.period);
  const stockCode = checkStockCode(answers.stockCode);
  const year = period.end.slice(0, 4);
  return {
    name,
    stockCode,
    year,
    previousYear: String(Number(year) - 1),
    periodStart: period.start,
    periodEnd: period.end,
    periodText: `${chineseDate(period.start)}至${chineseDate(period.end)}`,
    title: `${name}${year}年环境、社会及管治报告`,
    shortTitle: `${year}年环境、社会及管治报告`,
    description: `${name}${year}年度环境、社会及管治（ESG）表现与进展。`,
    slug: stockCode ? `esg-${stockCode.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${year}` : `esg-${year}`,
    bifolioVersion,
  };
}

const FILTERS: Record<string, (value: string) => string> = {
  /** A YAML (and JSON) string. */
  yaml: (value) => JSON.stringify(value),
  /** Text in MDX: braces and angle brackets are code and tags there. */
  mdx: (value) => value.replace(/[{}<>]/g, (c) => `\\${c}`),
};

/**
 * Fills `{{name}}` and `{{name|filter}}` in a template. Only known names are
 * filled (a workflow's `${{ … }}` stays as it is); a line whose only values
 * are empty is left out (no `stockCode: ""` for an unlisted company).
 */
export function fillTemplate(text: string, values: Record<string, string>): string {
  const placeholder = /\{\{(\w+)(?:\|([\w-]+))?\}\}/g;
  return text
    .split('\n')
    .filter((line) => {
      const used = [...line.matchAll(placeholder)].filter((m) => Object.hasOwn(values, m[1]!));
      return used.length === 0 || used.some((m) => values[m[1]!] !== '');
    })
    .map((line) =>
      line.replace(placeholder, (whole, key: string, filter?: string) => {
        if (!Object.hasOwn(values, key)) return whole;
        const value = values[key]!;
        if (!filter) return value;
        const apply = FILTERS[filter];
        if (!apply) throw new Error(`unknown template filter "${filter}" in {{${key}|${filter}}}`);
        return apply(value);
      }),
    )
    .join('\n');
}

function templateFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? templateFiles(path.join(dir, entry.name), relative) : [relative];
    });
}

function outputName(relative: string): string {
  return relative
    .split('/')
    .map((part) => RENAMED[part] ?? part)
    .join('/');
}

/** Entries that do not make a folder "not empty": a fresh clone's `.git`. */
const IGNORED = new Set(['.git']);

/** Refuses a folder that holds anything (a file in its place too). */
function checkTarget(dir: string, shown: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new InitError(`${shown} is a file; init writes a new report into an empty folder or a new one`);
  const entries = readdirSync(dir).filter((name) => !IGNORED.has(name));
  if (entries.length > 0) {
    throw new InitError(`${shown} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); init writes a new report into an empty folder or a new one, and never overwrites files`);
  }
}

export interface InitOptions {
  /** The folder to write the report into. */
  dir: string;
  answers: InitAnswers;
  bifolioVersion: string;
}

/** Writes the report; returns the files written, relative to `dir`. */
export function writeReport(options: InitOptions): string[] {
  const dir = path.resolve(options.dir);
  const shown = path.relative(process.cwd(), dir) || '.';
  checkTarget(dir, shown);
  const values = templateValues(options.answers, options.bifolioVersion);
  const written: string[] = [];
  for (const relative of templateFiles(TEMPLATE_DIR)) {
    const target = path.join(dir, outputName(relative));
    mkdirSync(path.dirname(target), { recursive: true });
    const source = readFileSync(path.join(TEMPLATE_DIR, relative));
    const text = /\.(svg|png|jpe?g)$/i.test(relative) ? source : fillTemplate(source.toString('utf8'), values);
    writeFileSync(target, text);
    written.push(outputName(relative));
  }
  return written;
}
