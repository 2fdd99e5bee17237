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

/** `<stem>.yaml`, `.yml` or `.json` in the content directory, whichever exists (first wins); else the `.yaml` path. */
function dataFile(stem: string): string {
  const dir = contentDir();
  const names = ['yaml', 'yml', 'json'].map((ext) => path.join(dir, `${stem}.${ext}`));
  return names.find((file) => existsSync(file)) ?? names[0]!;
}

/** `report.yaml`, `report.yml` or `report.json`, whichever exists (first wins). */
export function reportFile(): string {
  return dataFile('report');
}

/** `glossary.yaml`, `glossary.yml` or `glossary.json` (first wins); the file is optional. */
export function glossaryFile(): string {
  return dataFile('glossary');
}

/** Where the KPI tables live: `content/data/kpi/*.json`. */
export function kpiDir(): string {
  return path.join(contentDir(), 'data', 'kpi');
}
