/**
 * JSON syntax errors at their line and column, in plain words with the fix:
 * a trailing comma, curly or single quotes, NaN, a missing comma, an
 * unclosed bracket or string, comments, full-width punctuation typed with a
 * Chinese input method. Only the first error is reported: what follows it
 * cannot be read reliably.
 */
import { createScanner, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineColumn, type Diagnostic } from '../diagnostics.ts';

type Found = { offset: number; message: string; hint: string };

/** The first syntax error of `text` (already without a byte-order mark), or undefined when it is JSON. */
export function jsonSyntaxProblem(text: string, file: string): Diagnostic | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return undefined;
  const found = describe(text, errors[0]!);
  return { file, ...lineColumn(text, found.offset), message: found.message, hint: found.hint, severity: 'error' };
}

const FULL_WIDTH: Record<string, string> = { '，': ',', '：': ':', '｛': '{', '｝': '}', '［': '[', '］': ']', '＂': '"', '、': ',', '；': ',' };
const CURLY: Record<string, string> = { '“': '“…”', '”': '“…”', '„': '„…“', '‘': '‘…’', '’': '‘…’', '「': '「…」', '」': '「…」' };

/** The character at `offset`, named for a message. */
function shown(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (/^[\x21-\x7e]$/.test(ch) || /\p{L}/u.test(ch)) return ch;
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Offset of the last character before `offset` that is not white space, or -1. */
function previousToken(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

function describe(text: string, error: ParseError): Found {
  const { offset } = error;
  const ch = text[offset];
  const token = text.slice(offset, offset + Math.max(error.length, 1));
  const prev = previousToken(text, offset);
  const before = prev >= 0 ? text[prev] : undefined;

  if (text.trim() === '') {
    return { offset: 0, message: 'the file is empty', hint: 'write the JSON object the file holds, `{ … }`' };
  }
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'InvalidSymbol':
    case 'InvalidCharacter':
      return symbol(text, offset, code === 'InvalidCharacter');
    case 'ValueExpected':
    case 'PropertyNameExpected': {
      if ((ch === ']' || ch === '}') && before === ',') {
        return {
          offset: prev,
          message: `a trailing comma before ${ch}`,
          hint: `remove it: JSON allows no comma after the last ${ch === ']' ? 'item of a list' : 'field of an object'}`,
        };
      }
      if (ch === ':' && before === ':') {
        return { offset, message: 'a second colon, `::`', hint: 'a name and its value are separated by one colon: remove this one' };
      }
      if (ch === ',' && (before === ',' || before === '[')) {
        return {
          offset,
          message: 'an empty place in a list: two commas with nothing between them',
          hint: 'remove one comma, or write the missing value: `null` for a figure not disclosed',
        };
      }
      if (ch !== undefined && /[0-9]/.test(ch) && before === ',' && prev > 0 && /[0-9]/.test(text[prev - 1]!) && code === 'PropertyNameExpected') {
        return { offset: prev, message: 'a comma inside a number', hint: 'JSON writes decimals with a point, 1.5, and thousands without separators, 8800' };
      }
      if (ch === undefined) {
        return {
          offset: text.length,
          message: 'the file ends where a value should follow',
          hint: 'complete the value, or remove the comma or colon before it',
        };
      }
      if (code === 'PropertyNameExpected') {
        return { offset, message: `a field name in double quotes should be here, not ${shown(ch)}`, hint: 'write fields as "name": value' };
      }
      if (before === ':' || before === '[' || before === ',') {
        return {
          offset,
          message: `a value is missing before ${shown(ch)}`,
          hint: 'write the value: a number, "text", true, false, null, a list […] or an object {…}',
        };
      }
      return { offset, message: `a value should be here, not ${shown(ch)}`, hint: 'write a number, "text", true, false, null, a list […] or an object {…}' };
    }
    case 'CommaExpected': {
      if (ch === '}' || ch === ']') {
        const opener = openBrackets(text, offset).pop();
        if (opener !== undefined) {
          const { line, column } = lineColumn(text, opener);
          const want = text[opener] === '{' ? '}' : ']';
          return {
            offset,
            message: `${ch} where ${want} should close the ${want === '}' ? 'object' : 'list'} opened at line ${line}, column ${column}`,
            hint: `close it with ${want}, or add the missing ${ch === '}' ? '{' : '['} that this one closes`,
          };
        }
      }
      if (before !== undefined && prev === offset - 1 && /[0-9]/.test(ch ?? '') && /[0-9]/.test(before)) {
        return {
          offset: prev,
          message: 'a number with a leading zero',
          hint: 'write numbers without leading zeros, 7 not 07; a code with leading zeros is text, "07"',
        };
      }
      const next = lineColumn(text, offset);
      return {
        offset: prev + 1,
        message: 'a comma is missing here, between two values',
        hint: `add , after this value; the next one starts at line ${next.line}, column ${next.column}`,
      };
    }
    case 'ColonExpected':
      return { offset: prev + 1, message: 'a colon is missing after the field name', hint: 'write fields as "name": value' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const want = code === 'CloseBraceExpected' ? '}' : ']';
      if (ch === undefined) {
        const opener = openBrackets(text).pop();
        return {
          offset: opener ?? text.length,
          message: `the ${want === '}' ? '{' : '['} opened here is never closed`,
          hint: `add ${want} where the ${want === '}' ? 'object' : 'list'} ends`,
        };
      }
      return {
        offset,
        message: `${shown(ch)} where ${want} should close the ${want === '}' ? 'object' : 'list'}`,
        hint: `close it with ${want}, or add the comma that is missing`,
      };
    }
    case 'UnexpectedEndOfString':
      return {
        offset,
        message: 'the text opened here with " is not closed on its line',
        hint: 'end it with " on the same line: JSON text cannot run over lines; write \\n for a line break',
      };
    case 'InvalidEscapeCharacter':
      return {
        offset,
        message: `${token} is not an escape JSON knows`,
        hint: 'write \\\\ for a backslash; the escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
      };
    case 'InvalidUnicode':
      return {
        offset,
        message: '\\u is not followed by four hexadecimal digits',
        hint: 'write the character itself, or \\u and four hex digits, e.g. \\u4E2D',
      };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset, message: 'a comment: JSON has none', hint: 'remove it; explanations for readers belong in the table\'s "notes"' };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return {
        offset,
        message: `${token.trim() || 'this'} is not a number as JSON writes it`,
        hint: 'write digits with an optional - and a decimal point followed by digits: -12.5',
      };
    case 'EndOfFileExpected':
      return {
        offset,
        message: `${shown(ch)} after the end of the JSON value`,
        hint: 'the file holds one value, `{ … }`: remove what follows it, or the } that closes it too early',
      };
    default:
      return { offset, message: `not valid JSON here (${shown(ch)})`, hint: 'check for a missing comma, quote or bracket at or just before this point' };
  }
}

