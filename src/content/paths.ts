/**
 * Where the report's content lives. `content/` beside the project by
 * default; `BIFOLIO_CONTENT` (set by `bifolio --content <dir>`) points the
 * whole pipeline at another report.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';

export function contentDir(): string {
  return path.resolve(process.env.BIFOLIO_CONTENT ?? 'content');
}

export function chaptersDir(): string {
  return path.join(contentDir(), 'chapters');
}

/** `report.yaml`, `report.yml` or `report.json`, whichever exists (first wins). */
export function reportFile(): string {
  const dir = contentDir();
  for (const name of ['report.yaml', 'report.yml', 'report.json']) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return path.join(dir, 'report.yaml');
}

/** `glossary.yaml`, `glossary.yml` or `glossary.json` (first wins); the file is optional. */
export function glossaryFile(): string {
  const dir = contentDir();
  for (const name of ['glossary.yaml', 'glossary.yml', 'glossary.json']) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return path.join(dir, 'glossary.yaml');
}

/** Where the KPI tables live: `content/data/kpi/*.json`. */
export function kpiDir(): string {
  return path.join(contentDir(), 'data', 'kpi');
}
