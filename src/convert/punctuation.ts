/**
 * Punctuation rules applied before dictionary conversion. Every rule maps one
 * character to one character, so text length and alignment are unchanged.
 */

export type QuoteStyle = 'corner' | 'keep';

const CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
/** Chinese text around a straight quote, including the curly quotes this module turns into corner brackets. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

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
      if (chars[i] === '"' && (CJK.test(codePointBefore(text, i)) || CJK.test(codePointAt(text, i + 1)))) quotes.push(i);
    }
    if (quotes.length > 0 && quotes.length % 2 === 0 && quotes.length === text.split('"').length - 1) {
      quotes.forEach((at, n) => (chars[at] = n % 2 === 0 ? '「' : '」'));
    }
  }
  return chars.join('');
}

/** The whole character (surrogate pairs included) ending just before offset `i`. */
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1]!;
}

/** The whole character starting at offset `i`. */
function codePointAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

export function applyQuoteStyle(style: QuoteStyle, text: string): string {
  return style === 'corner' ? cornerQuotes(text) : text;
}
