import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/sources/encoding.ts';
import { decodeSource } from '../../src/sources/source-file.ts';
import { encodeLegacy, encodeUtf16 } from '../support/legacy-encoding.ts';

const chapter = '---\ntitle: 环境保护\norder: 4\n---\n\n本年度能源消耗总量为一千二百五十兆瓦时，其中外购电力占八成。\n';
const traditional = '---\ntitle: 環境保護\norder: 4\n---\n\n本年度能源消耗總量為一千二百五十兆瓦時，其中外購電力佔八成。\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('source encodings', () => {
  it('reads UTF-8, with or without a byte-order mark, as the same text', () => {
    expect(decodeSource('a.mdx', utf8(chapter))).toEqual({ text: chapter });
    expect(decodeSource('a.mdx', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(chapter)]))).toEqual({ text: chapter });
  });

  it.each([
    ['GBK', () => encodeLegacy(chapter, 'gbk'), chapter],
    ['Big5', () => encodeLegacy(traditional, 'big5'), traditional],
    ['UTF-16LE', () => encodeUtf16(chapter), chapter],
    ['UTF-16BE', () => encodeUtf16(chapter, { bigEndian: true }), chapter],
    ['UTF-16LE', () => encodeUtf16(chapter, { bom: false }), chapter],
  ] as const)('recognises %s and decodes it', (encoding, bytes, text) => {
    const detected = detectEncoding(bytes());
    expect(detected.encoding).toBe(encoding);
    expect(detected.text).toBe(text);
  });

  it('recognises GB18030 by its four-byte characters', () => {
    const bytes = new Uint8Array([...encodeLegacy('---\ntitle: 汉字', 'gbk'), 0x95, 0x32, 0x82, 0x36, ...encodeLegacy('\n---\n', 'gbk')]);
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'GB18030', text: '---\ntitle: 汉字𠀀\n---\n' });
  });

  it('tells GBK from Big5 even in a short KPI file', () => {
    const json = '{ "id": "energy", "label": "燃料" }';
    expect(detectEncoding(encodeLegacy(json, 'gbk')).encoding).toBe('GBK');
    expect(detectEncoding(encodeLegacy(json, 'big5')).encoding).toBe('Big5');
  });

  it('reports another encoding at the file, with the fix', () => {
    const { problem } = decodeSource('chapters/a.mdx', encodeLegacy(chapter, 'gbk'));
    expect(problem).toEqual({
      file: 'chapters/a.mdx',
      message: 'saved as GBK, not UTF-8: it would be published as garbled text',
      hint: 'save it as UTF-8: in VS Code "Save with Encoding" → UTF-8; in Notepad Save As → Encoding: UTF-8',
      severity: 'error',
    });
    expect(decodeSource('a.mdx', encodeUtf16(chapter)).problem?.message).toMatch(/^saved as UTF-16, not UTF-8/);
  });

  it('reports bytes that are not UTF-8 in an otherwise UTF-8 file at their place', () => {
    const bytes = new Uint8Array([...utf8('---\ntitle: 环境\n---\n\n价格'), 0xe9, ...utf8('为准。\n')]);
    const { text, problem } = decodeSource('a.mdx', bytes);
    expect(problem).toMatchObject({ line: 5, column: 3, message: 'not UTF-8: the byte 0xE9 here is not part of a UTF-8 character' });
    expect(text).toBe('---\ntitle: 环境\n---\n\n价格\uFFFD为准。\n');
  });
});
