/**
 * The source check on every case of the bad-input catalogue
 * (tests/support/bad-input.ts), in-process: what `bifolio check` prints for
 * each — the located messages, the count in its last line, no stack trace —
 * and its exit status. The command line itself, and `build` on the same
 * cases, are run end to end by tests/cli/build-fixtures.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutput, checkReport } from '../../src/content/check/check.ts';
import { BAD_INPUT, breakCopy, copyFixture } from '../support/bad-input.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'bifolio-check-catalogue-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `bifolio check` on a report directory, as the command prints it. */
async function check(content: string): Promise<{ text: string; status: number }> {
  const before = process.env.BIFOLIO_CONTENT;
  process.env.BIFOLIO_CONTENT = content;
  try {
    return checkOutput(await checkReport());
  } finally {
    if (before === undefined) delete process.env.BIFOLIO_CONTENT;
    else process.env.BIFOLIO_CONTENT = before;
  }
}

describe('the source check on the bad-input catalogue', () => {
  it('passes the unbroken fixture', async () => {
    const { text, status } = await check(copyFixture('minimal', path.join(work, 'unbroken')));
    expect(text).toMatch(/^Checked 3 chapters: no problems/);
    expect(status).toBe(0);
  });

  it.each(BAD_INPUT.filter((c) => !c.buildOnly))('finds $name: the located messages, exit 1', async ({ name, edits, prepare, messages }) => {
    const content = copyFixture('minimal', path.join(work, name.replace(/\W+/g, '-')));
    breakCopy(content, edits, prepare);
    const { text, status } = await check(content);
    expect(status).toBe(1);
    for (const m of messages) if (!/build failed/.test(m.source)) expect(text).toMatch(m);
    const errors = Number(/build failed: (\d+) error/.exec(messages.map((m) => m.source).join(' '))?.[1] ?? 0);
    expect(text).toMatch(errors ? new RegExp(`Checked \\d+ chapters: ${errors} errors?, \\d+ warnings?`) : /Checked \d+ chapters: [1-9]\d* errors?/);
    expect(text).not.toMatch(/\n\s+at /);
  });
});