/** A character JSON does not allow outside text: quotes of the wrong kind, full-width punctuation, words without quotes. */
function symbol(text: string, offset: number, inString: boolean): Found {
  const rest = text.slice(offset);
  const ch = String.fromCodePoint(rest.codePointAt(0)!);
  if (inString) {
    const bad = /[\x00-\x1f]/.exec(rest);
    const at = bad ? offset + bad.index : offset;
    const c = text[at]!;
    return c === '\t'
      ? { offset: at, message: 'a tab inside text', hint: 'write \\t, or a space' }
      : { offset: at, message: `a control character (${shown(c)}) inside text`, hint: 'remove it; write \\n for a line break' };
  }
  if (CURLY[ch]) {
    return {
      offset,
      message: `JSON needs straight double quotes "…", not ${CURLY[ch]}`,
      hint: `replace ${CURLY[ch]} by "…", typed with the input method in English mode`,
    };
  }
  if (ch === "'") return { offset, message: `JSON needs double quotes "…", not single quotes '…'`, hint: 'write "…" around names and text' };
  if (FULL_WIDTH[ch]) {
    return {
      offset,
      message: `a full-width ${ch} where JSON needs ${FULL_WIDTH[ch]}`,
      hint: `replace it by ${FULL_WIDTH[ch]}; JSON punctuation is ASCII: switch the input method to English punctuation`,
    };
  }
  if (ch === '\uFEFF') return { offset, message: 'an invisible byte-order mark (U+FEFF) inside the file', hint: 'delete it: it sits just before this place' };
  if (/^[xX][0-9a-fA-F]/.test(rest) && text[offset - 1] === '0') {
    return { offset: offset - 1, message: 'a hexadecimal number', hint: 'JSON numbers are decimal' };
  }
  const word = /^-?[A-Za-z_$][\w$]*/.exec(rest)?.[0];
  if (word && /^-?(NaN|Infinity|undefined)$/.test(word)) {
    return { offset, message: `${word} is not a JSON value`, hint: 'write `null` for a figure that is not disclosed, or the number itself' };
  }
  if (word && /^(True|False|None|NULL|Null|TRUE|FALSE)$/.test(word)) {
    return { offset, message: `${word} is not a JSON value`, hint: 'JSON writes true, false and null in lower case' };
  }
  if (word) {
    const quoted = `"${word}"`;
    return /^\s*:/.test(text.slice(offset + word.length))
      ? { offset, message: `the field name ${word} has no quotes`, hint: `write ${quoted}` }
      : { offset, message: `${word} is not a JSON value`, hint: `write ${quoted} for text, or a number, true, false or null` };
  }
  if (ch === '+') return { offset, message: 'a + before a number', hint: 'JSON numbers take no + sign: remove it' };
  return { offset, message: `${shown(ch)} cannot stand here in JSON`, hint: 'remove it, or put it inside "…" if it is part of a text' };
}

/** Offsets of the brackets still open before `end`, outermost first. */
function openBrackets(text: string, end = text.length): number[] {
  const scanner = createScanner(text, false);
  const open: number[] = [];
  for (;;) {
    scanner.scan();
    const at = scanner.getTokenOffset();
    if (at >= end || scanner.getTokenLength() === 0) break;
    const c = text[at];
    if (c === '{' || c === '[') open.push(at);
    else if (c === '}' || c === ']') open.pop();
  }
  return open;
}
