import MiniSearch, { type SearchResult } from "minisearch";
import { nameKey, normaliseText, singular } from "./normalise";
import { WordIndex } from "./word-index";

/**
 * Search over the whole dictionary in the browser, instant as the person types.
 *
 * Why in the browser: SharePoint's list queries cannot do fuzzy, ranked or word-order-free search,
 * and SharePoint Search lags by minutes (and is not in the local tenant). 10,000 terms fit in
 * memory easily; `npm run bench -- --only dictionary` measures build time and time per keystroke.
 *
 * Two indexes: names (title, acronym, synonyms) in MiniSearch, with BM25, field boosts, typo
 * tolerance and prefix matching; definitions in a lean word index (see word-index.ts for why).
 *
 * Ranking is in tiers, decided by where the query matched, then by score within a tier. Tiers
 * make "exact name beats synonym beats definition" a rule rather than a hope about boosts:
 *   0  the query is the term's name                     ("data quality")
 *   1  the query is one of its acronyms or synonyms     ("IAR", "glossary")
 *   2  every query word is in the name (any order, typos, the last word as a prefix)
 *   3  every query word is in the name, acronym or synonyms
 *   4  every query word is in the definition
 *   5  only some of the query words matched             (shown only when nothing else is)
 */
export interface SearchableTerm {
  id: number;
  title: string;
  acronym: string | null;
  synonyms: readonly string[];
  definition: string;
}

export type MatchTier = 0 | 1 | 2 | 3 | 4 | 5;

export interface SearchHit {
  id: number;
  tier: MatchTier;
  /** The acronym or synonym that matched exactly (tier 1), to say why the term was found. */
  alias?: string;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Every match that passed the filter, before `limit`: `matchedAll + matchedSome`. */
  total: number;
  /** Terms matching every word of the query (tiers 0–4). */
  matchedAll: number;
  /** Terms matching only some of the words (tier 5): offered only when no term matches them all. */
  matchedSome: number;
  /** Words of the query, as typed, that no name, acronym, synonym or definition matched (worked out only when no term matches them all). */
  unmatched: string[];
}

/** Words too common to help find a term; dropping them keeps AND queries sensible ("record of processing"). */
const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "which", "with"]);

/**
 * Words are cut by our own normalisation, not MiniSearch's default tokenizer: that one splits on
 * punctuation but not on symbols, so "<i>Tagged</i> term" would be indexed as one odd word.
 */
const tokenize = (text: string): string[] => normaliseText(text).split(" ");

/** One word, as indexed and as queried: singular; null for a stop word. */
function processTerm(word: string): string | null {
  if (!word || STOP_WORDS.has(word)) return null;
  return singular(word);
}

/** Every word of a text, the same way, normalising the whole text once (definitions are long). */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const word of normaliseText(text).split(" ")) if (word && !STOP_WORDS.has(word)) words.push(singular(word));
  return words;
}

/** Typos: one slip in a word of 4–7 letters, two in longer words; none in short words (too noisy). */
function fuzziness(term: string, index: number, terms: string[]): number | false {
  // A short last word is still being typed: a prefix, not a typo.
  if (term.length < 4 || (index === terms.length - 1 && term.length < 5)) return false;
  return term.length <= 7 ? 1 : 2;
}

/** As you type, the last word is a prefix; earlier words have been finished. */
const isLast = (_term: string, index: number, terms: string[]) => index === terms.length - 1;

function createNameSearch(): MiniSearch<SearchableTerm> {
  return new MiniSearch<SearchableTerm>({
    idField: "id",
    fields: ["title", "acronym", "synonyms"],
    extractField: (doc, field) => {
      // The id stays a number: MiniSearch hands it back as given.
      if (field === "id") return doc.id as unknown as string;
      const value = doc[field as keyof SearchableTerm];
      return Array.isArray(value) ? value.join(" ; ") : ((value as string | null) ?? "");
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 3, acronym: 2, synonyms: 1.5 },
      prefix: isLast,
      fuzzy: fuzziness,
      weights: { fuzzy: 0.3, prefix: 0.6 },
      combineWith: "AND",
    },
  });
}

function addTo(map: Map<string, Map<number, string>>, key: string, id: number, label: string): void {
  if (!key) return;
  let ids = map.get(key);
  if (!ids) map.set(key, (ids = new Map()));
  ids.set(id, label);
}

function removeFrom(map: Map<string, Map<number, string>>, key: string, id: number): void {
  const ids = map.get(key);
  ids?.delete(id);
  if (ids?.size === 0) map.delete(key);
}

function aliasesOf(term: SearchableTerm): string[] {
  return [...(term.acronym ? [term.acronym] : []), ...term.synonyms];
}

/** True when every matched word was found in the title (not only in an acronym or synonym). */
function matchedInTitle(result: SearchResult): boolean {
  return Object.values(result.match).every((fields) => fields.includes("title"));
}

