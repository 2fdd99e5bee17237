/**
 * A prefix tree over Unicode code points with longest-match lookup — the
 * matching strategy OpenCC uses for its dictionaries.
 */
export interface TrieNode<T> {
  next?: Map<number, TrieNode<T>>;
  value?: T;
}

export interface TrieMatch<T> {
  /** Offset (UTF-16 code units) just past the matched key. */
  end: number;
  value: T;
}

export class Trie<T = string> {
  readonly root: TrieNode<T> = {};
  size = 0;
  /** First-level nodes by UTF-16 code unit, for keys starting in the BMP: one array read instead of a map lookup. */
  private readonly bmp: Array<TrieNode<T> | undefined> = new Array(0x10000);

  /** Adds `key → value`; a later entry for the same key replaces an earlier one. */
  set(key: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < key.length;) {
      const cp = key.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      node.next ??= new Map();
      let child = node.next.get(cp);
      if (!child) {
        child = {};
        node.next.set(cp, child);
        if (node === this.root && cp < 0x10000) this.bmp[cp] = child;
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
  }

  /** Could a key start with the character at `start`? (Cheap first-level test.) */
  mayStartAt(text: string, start: number): boolean {
    const c = text.charCodeAt(start);
    if (c < 0xd800 || c > 0xdfff) return this.bmp[c] !== undefined;
    return this.root.next?.has(text.codePointAt(start)!) ?? false;
  }

  /** Longest key that is a prefix of `text` starting at `start`, or null. */
  match(text: string, start: number): TrieMatch<T> | null {
    if (start >= text.length) return null;
    const first = text.charCodeAt(start);
    let node: TrieNode<T> | undefined;
    let i: number;
    if (first < 0xd800 || first > 0xdfff) {
      node = this.bmp[first];
      i = start + 1;
    } else {
      const cp = text.codePointAt(start)!;
      node = this.root.next?.get(cp);
      i = start + (cp > 0xffff ? 2 : 1);
    }
    if (node === undefined) return null;
    let bestEnd = node.value !== undefined ? i : -1;
    let bestValue = node.value;
    while (i < text.length && node.next) {
      const cp = text.codePointAt(i)!;
      node = node.next.get(cp);
      if (node === undefined) break;
      i += cp > 0xffff ? 2 : 1;
      if (node.value !== undefined) {
        bestEnd = i;
        bestValue = node.value;
      }
    }
    return bestEnd === -1 ? null : { end: bestEnd, value: bestValue as T };
  }

  /** Every key that is a prefix of `text` starting at `start`, shortest first. */
  prefixMatches(text: string, start: number): TrieMatch<T>[] {
    const found: TrieMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length && node?.next;) {
      const cp = text.codePointAt(i)!;
      node = node.next.get(cp);
      if (node === undefined) break;
      i += cp > 0xffff ? 2 : 1;
      if (node.value !== undefined) found.push({ end: i, value: node.value });
    }
    return found;
  }

  /** Every key–value pair, for inspection. */
  *entries(): Generator<[string, T]> {
    const walk = function* (node: TrieNode<T>, prefix: string): Generator<[string, T]> {
      if (node.value !== undefined) yield [prefix, node.value];
      if (node.next) for (const [cp, child] of node.next) yield* walk(child, prefix + String.fromCodePoint(cp));
    };
    yield* walk(this.root, '');
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
export function trieFromGroup(group: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): Trie<string> {
  const trie = new Trie<string>();
  for (const dict of [...group].reverse()) {
    for (const [key, value] of dict) trie.set(key, value);
  }
  return trie;
}
