/**
 * The questions `bifolio init` asks on a terminal for what its options did
 * not give; the report itself is written by content/scaffold.ts.
 */
import { createInterface } from 'node:readline';
import { defaultAnswers, InitError, type InitAnswers } from '../content/scaffold.ts';

/** Asks for what the command line did not give, on a terminal; `--yes` or no terminal takes the defaults. */
export async function askAnswers(
  given: Partial<InitAnswers>,
  options: { yes: boolean; interactive: boolean; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream },
): Promise<InitAnswers> {
  const defaults = defaultAnswers();
  const missing = (['name', 'period', 'stockCode'] as const).filter((key) => given[key] === undefined);
  if (options.yes || !options.interactive || missing.length === 0) return { ...defaults, ...given };
  const questions: Record<keyof InitAnswers, string> = {
    name: "Company's name (公司名称)",
    period: 'Reporting period: a year, or start/end dates (报告期)',
    stockCode: 'Stock code, empty if not listed (股份代号)',
  };
  const output = options.output ?? process.stdout;
  const rl = createInterface({ input: options.input ?? process.stdin, output });
  let closed = false;
  rl.on('close', () => (closed = true));
  // Ctrl+C or Ctrl+D ends the questions; lines typed ahead wait for their question.
  rl.on('SIGINT', () => rl.close());
  const lines = rl[Symbol.asyncIterator]();
  const answers: InitAnswers = { ...defaults, ...given };
  try {
    for (const key of missing) {
      const fallback = defaults[key];
      const question = `${questions[key]}${fallback ? ` [${fallback}]` : ''}: `;
      // Input that has ended (piped, all typed ahead) has closed the interface: its lines are still to be read.
      if (closed) output.write(question);
      else {
        rl.setPrompt(question);
        rl.prompt();
      }
      const line = await lines.next();
      if (line.done) throw new InitError('cancelled; nothing was written');
      answers[key] = String(line.value).trim() || fallback;
    }
  } finally {
    rl.close();
  }
  return answers;
}
