import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/content/glossary.ts';
import { glossaryLayer } from '../../src/convert/glossary.ts';
import { FIXTURES } from '../support/paths.ts';

const dir = path.join(FIXTURES, 'glossary');

describe('glossary files (input → expected diagnostics)', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(path.join(dir, file.replace('.yaml', '.expected.json')), 'utf8'));
      const { diagnostics } = readGlossary(path.join(dir, file));
      expect(diagnostics.map(({ line, column, severity, message }) => ({ line, column, severity, message }))).toEqual(expected);
      for (const d of diagnostics) expect(d.file).toBe(path.join(dir, file));
    });
  }
});

describe('glossary layers per variant', () => {
  const { glossary } = readGlossary(path.join(dir, 'valid.yaml'));
  const terms = (variant: string) => Object.fromEntries(glossaryLayer(glossary, variant, 'glossary').terms.map((t) => [t.hans, t.hant]));

  it('zh-Hant gets the zh-Hant forms, and protected terms as written', () => {
    expect(terms('zh-Hant')).toMatchObject({ 利益相关方: '持份者', 发布: '發佈', 于立衡: '于立衡', 澄川云课堂: '澄川云课堂' });
  });

  it('a variant’s own form beats the zh-Hant form', () => {
    expect(terms('zh-Hant-TW')).toMatchObject({ 利益相关方: '利害關係人', 发布: '發佈' });
  });

  it('the zh-Hant form is adapted to another variant’s character forms', () => {
    expect(terms('zh-Hant-HK')).toMatchObject({ 说明书: '説明書', 利益相关方: '持份者' });
  });

  it('records where each entry is defined', () => {
    const layer = glossaryLayer(glossary, 'zh-Hant', 'glossary');
    expect(layer.terms.find((t) => t.hans === '发布')?.source).toBe(`${path.join(dir, 'valid.yaml')}:6`);
  });
});
