import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from '../../src/sources/json-syntax.ts';

/** `line:column  message` of the first syntax error, or undefined. */
const problem = (text: string) => {
  const d = jsonSyntaxProblem(text, 't.json');
  return d && `${d.line}:${d.column}  ${d.message}`;
};

describe('JSON syntax errors', () => {
  it('accepts JSON', () => {
    expect(problem('{"a": [1, 2.5, null, true, "x"], "b": {}}')).toBeUndefined();
  });

  it.each([
    ['a second colon', '{"a":: 1}', '1:6  a second colon, `::`'],
    ['a trailing comma in a list, at the comma', '{"a": [1, 2,\n]}', '1:12  a trailing comma before ]'],
    ['a trailing comma in an object', '{"a": 1,\n}', '1:8  a trailing comma before }'],
    ['NaN', '{"a": NaN}', '1:7  NaN is not a JSON value'],
    ['-Infinity', '{"a": -Infinity}', '1:7  -Infinity is not a JSON value'],
    ['undefined', '{"a": undefined}', '1:7  undefined is not a JSON value'],
    ['single quotes', "{'a': 1}", `1:2  JSON needs double quotes "…", not single quotes '…'`],
    ['curly quotes', '{"a": “能源”}', '1:7  JSON needs straight double quotes "…", not “…”'],
    ['an empty file', '', '1:1  the file is empty'],
    ['a file of blanks', ' \n ', '1:1  the file is empty'],
    ['a missing comma, where it belongs', '{"a": 1\n  "b": 2}', '1:8  a comma is missing here, between two values'],
    ['an unclosed object, where it opens', '{\n  "a": [1, 2]\n', '1:1  the { opened here is never closed'],
    ['an unclosed list, where it opens', '{\n  "a": [1, 2\n', '2:8  the [ opened here is never closed'],
    ['the wrong closing bracket', '{"a": [1, 2}', '1:12  } where ] should close the list opened at line 1, column 7'],
    ['an unclosed string', '{"a": "能源}', '1:7  the text opened here with " is not closed on its line'],
    ['a comment', '{"a": 1 // 兆瓦时\n}', '1:9  a comment: JSON has none'],
    ['a second value', '{"a": 1}\n{"b": 2}', '2:1  { after the end of the JSON value'],
    ['a leading zero', '{"a": 07}', '1:7  a number with a leading zero'],
    ['a decimal comma', '{"a": 1,5}', '1:8  a comma inside a number'],
    ['a + sign', '{"a": +1}', '1:7  a + before a number'],
    ['a name without quotes', '{a: 1}', '1:2  the field name a has no quotes'],
    ['a full-width comma', '{"a": 1，"b": 2}', '1:8  a full-width ， where JSON needs ,'],
    ['a full-width colon', '{"a"： 1}', '1:5  a full-width ： where JSON needs :'],
    ['a tab inside text', '{"a": "x\ty"}', '1:9  a tab inside text'],
    ['Python constants', '{"a": True}', '1:7  True is not a JSON value'],
    ['an empty place in a list', '[1,,2]', '1:4  an empty place in a list: two commas with nothing between them'],
    ['a missing colon', '{"a" 1}', '1:5  a colon is missing after the field name'],
    ['an unknown escape', '{"a": "\\x"}', '1:7  "\\x" is not an escape JSON knows'],
    ['the end of the file after a colon', '{"a":', '1:6  the file ends where a value should follow'],
  ])('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it('says what to do, on one line', () => {
    for (const text of ['{"a": [1,]}', '{“a”: 1}', '{"a": NaN}', '{"a": 1\n"b": 2}']) {
      const d = jsonSyntaxProblem(text, 't.json')!;
      expect(d.hint).toBeTruthy();
      expect(`${d.message}  (${d.hint})`).not.toContain('\n');
    }
    expect(jsonSyntaxProblem('{"a": [1,]}', 't.json')!.hint).toBe('remove it: JSON allows no comma after the last item of a list');
  });
});
