/**
 * Which report a command works on. `--content <dir>` names it; otherwise the
 * `BIFOLIO_CONTENT` environment variable; otherwise the report is found from
 * the current folder up: the first folder that holds `report.yaml` (or `.yml`,
 * `.json`) is the content directory, and a folder holding
 * `content/report.yaml` means that `content/`. So every command works from
 * any folder inside a report, a chapter's folder included.
 *
 * The outputs (`dist/`, `review/`) go beside the report: in the folder that
 * holds `content/`, or in the report's own folder when it has another name.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ReportError } from '../diagnostics.ts';

export const REPORT_FILES = ['report.yaml', 'report.yml', 'report.json'] as const;

export interface ReportLocation {
  /** The content directory: the folder of `report.yaml`, `chapters/`, `data/`. */
  contentDir: string;
  /** Where the outputs go by default: the folder holding `content/`, or the report's folder. */
  projectDir: string;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** `dir` holds a report configuration. */
export function holdsReport(dir: string): boolean {
  return REPORT_FILES.some((name) => existsSync(path.join(dir, name)));
}

/** The content directory `dir` stands for: itself, or its `content/` when that holds the report. */
function contentIn(dir: string): string | undefined {
  if (holdsReport(dir)) return dir;
  const content = path.join(dir, 'content');
  if (isDirectory(content) && holdsReport(content)) return content;
  return undefined;
}

/** The first report from `start` up to the filesystem's root. */
export function findReport(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const found = contentIn(dir);
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function locationOf(contentDir: string): ReportLocation {
  const dir = path.resolve(contentDir);
  return { contentDir: dir, projectDir: path.basename(dir) === 'content' ? path.dirname(dir) : dir };
}

/**
 * The report a command works on. `named` is `--content`'s value: a content
 * directory, or a folder holding `content/` (it need not hold a report yet:
 * the checks then say what is missing). Without a report, `required` decides
 * between an error saying where it looked and `undefined`.
 */
export function locateReport(options: { named?: string; env?: string; cwd?: string; required: boolean }): ReportLocation | undefined {
  const given = options.named ?? (options.env ? options.env : undefined);
  if (given !== undefined) {
    const dir = path.resolve(options.cwd ?? process.cwd(), given);
    return locationOf(contentIn(dir) ?? dir);
  }
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const found = findReport(cwd);
  if (found) return locationOf(found);
  if (!options.required) return undefined;
  throw new ReportError([
    {
      file: cwd,
      message: 'no report here: neither this folder nor any folder above it holds report.yaml (or report.yml, report.json), nor a content/ folder with one',
      hint: "run bifolio inside the report's folder, or say where the report is with --content <dir>",
      severity: 'error',
    },
  ]);
}
