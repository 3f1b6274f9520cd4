import { editDistance } from "./duplicates";

/**
 * A lean inverted index for long text (definitions): word → the documents that hold it.
 *
 * Why not MiniSearch here too: MiniSearch scores every document for every matching word, and a
 * council's definitions share common words ("data" is in nearly all of the strategy's). At 10,000
 * terms that cost 7–20 ms a keystroke (measured with `npm run bench -- --only dictionary`). This
 * index only marks documents in typed arrays and intersects them, well under a millisecond, and
 * ranks by the rarity of the words matched (inverse document frequency), which is what decides
 * relevance in definitions anyway.
 */
export interface WordMatch {
  /** Document ids matching every query word, best first. */
  all: number[];
  /** When nothing matches every word: documents matching some of them, best first. Empty otherwise. */
  some: number[];
  /** The query words (as given) found in at least one document, so a caller can say which words found nothing. */
  matched: string[];
}

export class WordIndex {
  private ids: number[] = [];
  private slotOf = new Map<number, number>();
  private alive = new Uint8Array(64);
  private postings = new Map<string, number[]>();
  /** Sorted vocabulary for prefix ranges; rebuilt lazily after words are added. */
  private vocabulary: string[] | null = null;

  constructor(private readonly words: (text: string) => string[]) {}

  get size(): number {
    return this.slotOf.size;
  }

  add(id: number, text: string): void {
    this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotOf.set(id, slot);
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    for (const word of new Set(this.words(text))) {
      const list = this.postings.get(word);
      if (list) list.push(slot);
      else {
        this.postings.set(word, [slot]);
        this.vocabulary = null;
      }
    }
  }

  /** Removed documents stay in the postings but are skipped; replacing a document re-adds it. */
  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.alive[slot] = 0;
    this.slotOf.delete(id);
  }

  private sortedVocabulary(): string[] {
    return (this.vocabulary ??= [...this.postings.keys()].sort());
  }

  /** Vocabulary words starting with `prefix`, by binary search over the sorted vocabulary. */
  private withPrefix(prefix: string): string[] {
    const vocab = this.sortedVocabulary();
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < vocab.length && vocab[i]!.startsWith(prefix); i++) found.push(vocab[i]!);
    return found;
  }

  /** Words one or two slips away (same first letter: people rarely mistype that one), for a word nobody used. */
  private near(word: string): string[] {
    const allowance = word.length >= 8 ? 2 : 1;
    return this.withPrefix(word[0]!).filter((candidate) => candidate !== word && editDistance(candidate, word, allowance) <= allowance);
  }

  /**
   * Documents holding every query word (earlier words whole or with a typo, the last also as a
   * prefix of `minPrefix` letters or more), ranked by the summed rarity of the words they matched.
   */
  match(queryWords: readonly string[], options: { lastIsPrefix: boolean; minPrefix?: number }): WordMatch {
    const minPrefix = options.minPrefix ?? 3;
    const slots = this.ids.length;
    const count = new Uint8Array(slots);
    const seen = new Int32Array(slots).fill(-1);
    const score = new Float64Array(slots);
    const touched: number[] = [];
    const live = this.slotOf.size || 1;
    let usable = 0;
    const matched: string[] = [];

    queryWords.forEach((word, n) => {
      const last = n === queryWords.length - 1;
      let expansions = this.postings.has(word) ? [word] : [];
      if (last && options.lastIsPrefix && word.length >= minPrefix) expansions = this.withPrefix(word);
      if (expansions.length === 0 && word.length >= 5) expansions = this.near(word);
      if (expansions.length === 0) return;
      usable++;
      // Rarest first, so a document's score for this word is its rarest match.
      const lists = expansions.map((w) => this.postings.get(w)!).sort((a, b) => a.length - b.length);
      let found = false;
      for (const list of lists) {
        const weight = Math.log(1 + live / list.length);
        for (const slot of list) {
          if (seen[slot] === n || !this.alive[slot]) continue;
          found = true;
          seen[slot] = n;
          if (count[slot] === 0) touched.push(slot);
          count[slot]!++;
          score[slot]! += weight;
        }
      }
      if (found) matched.push(word);
    });

    const best = (a: number, b: number) => score[b]! - score[a]! || a - b;
    const everyWord = usable === queryWords.length;
    const all = everyWord ? touched.filter((s) => count[s] === usable).sort(best) : [];
    // Partial matches are only a fallback: ranked only when nothing matched every word.
    const some = all.length === 0 ? touched.sort(best) : [];
    return { all: all.map((s) => this.ids[s]!), some: some.map((s) => this.ids[s]!), matched };
  }
}
