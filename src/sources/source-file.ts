/**
 * The one reader of the report's sources (chapters, report.yaml,
 * glossary.yaml, KPI JSON): every check and the site build read them through
 * it. Sources are UTF-8; a byte-order mark is accepted and dropped. A file
 * saved in another encoding (GBK, GB18030, Big5, UTF-16) or with bytes that
 * are not UTF-8 comes back decoded as well as it can be, with the problem to
 * report at the file.
 */
import { readFileSync } from 'node:fs';
import { lineColumn, type Diagnostic } from '../diagnostics.ts';
import { detectEncoding, type Detected } from './encoding.ts';

export interface SourceText {
  /** The text, without a byte-order mark. */
  text: string;
  /** Set when the file is not UTF-8: report it, and trust nothing else read from the file. */
  problem?: Diagnostic;
}

/** Reads a source file. */
export function readSourceFile(file: string): SourceText {
  return decodeSource(file, readFileSync(file));
}

/** The text of a source file's bytes, and the problem with its encoding if it has one. */
export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  const detected = detectEncoding(bytes);
  const problem = encodingProblem(file, detected);
  return problem ? { text: detected.text, problem } : { text: detected.text };
}

const NAMES: Record<string, string> = {
  'UTF-16LE': 'UTF-16',
  'UTF-16BE': 'UTF-16',
  'UTF-32LE': 'UTF-32',
  'UTF-32BE': 'UTF-32',
};

const SAVE_AS_UTF8 = 'save it as UTF-8: in VS Code "Save with Encoding" → UTF-8; in Notepad Save As → Encoding: UTF-8';

function encodingProblem(file: string, detected: Detected): Diagnostic | undefined {
  if (detected.encoding === 'UTF-8') return undefined;
  if (detected.encoding === 'unknown') {
    const { offset, byte } = detected.invalid!;
    return {
      file,
      ...lineColumn(detected.text, offset),
      message: `not UTF-8: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here is not part of a UTF-8 character`,
      hint: `${SAVE_AS_UTF8}; then check the characters around this point`,
      severity: 'error',
    };
  }
  const name = NAMES[detected.encoding] ?? detected.encoding;
  return {
    file,
    message: `saved as ${name}, not UTF-8: it would be published as garbled text`,
    hint: SAVE_AS_UTF8,
    severity: 'error',
  };
}
