/** The character map and spellings that let a query in either script find the page's script. */
import { describe, expect, it } from 'vitest';
import { queryCharacterMap } from '../../src/convert/query-map.ts';
import { spellings } from '../../src/render/web/query-spellings.ts';

const toHant = queryCharacterMap('zh-Hant');
const toHans = queryCharacterMap(undefined);

describe('query character maps', () => {
  it('take Simplified characters to the profile’s Traditional form first, then the other forms', () => {
    expect(toHant['温']).toBe('溫');
    expect(toHant['发']![0]).toBe('發');
    expect(toHant['发']).toContain('髮');
    expect(toHant['台']).toContain('颱'); // only inside phrases: 台风 → 颱風
    expect(toHant['的']).toBeUndefined(); // the same in both scripts
  });

  it('take Traditional characters to Simplified for the Simplified pages', () => {
    expect(toHans['溫']).toBe('温');
    expect(toHans['颱']).toBe('台');
    expect(toHans['温']).toBeUndefined();
  });

  it('stay small: a few thousand single characters, tens of kilobytes', () => {
    for (const map of [toHant, toHans]) {
      expect(Object.keys(map).length).toBeGreaterThan(2000);
      expect(JSON.stringify(map).length).toBeLessThan(60_000);
      for (const [from, to] of Object.entries(map)) expect([...from].length + [...to].length).toBeLessThanOrEqual(1 + 8);
    }
  });
});

describe('spellings', () => {
  it('puts the preferred spelling first and tries the other forms', () => {
    expect(spellings('温室气体', toHant)[0]).toBe('溫室氣體');
    expect(spellings('台风', toHant)).toEqual(['台風', '臺風', '檯風', '颱風']);
    expect(spellings('溫室氣體', toHans)).toEqual(['温室气体']);
    expect(spellings('PUE', toHant)).toEqual(['PUE']);
  });

  it('stops at a limit however many forms the characters have', () => {
    expect(spellings('台发台发', toHant, 12).length).toBe(12);
  });
});
