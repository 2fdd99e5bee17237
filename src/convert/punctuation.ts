/**
 * Punctuation rules applied before dictionary conversion. Every rule maps one
 * character to one character, so text length and alignment are unchanged.
 */

export type QuoteStyle = 'corner' | 'keep';

const CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * Mainland curly quotes → corner brackets: “” → 「」 and ‘’ → 『』. A right
 * single quote between two Latin letters or digits is an apostrophe
 * (company’s, 1990’s) and stays.
 */
export function cornerQuotes(text: string): string {
  if (!/[“”‘’]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const mapped = CORNER[ch];
    if (mapped === undefined) {
      out += ch;
    } else if (ch === '’' && LATIN_OR_DIGIT.test(text[i - 1] ?? '') && LATIN_OR_DIGIT.test(text[i + 1] ?? '')) {
      out += ch;
    } else {
      out += mapped;
    }
  }
  return out;
}

export function applyQuoteStyle(style: QuoteStyle, text: string): string {
  return style === 'corner' ? cornerQuotes(text) : text;
}
