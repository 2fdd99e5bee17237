/**
 * The disclosure code lists shipped with Bifolio (`codes/<framework>.json`):
 * HKEX ESG Reporting Code, GRI Standards, TCFD, UN Global Compact, SDGs.
 * Chapters declare the codes they cover; unknown codes fail the build.
 */
import hkex from './codes/hkex.json' with { type: 'json' };
import gri from './codes/gri.json' with { type: 'json' };
import tcfd from './codes/tcfd.json' with { type: 'json' };
import ungc from './codes/ungc.json' with { type: 'json' };
import sdg from './codes/sdg.json' with { type: 'json' };
import { codeListSchema, FRAMEWORKS, type CodeEntry, type CodeList, type FrameworkId } from './schema.ts';

const RAW: Record<FrameworkId, unknown> = { hkex, gri, tcfd, ungc, sdg };

let lists: Map<FrameworkId, CodeList> | undefined;

/** Every framework's code list, validated once. */
export function codeLists(): ReadonlyMap<FrameworkId, CodeList> {
  lists ??= new Map(FRAMEWORKS.map((f) => [f, codeListSchema.parse(RAW[f])]));
  return lists;
}

export function codeList(framework: FrameworkId): CodeList {
  return codeLists().get(framework)!;
}

export function findCode(framework: FrameworkId, code: string): CodeEntry | undefined {
  return codeList(framework).codes.find((c) => c.code === code);
}

export function isFramework(name: string): name is FrameworkId {
  return (FRAMEWORKS as readonly string[]).includes(name);
}

/** Codes that look like `code` (same prefix or one edit apart), for "did you mean" hints. */
export function similarCodes(framework: FrameworkId, code: string, max = 5): string[] {
  const all = codeList(framework).codes.map((c) => c.code);
  const lower = code.toLowerCase();
  const near = all.filter((c) => c.toLowerCase() === lower || editDistance(c.toLowerCase(), lower) <= 1);
  const prefix = all.filter((c) => !near.includes(c) && c.toLowerCase().startsWith(lower.replace(/[.\-]?[^.\-]*$/, '')));
  return [...near, ...prefix].slice(0, max);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
