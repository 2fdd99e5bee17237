/**
 * Number labels of chapters, sections, tables and figures, from the
 * templates in report.yaml (`numbering:`): `第{n:cn}章`, `{c}.{n}`, `表{n}`.
 * Numbers are computed from the order of the report, never typed.
 */

/** Tokens a template may use. */
export const NUMBER_TOKENS = ['{n}', '{n:cn}', '{n:alpha}', '{c}', '{s}'] as const;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
    return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
  }
  return String(n);
}

/** 1 → A, 26 → Z, 27 → AA. */
export function alphaNumeral(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export interface NumberValues {
  /** The item's own number, 1-based. */
  n: number;
  /** The chapter's short number: 3 for a chapter, C for an appendix; undefined outside numbered chapters. */
  c?: string;
  /** The section's number within its chapter (for subsections). */
  s?: number;
}

/**
 * Fills a template. A template that needs `{c}` or `{s}` where there is none
 * drops that token and the punctuation joining it (`{c}.{n}` → `{n}`).
 */
export function formatNumber(template: string, values: NumberValues): string {
  let t = template;
  if (values.c === undefined) t = t.replace(/\{c\}[.\-–]?/g, '');
  if (values.s === undefined) t = t.replace(/\{s\}[.\-–]?/g, '');
  return t
    .replaceAll('{n:cn}', chineseNumeral(values.n))
    .replaceAll('{n:alpha}', alphaNumeral(values.n))
    .replaceAll('{n}', String(values.n))
    .replaceAll('{c}', values.c ?? '')
    .replaceAll('{s}', String(values.s ?? ''));
}

/** Tokens in braces a template uses that Bifolio does not know. */
export function unknownTokens(template: string): string[] {
  return [...template.matchAll(/\{[^}]*\}/g)].map((m) => m[0]).filter((t) => !(NUMBER_TOKENS as readonly string[]).includes(t));
}

/** Whether items numbered by this template restart in every chapter. */
export function perChapter(template: string): boolean {
  return template.includes('{c}');
}

export type ChapterKind = 'front' | 'chapter' | 'appendix';

/**
 * Labels of chapters in reading order: numbered chapters 第一章 …,
 * appendices 附录一 …, front matter none. `short` is the chapter's `{c}`.
 */
export function chapterLabels(kinds: readonly ChapterKind[], templates: { chapter: string; appendix: string }): Array<{ number?: string; short?: string }> {
  let chapters = 0;
  let appendices = 0;
  return kinds.map((kind) => {
    if (kind === 'chapter') {
      chapters++;
      return { short: String(chapters), ...(templates.chapter ? { number: formatNumber(templates.chapter, { n: chapters }) } : {}) };
    }
    if (kind === 'appendix') {
      appendices++;
      return { short: alphaNumeral(appendices), ...(templates.appendix ? { number: formatNumber(templates.appendix, { n: appendices }) } : {}) };
    }
    return {};
  });
}
