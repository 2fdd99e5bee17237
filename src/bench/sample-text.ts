/**
 * Deterministic benchmark text: the sample report's sentences, shuffled with
 * a fixed seed and strung into paragraphs until the text is long enough.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded generator (mulberry32), so every run builds the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain sentences of a chapter: frontmatter, code, tags and Markdown marks removed. */
export function chapterSentences(mdx: string): string[] {
  const body = mdx
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/[#*>|`_-]/g, ' ');
  return body
    .split(/(?<=[。；！？])|\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{Script=Han}/u.test(s) && s.length > 6);
}

export function benchmarkText(contentDir: string, minChars: number, seed = 2024): string {
  const dir = path.join(contentDir, 'chapters');
  const sentences = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => chapterSentences(readFileSync(path.join(dir, f), 'utf8')));
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < minChars) {
    const n = 3 + Math.floor(random() * 5);
    let paragraph = '';
    for (let i = 0; i < n; i++) paragraph += sentences[Math.floor(random() * sentences.length)]!;
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}
