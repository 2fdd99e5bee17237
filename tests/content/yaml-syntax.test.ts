import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { validateYaml } from '../../src/sources/validate.ts';

/** `line:column  message` of each problem. */
const problems = (text: string, lineOffset = 0) => {
  const result = validateYaml({ file: 'x.yaml', text, lineOffset }, z.any());
  return result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column}  ${d.message}`);
};

describe('YAML syntax errors', () => {
  it('reports an unclosed quote where it opens, not where the text ends', () => {
    expect(problems('title: "测试集团\nslug: x\nperiod:\n  start: 2024-01-01\n')).toEqual(['1:8  the quote " opened here is never closed']);
    expect(problems("terms:\n  - zh-Hans: '软件\n    zh-Hant: 軟體\n  - zh-Hans: 网络\n")).toEqual([`2:14  the quote ' opened here is never closed`]);
  });

  it('counts lines from the top of the file in frontmatter', () => {
    expect(problems('title: "第一章\norder: 1', 1)).toEqual(['2:8  the quote " opened here is never closed']);
  });

  it('reports a tab used for indentation at its line', () => {
    expect(problems('period:\n  start: 2024-01-01\n\tend: 2024-12-31\n')).toEqual(['3:1  a tab indents this line']);
  });

  it('reports a field written twice at the second, naming the line of the first', () => {
    expect(problems('title: 甲\nslug: a\ntitle: 乙\n')).toEqual(['3:1  the field "title" is written twice; the first is at line 1']);
    expect(problems('terms:\n  - zh-Hans: 软件\n    zh-Hant: 軟件\n    zh-Hant: 軟體\n')).toEqual(['4:5  the field "zh-Hant" is written twice; the first is at line 3']);
  });

  it('explains a colon inside an unquoted value', () => {
    const result = validateYaml({ file: 'x.yaml', text: 'title: 目标: 2030\n' }, z.any());
    expect(result.ok ? undefined : result.diagnostics[0]).toMatchObject({ line: 1, message: 'a colon and a space inside a value' });
  });

  it('checks a .json file as JSON first', () => {
    const result = validateYaml({ file: 'report.json', text: '{"title": "甲",}' }, z.any());
    expect(result.ok ? undefined : result.diagnostics).toEqual([
      { file: 'report.json', line: 1, column: 14, message: 'a trailing comma before }', hint: 'remove it: JSON allows no comma after the last field of an object', severity: 'error' },
    ]);
  });
});
