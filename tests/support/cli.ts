/** Runs the real `bifolio` command in a child process. */
import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './paths.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a child process, without what the test runner adds (NODE_ENV=test, VITEST…). */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST' || key === 'MODE') delete env[key];
  return { ...env, ...extra };
}

/** Runs `bifolio <args>`, in the repository's root unless `cwd` says otherwise. */
export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; timeout?: number; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: childEnv(options.env),
    timeout: options.timeout ?? 170_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
