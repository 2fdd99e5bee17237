/** HTML as strings: escaping for markup built as strings (tables, charts), so data never becomes markup; text read back from a page. */
import { decodeHTML } from 'entities';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The text of an HTML page: what its elements hold, without scripts, styles, comments and markup. */
export function htmlText(html: string): string {
  return decodeHTML(
    html
      .replace(/<(script|style|template|title)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, ' '),
  );
}
