/**
 * Which character encoding a source file was saved in. Sources are UTF-8
 * (a byte-order mark allowed); editors on Chinese systems also save GBK
 * (Windows' "ANSI" on a Simplified system), GB18030, Big5 (on a Traditional
 * one) or UTF-16 ("Unicode" in Notepad). Those are recognised so the check can
 * name them, and decoded so later checks see the editor's text rather than
 * mojibake.
 */

export type SourceEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE' | 'GBK' | 'GB18030' | 'Big5';

export interface Detected {
  encoding: SourceEncoding | 'unknown';
  /** The file starts with a byte-order mark (of `encoding`). */
  bom: boolean;
  /** The text as the editor wrote it (a best effort for `unknown`: invalid bytes become U+FFFD). */
  text: string;
  /** For `unknown`: offset in `text` of the first byte that is not UTF-8, and that byte. */
  invalid?: { offset: number; byte: number };
}

const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Length of the well-formed UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let n: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
  else return 0;
  let cp = b & (0x3f >> n);
  for (let k = 1; k <= n; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n + 1;
}

/** Where UTF-8 breaks: the first byte that starts no well-formed sequence (-1 if none), and how many multi-byte sequences are well formed and how many bytes are not. */
export function utf8Errors(bytes: Uint8Array): { first: number; valid: number; invalid: number } {
  let first = -1;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) {
      if (first === -1) first = i;
      invalid++;
      i++;
    } else {
      if (n > 1) valid++;
      i += n;
    }
  }
  return { first, valid, invalid };
}

/**
 * UTF-16 without a byte-order mark: ASCII characters (the frontmatter's
 * `---`, keys, digits, line breaks) leave a NUL byte beside every one, always
 * on the same side.
 */
function utf16ByNuls(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= odd * 0.05) return 'UTF-16LE';
  if (even >= pairs * 0.2 && odd <= even * 0.05) return 'UTF-16BE';
  return undefined;
}

/**
 * How plausible `bytes` are as Chinese text in a two-byte encoding: the share
 * of its two-byte characters that fall where that encoding keeps punctuation
 * and common characters. The other encoding's text lands on kana, Greek,
 * box drawing and rare characters instead (Big5 中 A4A4 reads as GBK ぃ).
 */
function plausibility(bytes: Uint8Array, encoding: 'GBK' | 'Big5'): { score: number; fourByte: boolean } {
  let total = 0;
  let common = 0;
  let fourByte = false;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (encoding === 'GBK' && trail >= 0x30 && trail <= 0x39) {
      // GB18030's four-byte sequences: characters GBK does not have.
      fourByte = true;
      total++;
      common++;
      i += 3;
      continue;
    }
    total++;
    if (encoding === 'GBK') {
      // GB2312: punctuation and full-width forms A1–A3, hanzi B0–F7; both with trail bytes A1–FE.
      if (((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xf7)) && trail >= 0xa1 && trail <= 0xfe) common++;
    } else if ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xa4 && lead <= 0xc6)) {
      // Big5: symbols and punctuation A1–A3, the 5,401 common characters A440–C67E.
      common++;
    }
    i++;
  }
  return { score: total ? common / total : 0, fourByte };
}

/** Detects the encoding of a source file's bytes and decodes them. */
export function detectEncoding(bytes: Uint8Array): Detected {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0xef, 0xbb, 0xbf)) {
    const rest = bytes.subarray(3);
    const bad = utf8Errors(rest).first;
    if (bad === -1) return { encoding: 'UTF-8', bom: true, text: new TextDecoder('utf-8').decode(rest) };
    return unknown(rest, bad, true);
  }
  if (starts(0xff, 0xfe, 0x00, 0x00)) return { encoding: 'UTF-32LE', bom: true, text: decodeUtf32(bytes.subarray(4), true) };
  if (starts(0x00, 0x00, 0xfe, 0xff)) return { encoding: 'UTF-32BE', bom: true, text: decodeUtf32(bytes.subarray(4), false) };
  if (starts(0xff, 0xfe)) return { encoding: 'UTF-16LE', bom: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (starts(0xfe, 0xff)) return { encoding: 'UTF-16BE', bom: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return { encoding: utf16, bom: false, text: new TextDecoder(utf16.toLowerCase()).decode(bytes) };
  const utf8 = utf8Errors(bytes);
  if (utf8.first === -1) return { encoding: 'UTF-8', bom: false, text: new TextDecoder('utf-8').decode(bytes) };
  // UTF-8 text with a few broken bytes (a character cut in two, a pasted
  // Latin-1 byte) is not another encoding: the rest of it reads as UTF-8.
  if (utf8.valid >= 2 * utf8.invalid) return unknown(bytes, utf8.first, false);

  const candidates: Array<{ encoding: SourceEncoding; score: number; text: string }> = [];
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) {
    const { score, fourByte } = plausibility(bytes, 'GBK');
    candidates.push({ encoding: fourByte ? 'GB18030' : 'GBK', score, text: gb });
  }
  const big5 = tryDecode('big5', bytes);
  if (big5 !== undefined) candidates.push({ encoding: 'Big5', score: plausibility(bytes, 'Big5').score, text: big5 });
  // GBK wins a tie: a Simplified report is far more often saved in it.
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (best && best.score >= 0.6) return { encoding: best.encoding, bom: false, text: best.text };
  return unknown(bytes, utf8.first, false);
}

function unknown(bytes: Uint8Array, bad: number, bom: boolean): Detected {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  return { encoding: 'unknown', bom, text: new TextDecoder('utf-8').decode(bytes), invalid: { offset: before.length, byte: bytes[bad]! } };
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
  }
  return out;
}
