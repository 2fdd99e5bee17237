/**
 * Runs a command and measures it as a whole: wall-clock time and the peak
 * memory of its process tree (the command, Chromium and every other child),
 * sampled from /proc. Memory is the proportional set size (PSS): pages shared
 * between processes — Chromium's are many — are counted once in all, not
 * once per process as a sum of RSS would.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Largest sum of the proportional set sizes of the command and all its descendants seen, in bytes. */
  peakMemory: number;
  stdout: string;
  stderr: string;
}

/** Proportional set size of a process in bytes (0 when it is gone). */
function pss(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Memory of `root` and all its descendants (PSS), read from /proc. */
export function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(pid);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += pss(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let peakMemory = 0;
    const sample = () => {
      if (child.pid) peakMemory = Math.max(peakMemory, treeMemory(child.pid));
    };
    const timer = setInterval(sample, options.sampleMs ?? 500);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, seconds: (performance.now() - started) / 1000, peakMemory, stdout, stderr });
    });
  });
}
