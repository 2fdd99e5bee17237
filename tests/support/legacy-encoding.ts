/**
 * Encodes text in GBK or Big5 for tests, with the platform's own decoders
 * read backwards (Node decodes these encodings but does not encode them).
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gbk' | 'big5'): Map<string, number[]> {
  let map = tables.get(encoding);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, map);
  return map;
}

/** `text` in GBK (or Big5); throws on a character the encoding does not have. */
export function encodeLegacy(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${encoding} has no ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** `text` in UTF-16, little-endian unless said otherwise, with a byte-order mark if asked. */
export function encodeUtf16(text: string, { bom = true, bigEndian = false } = {}): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(bigEndian ? [u >> 8, u & 0xff] : [u & 0xff, u >> 8]));
  }
  return new Uint8Array(out);
}
