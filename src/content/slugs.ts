/**
 * A chapter's identity in the site: its page address and its place in the
 * reading order, decided here for the outline, the source check and the
 * pages alike.
 */
import path from 'node:path';

/** A page address segment or other ASCII name: lowercase letters, digits and single hyphens. */
export const ASCII_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `03-environment` → `environment`: a leading number only orders files. */
function slugFromFileId(id: string): string {
  return id.replace(/^\d+[-_.]/, '');
}

/** A chapter's page address: its frontmatter's `slug`, or its file name without the leading number. */
export function chapterSlug(file: string, frontmatter: { slug?: string | undefined }): string {
  return frontmatter.slug ?? slugFromFileId(path.basename(file, '.mdx'));
}

/** Reading order: `order`, then the file name. */
export function byReadingOrder(a: { file: string; order: number }, b: { file: string; order: number }): number {
  return a.order - b.order || path.basename(a.file).localeCompare(path.basename(b.file));
}

/** Each item whose key an earlier item already has, with that earlier item. */
export function clashes<T>(items: readonly T[], key: (item: T) => string | number): Array<{ item: T; other: T }> {
  const seen = new Map<string | number, T>();
  const found: Array<{ item: T; other: T }> = [];
  for (const item of items) {
    const other = seen.get(key(item));
    if (other !== undefined) found.push({ item, other });
    seen.set(key(item), item);
  }
  return found;
}
