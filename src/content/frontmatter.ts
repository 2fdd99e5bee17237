/** A chapter's frontmatter: the block between two `---` lines at the top of the file. */
import { yamlPositions } from '../sources/yaml-positions.ts';
import { readSourceFile } from '../sources/source-file.ts';

export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Line and column of a frontmatter field's name in a chapter file (nothing when it has none). */
export function frontmatterFieldPosition(file: string, field: string): { line?: number; column?: number } {
  const match = FRONTMATTER.exec(readSourceFile(file).text);
  return match ? yamlPositions(match[1]!, 1)([field], 'key') : {};
}
