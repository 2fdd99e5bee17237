/**
 * Text of a published edition made comparable with the other script's:
 * running heads, folios and page numbers dropped, the spaces and line breaks
 * a PDF puts inside Chinese text removed, radicals a PDF's text layer holds
 * for ideographs read as the ideographs, and punctuation unified (full- and
 * half-width, curly quotes and corner brackets). Every step keeps, for each character it returns, the
 * offset of the character it came from, so a place found in the comparable
 * text can be shown in the text as published.
 */

/** Text with, for each UTF-16 unit, the offset in the text it was made from. */
export interface Mapped {
  text: string;
  at: Int32Array;
}

/** A Chinese character or punctuation mark: where spaces are never part of the text. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // vertical forms
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    (code >= 0xd800 && code <= 0xdfff) // surrogates: extension B and beyond
  );
}

/** A Chinese ideograph (not punctuation). */
export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
}

/** Ideographs only, and at least one. */
export function allHan(text: string): boolean {
  if (!text) return false;
  for (let i = 0; i < text.length; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

const WHITESPACE = /\s/;

/** A line repeated on page after page: the same text but for its digits (running heads, folios). */
function lineKey(line: string): string {
  return line.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

const LINE_BREAK = /\r\n|\r|\n|\f/;

/** How often a short line must occur to count as a running head or folio. */
const RUNNING_MIN = 3;
const RUNNING_MAX_LENGTH = 60;

/**
 * Running heads and footers, folios (`12`, `- 12 -`, `第12页`): short lines
 * that repeat, page numbers aside, at least three times — or, in a PDF's text
 * (pages separated by form feeds), at the head or foot of two pages or more.
 * Returned as the set of their keys.
 */
function runningLines(text: string): Set<string> {
  const counts = new Map<string, number>();
  const add = (key: string, map: Map<string, number>) => {
    if (key && key.length <= RUNNING_MAX_LENGTH) map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const line of text.split(LINE_BREAK)) add(lineKey(line), counts);
  const running = new Set<string>();
  for (const [key, n] of counts) if (n >= RUNNING_MIN || /^[#\-–—·.|/第页頁Pp()（）]+$/.test(key)) running.add(key);
  const pages = text.split('\f');
  if (pages.length >= 2) {
    const atEdges = new Map<string, number>();
    for (const page of pages) {
      const lines = page.split(LINE_BREAK).map(lineKey).filter(Boolean);
      for (const key of new Set([...lines.slice(0, 2), ...lines.slice(-2)])) add(key, atEdges);
    }
    for (const [key, n] of atEdges) if (n >= 2) running.add(key);
  }
  return running;
}

/**
 * The text of an edition as one flow: running lines dropped, whitespace next
 * to Chinese text removed (PDF line breaks and the spaces of justified
 * lines), other whitespace runs kept as one space (between Latin words),
 * radicals as ideographs.
 */
export function cleanEdition(text: string): Mapped {
  const running = runningLines(text);
  // Keep the text of the other lines, each followed by a line break, with offsets into `text`.
  const kept: number[] = [];
  let offset = 0;
  for (const line of text.split(/(\r\n|\r|\n|\f)/)) {
    if (/^(\r\n|\r|\n|\f)$/.test(line)) {
      kept.push(offset);
    } else if (!running.has(lineKey(line))) {
      for (let i = 0; i < line.length; i++) kept.push(offset + i);
    }
    offset += line.length;
  }
  const out: string[] = [];
  const at: number[] = [];
  for (let k = 0; k < kept.length; ) {
    const ch = text[kept[k]!]!;
    if (!WHITESPACE.test(ch)) {
      out.push(ideograph(ch));
      at.push(kept[k]!);
      k++;
      continue;
    }
    let end = k;
    while (end < kept.length && WHITESPACE.test(text[kept[end]!]!)) end++;
    const before = out.length ? out[out.length - 1]!.charCodeAt(0) : 0;
    const after = end < kept.length ? text.charCodeAt(kept[end]!) : 0;
    if (before && after && !isCjk(before) && !isCjk(after)) {
      out.push(' ');
      at.push(kept[k]!);
    }
    k = end;
  }
  return { text: out.join(''), at: Int32Array.from(at) };
}

/**
 * A radical as the ideograph it stands for (⽬ → 目): a PDF's text layer has
 * them where a font maps both to one glyph and the PDF names the radical.
 */
function ideograph(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x2e80 || code > 0x2fdf) return ch;
  const nfkc = ch.normalize('NFKC');
  return nfkc.length === 1 ? nfkc : ch;
}

/** Punctuation that differs between editions only in width or style, to one form. */
const PUNCTUATION: Record<string, string> = {
  '“': '"', '”': '"', '「': '"', '」': '"', '‘': '"', '’': '"', '『': '"', '』': '"', "'": '"',
  '﹁': '"', '﹂': '"', '﹃': '"', '﹄': '"', '〝': '"', '〞': '"',
  '。': '.', '｡': '.', '．': '.', '，': ',', '､': '、', '﹐': ',', '﹑': '、',
  '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')', '［': '[', '］': ']', '【': '[', '】': ']',
  '〈': '<', '〉': '>', '《': '<', '》': '>', '—': '-', '–': '-', '―': '-', '－': '-', '～': '~', '〜': '~',
  '・': '·', '･': '·', '•': '·', '…': '…', '‧': '·',
};

const canonCache = new Map<number, string>();

/**
 * One character as it is compared: punctuation unified; full-width letters
 * and digits, radicals (⽬) and compatibility ideographs as the characters
 * they stand for (Unicode's compatibility mapping, when it is one character).
 */
export function canonical(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch === "'" ? '"' : ch;
  let c = canonCache.get(code);
  if (c === undefined) {
    c = PUNCTUATION[ch];
    if (c === undefined) {
      const nfkc = ch.normalize('NFKC');
      c = [...nfkc].length === 1 ? nfkc : ch;
      c = PUNCTUATION[c] ?? c;
    }
    if (ch.length === 1) canonCache.set(code, c);
  }
  return c;
}

/**
 * The comparable form of a cleaned text: no whitespace at all, every
 * character canonical. `at` gives offsets into the cleaned text.
 */
export function comparable(text: string): Mapped {
  const out: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (WHITESPACE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A character beyond the BMP: its two units, unchanged.
      out.push(ch, text[i + 1]!);
      at.push(i, i + 1);
      i++;
      continue;
    }
    const c = canonical(ch);
    for (let k = 0; k < c.length; k++) {
      out.push(c[k]!);
      at.push(i);
    }
  }
  return { text: out.join(''), at: Int32Array.from(at) };
}
