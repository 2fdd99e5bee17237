/** Reads `content/report.yaml` and resolves its defaults. */
import { existsSync } from 'node:fs';
import { ReportError } from '../diagnostics.ts';
import { profiles, type ProfileName } from '../convert/profiles.ts';
import { reportFile } from '../sources/paths.ts';
import { reportSchema, SOURCE_VARIANT, type ReportData } from './report-schema.ts';
import { readSourceFile } from '../sources/source-file.ts';
import { validateYaml } from '../sources/validate.ts';

export interface Variant {
  /** BCP 47 code, also the pages' `lang`. */
  code: string;
  /** First path segment of the variant's pages. */
  prefix: string;
  /** Script name in that script, for the switcher. */
  label: string;
  /** Conversion profile; undefined for the source. */
  profile: ProfileName | undefined;
  /** Whether regional vocabulary replaces the words as written. */
  vocabulary: 'kept' | 'regional';
}

export interface Report extends Omit<ReportData, 'variants'> {
  shortTitle: string;
  periodLabel: string;
  variants: Variant[];
  source: Variant;
}

export function resolveReport(data: ReportData): Report {
  const variants: Variant[] = data.variants.map((v) => {
    const profile = v.code === SOURCE_VARIANT ? undefined : (v.profile ?? (v.code as ProfileName));
    return {
      code: v.code,
      prefix: v.prefix ?? v.code.toLowerCase(),
      label: v.label ?? (profile ? profiles[profile].label : '简体中文'),
      profile,
      vocabulary: v.vocabulary,
    };
  });
  return {
    ...data,
    shortTitle: data.shortTitle ?? data.title,
    periodLabel: data.period.label ?? periodLabel(data.period.start, data.period.end),
    variants,
    source: variants.find((v) => v.profile === undefined)!,
  };
}

function periodLabel(start: string, end: string): string {
  const fmt = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  return `${fmt(start)}至${fmt(end)}`;
}

/** Parses and validates the report file; throws a ReportError naming the line at fault. */
export function readReportData(file = reportFile()): ReportData {
  if (!existsSync(file)) {
    throw new ReportError([
      { file, message: 'report configuration not found', hint: 'create content/report.yaml (see the authoring guide)', severity: 'error' },
    ]);
  }
  const source = readSourceFile(file);
  if (source.problem) throw new ReportError([source.problem]);
  const result = validateYaml({ file, text: source.text }, reportSchema);
  if (!result.ok) throw new ReportError(result.diagnostics);
  return result.data;
}

export function loadReport(file = reportFile()): Report {
  return resolveReport(readReportData(file));
}
