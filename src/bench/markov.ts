/**
 * A word-level Markov model of Chinese sentences: trained on the sample
 * report's own sentences (segmented into words with `Intl.Segmenter`), it
 * strings words into new sentences that read like report prose without
 * repeating whole sentences of it.
 */

const START = '\u0002';
/** Characters that would mean something to MDX or Markdown, or open a pair the model cannot be trusted to close. */
const UNSAFE = /[{}<>[\]\\~`*_#|“”‘’「」『』《》（）()【】]/g;
const ENDS = new Set(['。', '；', '！', '？']);

export class SentenceModel {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];
  private readonly seen = new Set<string>();
  private readonly order: number;

  constructor(sentences: readonly string[], order = 2) {
    this.order = order;
    const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
    for (const raw of sentences) {
      const sentence = raw
        .replace(UNSAFE, '')
        .replace(/\s+/g, ' ')
        // Spaces are left where Markdown marks were; keep them only between Latin words.
        .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
        .trim();
      if (!ENDS.has(sentence.at(-1) ?? '')) continue;
      this.seen.add(sentence);
      const words = [...segmenter.segment(sentence)].map((s) => s.segment);
      const state = Array<string>(order).fill(START);
      this.starts.push(words[0]!);
      for (const word of words) {
        const key = state.join('\u0001');
        let list = this.next.get(key);
        if (!list) this.next.set(key, (list = []));
        list.push(word);
        state.shift();
        state.push(word);
      }
    }
    if (this.starts.length === 0) throw new Error('no sentences to learn from');
  }

  /**
   * One new sentence of at least `minChars` characters, ending in 。 or ；
   * (tries a few times to avoid repeating a training sentence verbatim).
   */
  sentence(random: () => number, minChars = 14, maxChars = 90): string {
    let best = '';
    for (let attempt = 0; attempt < 8; attempt++) {
      const text = this.walk(random, maxChars);
      if (text.length >= minChars && !this.seen.has(text)) return text;
      if (text.length > best.length) best = text;
    }
    return best;
  }

  private walk(random: () => number, maxChars: number): string {
    const state = Array<string>(this.order).fill(START);
    let text = '';
    for (;;) {
      const choices = this.next.get(state.join('\u0001'));
      if (!choices) break;
      const word = choices[Math.floor(random() * choices.length)]!;
      text += word;
      if (ENDS.has(word)) break;
      if (text.length >= maxChars) {
        text = text.replace(/[，、：\s]+$/, '') + '。';
        break;
      }
      state.shift();
      state.push(word);
    }
    text = text.trim();
    return ENDS.has(text.at(-1) ?? '') ? text.replace(/；$/, '。') : `${text}。`;
  }
}
