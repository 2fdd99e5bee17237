/**
 * A prefix tree over Unicode code points with longest-match lookup — the
 * matching strategy OpenCC uses for its dictionaries.
 */
export interface TrieNode {
  next?: Map<number, TrieNode>;
  value?: string;
}

export interface TrieMatch {
  /** Offset (UTF-16 code units) just past the matched key. */
  end: number;
  value: string;
}

export class Trie {
  readonly root: TrieNode = {};

  /** Adds `key → value`; a later entry for the same key replaces an earlier one. */
  set(key: string, value: string): void {
    let node = this.root;
    for (let i = 0; i < key.length; ) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      node.next ??= new Map();
      let child = node.next.get(cp);
      if (!child) {
        child = {};
        node.next.set(cp, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** Longest key that is a prefix of `text` starting at `start`, or null. */
  match(text: string, start: number): TrieMatch | null {
    let node: TrieNode | undefined = this.root;
    let best: TrieMatch | null = null;
    for (let i = start; i < text.length && node?.next; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      node = node.next.get(cp);
      if (node?.value !== undefined) best = { end: i, value: node.value };
    }
    return best;
  }
}

/** Parses OpenCC's serialised dictionary form `"key value|key value"`. */
export function parseDictionary(serialised: string): Array<[string, string]> {
  if (serialised === '') return [];
  return serialised.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    if (space < 1) throw new TypeError(`Malformed dictionary entry: ${JSON.stringify(entry)}`);
    // OpenCC lists alternatives after the first candidate; the first one is the conversion.
    const rest = entry.slice(space + 1);
    const alt = rest.indexOf(' ');
    return [entry.slice(0, space), alt === -1 ? rest : rest.slice(0, alt)];
  });
}

/**
 * Builds one trie from a group of dictionaries. As in OpenCC, the first
 * dictionary of a group wins when two define the same key.
 */
export function trieFromGroup(group: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): Trie {
  const trie = new Trie();
  for (const dict of [...group].reverse()) {
    for (const [key, value] of dict) trie.set(key, value);
  }
  return trie;
}
