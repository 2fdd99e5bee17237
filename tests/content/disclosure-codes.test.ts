/** The disclosure code lists shipped with Bifolio. */
import { describe, expect, it } from 'vitest';
import { codeList, codeLists, findCode, similarCodes } from '../../src/content/disclosures/codes.ts';
import { FRAMEWORKS } from '../../src/content/disclosures/schema.ts';

describe('code lists', () => {
  it('every framework has a valid list with unique codes', () => {
    for (const framework of FRAMEWORKS) {
      const list = codeList(framework);
      expect(list.framework).toBe(framework);
      const codes = list.codes.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(codeLists().size).toBe(FRAMEWORKS.length);
  });

  it('HKEX: the mandatory disclosures and every aspect with its KPIs', () => {
    const hkex = codeList('hkex');
    expect(hkex.codes.filter((c) => c.requirement === 'mandatory').map((c) => c.code)).toEqual(['MDR-13', 'MDR-14', 'MDR-15']);
    for (const code of ['A1', 'A1.1', 'A1.6', 'A2.5', 'A3.1', 'B1.2', 'B2.3', 'B5.4', 'B6.5', 'B7.3', 'B8.2']) {
      expect(findCode('hkex', code)?.requirement, code).toBe('comply-or-explain');
    }
    expect(findCode('hkex', 'A1.7')).toBeUndefined();
  });

  it('GRI 2021: universal and topic disclosures; SDGs 1–17; UNGC 1–10; TCFD 11', () => {
    for (const code of ['2-1', '2-30', '3-3', '305-1', '305-7', '306-5', '403-10', '418-1']) expect(findCode('gri', code), code).toBeDefined();
    expect(findCode('gri', '2-31')).toBeUndefined();
    expect(codeList('sdg').codes.map((c) => c.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(codeList('ungc').codes).toHaveLength(10);
    expect(codeList('tcfd').codes).toHaveLength(11);
  });

  it('suggests near codes for a typo', () => {
    expect(similarCodes('hkex', 'A1.9')).toContain('A1.1');
    expect(similarCodes('gri', '305-8')).toContain('305-1');
  });
});
