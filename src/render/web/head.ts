/**
 * The `head` entries of report.yaml as HTML: each a script, link or meta
 * element with its attributes escaped (`true` is an attribute without a
 * value, `false` leaves it out). The schema has already refused anything
 * else: another tag, an address that is not https, an event handler.
 */
import type { HeadEntry } from '../../content/report-schema.ts';
import { escapeHtml } from '../../html.ts';

export function headEntryHtml(entry: HeadEntry): string {
  const attrs = Object.entries(entry.attrs)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
  return entry.tag === 'script' ? `<script${attrs}></script>` : `<${entry.tag}${attrs}>`;
}

export function headHtml(head: readonly HeadEntry[]): string {
  return head.map(headEntryHtml).join('\n');
}
