/**
 * Where the words of a Simplified text begin and end, by the dictionary
 * segmentation of the runtime's Unicode library (ICU): the word a differing
 * character belongs to is what an editor would put in the glossary.
 */

export interface WordSpans {
  /** For each unit of the text, where its word starts and ends. */
  start: Int32Array;
  end: Int32Array;
}

export function wordSpans(text: string): WordSpans {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  for (const { segment, index } of segmenter.segment(text)) {
    for (let k = 0; k < segment.length; k++) {
      start[index + k] = index;
      end[index + k] = index + segment.length;
    }
  }
  return { start, end };
}
