/**
 * Punctuation rules applied before dictionary conversion. Every rule maps one
 * character to one character, so text length and alignment are unchanged.
 */

export type QuoteStyle = 'corner' | 'keep';

const CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Mainland quotation marks → corner brackets: “” → 「」 and ‘’ → 『』. A right
 * single quote between two Latin letters or digits is an apostrophe
 * (company’s, 1990’s) and stays. Straight double quotes that touch Chinese
 * text ("绿色"), as typed on keyboards without Chinese quotes, become 「」
 * too when they pair up within the text.
 */
export function cornerQuotes(text: string): string {
  const hasCurly = /[“”‘’]/.test(text);
  const hasStraight = text.includes('"');
  if (!hasCurly && !hasStraight) return text;
  const chars = text.split('');
  if (hasCurly) {
    for (let i = 0; i < chars.length; i++) {
      const mapped = CORNER[chars[i]!];
      if (mapped === undefined) continue;
      if (chars[i] === '’' && LATIN_OR_DIGIT.test(chars[i - 1] ?? '') && LATIN_OR_DIGIT.test(chars[i + 1] ?? '')) continue;
      chars[i] = mapped;
    }
  }
  if (hasStraight) {
    const quotes: number[] = [];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === '"' && (CJK.test(chars[i - 1] ?? '') || CJK.test(chars[i + 1] ?? ''))) quotes.push(i);
    }
    if (quotes.length > 0 && quotes.length % 2 === 0 && quotes.length === text.split('"').length - 1) {
      quotes.forEach((at, n) => (chars[at] = n % 2 === 0 ? '「' : '」'));
    }
  }
  return chars.join('');
}

export function applyQuoteStyle(style: QuoteStyle, text: string): string {
  return style === 'corner' ? cornerQuotes(text) : text;
}
