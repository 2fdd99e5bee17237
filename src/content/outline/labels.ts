/**
 * How a place in the report is named in running text, one house style for
 * every reference: 第一章 保护环境, 1.2 能源管理, 表3 环境绩效; unnumbered
 * places by their title in quotes, “关于本报告－报告范围” (converted to 「」
 * on Traditional pages like all text).
 */
import type { OutlineChapter, Target } from './outline.ts';

/** Separator between a chapter's and a section's title. */
export const TITLE_SEPARATOR = '－';

export type LabelParts = 'both' | 'number' | 'title';

export function targetLabel(target: Target, from?: OutlineChapter, show: LabelParts = 'both'): string {
  const number = target.number;
  if (number && show === 'number') return number;
  if (number && show === 'both') return target.title ? `${number} ${target.title}` : number;
  if (target.kind === 'heading' && target.chapter !== from) {
    const chapter = target.chapter.number ?? target.chapter.title;
    return target.chapter.number ? `${chapter}“${target.title}”` : `“${chapter}${TITLE_SEPARATOR}${target.title}”`;
  }
  return `“${target.title}”`;
}