/** A term index that grows as pages of terms arrive, and answers a query per keystroke. */
export class TermIndex {
  private names = createNameSearch();
  private definitions = new WordIndex(searchWords);
  private docs = new Map<number, SearchableTerm>();
  /** nameKey(title) → ids: tier 0 without searching. */
  private exactNames = new Map<string, Map<number, string>>();
  /** nameKey(acronym or synonym) → id → the alias as written: tier 1. */
  private exactAliases = new Map<string, Map<number, string>>();
  /** Every term's name key and the words of its names, in name order: for one- and two-letter queries. Built when first needed. */
  private ordered: { id: number; key: string; words: string }[] | null = null;
  private nameWords = new Map<number, { key: string; words: string }>();

  get size(): number {
    return this.docs.size;
  }

  /** Adds terms, replacing any already indexed with the same id. */
  add(terms: readonly SearchableTerm[]): void {
    const fresh: SearchableTerm[] = [];
    for (const term of terms) {
      this.remove(term.id);
      this.docs.set(term.id, term);
      const key = nameKey(term.title);
      this.nameWords.set(term.id, { key, words: ` ${[key, ...aliasesOf(term).map(nameKey)].join(" ")}` });
      addTo(this.exactNames, key, term.id, term.title);
      for (const alias of aliasesOf(term)) addTo(this.exactAliases, nameKey(alias), term.id, alias);
      this.definitions.add(term.id, term.definition);
      fresh.push(term);
    }
    this.names.addAll(fresh);
    this.ordered = null;
  }

  /** The same, yielding to the browser between chunks so typing never stalls while a page is indexed. */
  async addAsync(terms: readonly SearchableTerm[], chunkSize = 500): Promise<void> {
    for (let i = 0; i < terms.length; i += chunkSize) {
      this.add(terms.slice(i, i + chunkSize));
      if (i + chunkSize < terms.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  remove(id: number): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.names.discard(id);
    this.definitions.remove(id);
    this.docs.delete(id);
    this.nameWords.delete(id);
    this.ordered = null;
    removeFrom(this.exactNames, nameKey(doc.title), id);
    for (const alias of aliasesOf(doc)) removeFrom(this.exactAliases, nameKey(alias), id);
  }

  /**
   * Ranked matches for what the person has typed so far. `accept` filters (kind, status,
   * service) before counting, so the total is what the person can see.
   */
  search(query: string, options: { limit?: number; accept?: (id: number) => boolean } = {}): SearchOutcome {
    const limit = options.limit ?? 50;
    const accept = options.accept ?? (() => true);
    const key = nameKey(query);
    if (!key) return { hits: [], total: 0, matchedAll: 0, matchedSome: 0, unmatched: [] };

    const seen = new Set<number>();
    const tiers: SearchHit[][] = [[], [], [], [], [], []];
    const put = (hit: SearchHit) => {
      if (seen.has(hit.id) || !this.docs.has(hit.id)) return;
      seen.add(hit.id);
      if (accept(hit.id)) tiers[hit.tier]!.push(hit);
    };

    for (const id of this.exactNames.get(key)?.keys() ?? []) put({ id, tier: 0 });
    for (const [id, alias] of this.exactAliases.get(key) ?? []) put({ id, tier: 1, alias });

    // One or two letters: names starting so (tier 2) or with a word starting so (tier 3), A to Z.
    // Scoring the thousands of names a prefix this short matches would cost more than a scan.
    if (!key.includes(" ") && key.length <= 2) {
      this.ordered ??= [...this.nameWords].map(([id, n]) => ({ id, ...n })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
      for (const n of this.ordered) if (n.key.startsWith(key)) put({ id: n.id, tier: 2 });
      for (const n of this.ordered) if (n.words.includes(` ${key}`)) put({ id: n.id, tier: 3 });
      return outcomeOf(tiers, limit, []);
    }

    // A single letter just typed after other words ("council tax a") narrows nothing yet but
    // matches half the vocabulary as a prefix: search the words before it until the next letter.
    const typed = normaliseText(query).split(" ");
    const typing = !/\s$/.test(query);
    const effective = typing && typed.length > 1 && typed[typed.length - 1]!.length === 1 ? typed.slice(0, -1).join(" ") : query;
    for (const result of this.names.search(effective)) put({ id: result.id as number, tier: matchedInTitle(result) ? 2 : 3 });

    const words = searchWords(effective);
    let unmatched: string[] = [];
    if (words.length > 0) {
      const inDefinitions = this.definitions.match(words, { lastIsPrefix: typing });
      for (const id of inDefinitions.all) put({ id, tier: 4 });
      if (seen.size === 0) {
        // Nothing matches every word: offer what matches some, and note the words nothing matched, so the count can say so.
        const found = new Set(inDefinitions.matched);
        for (const result of this.names.search(effective, { combineWith: "OR" })) {
          put({ id: result.id as number, tier: 5 });
          for (const word of result.queryTerms) found.add(word);
        }
        for (const id of inDefinitions.some) put({ id, tier: 5 });
        unmatched = [...new Set(normaliseText(effective).split(" ").filter((word) => (processTerm(word) ?? "") !== "" && !found.has(processTerm(word)!)))];
      }
    }
    return outcomeOf(tiers, limit, unmatched);
  }
}

function outcomeOf(tiers: SearchHit[][], limit: number, unmatched: string[]): SearchOutcome {
  const all = tiers.flat();
  const matchedSome = tiers[5]!.length;
  return { hits: all.slice(0, limit), total: all.length, matchedAll: all.length - matchedSome, matchedSome, unmatched };
}
