/**
 * Element ids in the print document. Chapters are pages of their own on the
 * website, so two chapters may use the same heading id; in the one print
 * document every id inside a chapter is prefixed with the chapter's slug.
 */

/** Id of a chapter's section: `chapter-environment`. */
export function chapterAnchor(slug: string): string {
  return `chapter-${slug}`;
}

/** Id of an element of a chapter in the print document: `environment--能源管理`. */
export function printId(slug: string, id: string): string {
  return `${slug}--${id}`;
}
