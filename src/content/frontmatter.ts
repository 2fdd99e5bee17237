/** A chapter's frontmatter: the block between two `---` lines at the top of the file. */
import { yamlPositions } from '../sources/yaml-positions.ts';
import { readSourceFile } from '../sources/source-file.ts';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * A chapter's text as its frontmatter (the YAML between the `---` lines, which
 * starts on line 2) and its body with the frontmatter's lines left empty, so
 * positions in the body are those of the file. Undefined without frontmatter.
 */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { yaml: match[1]!, body: match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) };
}

/** Line and column of a frontmatter field's name in a chapter file (nothing when it has none). */
export function frontmatterFieldPosition(file: string, field: string): { line?: number; column?: number } {
  const split = splitFrontmatter(readSourceFile(file).text);
  return split ? yamlPositions(split.yaml, 1)([field], 'key') : {};
}
