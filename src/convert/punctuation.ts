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
  let straight = 0;
  let curly = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019) curly = true;
  }
  if (!curly && straight === 0) return text;
  // Straight quotes are converted only when every one of them touches Chinese text and they pair up.
  let pairStraight = false;
  if (straight > 0 && straight % 2 === 0) {
    pairStraight = true;
    for (let i = text.indexOf('"'); i !== -1 && pairStraight; i = text.indexOf('"', i + 1)) {
      pairStraight = CJK.test(codePointBefore(text, i)) || CJK.test(codePointAt(text, i + 1));
    }
  }
  let nthStraight = 0;
  return text.replace(/[“”‘’"]/g, (ch, at: number) => {
    if (ch === '"') return pairStraight ? (nthStraight++ % 2 === 0 ? '「' : '」') : ch;
    if (ch === '’' && LATIN_OR_DIGIT.test(text[at - 1] ?? '') && LATIN_OR_DIGIT.test(text[at + 1] ?? '')) return ch;
    return CORNER[ch]!;
  });
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
