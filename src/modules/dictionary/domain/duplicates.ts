import { nameKey, wordSetKey } from "./normalise";

/**
 * Catching duplicates when someone proposes a term: the same or nearly the same name, acronym
 * or synonym as a term already in the dictionary (or already proposed). "Nearly" means: the same
 * words in another order, a plural, or a typo or two — the mistakes people actually make.
 */
export interface NamedEntry {
  id: number;
  title: string;
  acronym: string | null;
  synonyms: readonly string[];
}

export type DuplicateStrength = "same" | "similar";

export interface DuplicateMatch<T extends NamedEntry> {
  entry: T;
  strength: DuplicateStrength;
  /** The proposed name and the existing name that collide, as the person wrote them. */
  proposed: string;
  existing: string;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos allowed between two names of this length: none for short names and acronyms ("IAR" is not "IQR"). */
function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 10) return 1;
  return 2;
}

function namesOf(entry: NamedEntry): string[] {
  return [entry.title, ...(entry.acronym ? [entry.acronym] : []), ...entry.synonyms].filter((n) => n.trim());
}

/** Names are normalised once: a check against 10,000 terms then costs string comparisons, not regexes. */
const keys = new Map<string, { key: string; words: string }>();
function keysOf(name: string): { key: string; words: string } {
  let found = keys.get(name);
  if (!found) {
    if (keys.size > 50_000) keys.clear();
    found = { key: nameKey(name), words: wordSetKey(name) };
    keys.set(name, found);
  }
  return found;
}

/** How alike two names are: the same, similar, or not a duplicate. */
export function compareNames(a: string, b: string): DuplicateStrength | null {
  const { key: ka, words: wa } = keysOf(a);
  const { key: kb, words: wb } = keysOf(b);
  if (!ka || !kb) return null;
  if (ka === kb) return "same";
  if (wa === wb) return "similar";
  const allowance = typoAllowance(Math.min(ka.length, kb.length));
  // A typo, or a typo with the words in another order ("qualty data").
  if (allowance > 0 && (editDistance(ka, kb, allowance) <= allowance || editDistance(wa, wb, allowance) <= allowance)) return "similar";
  return null;
}

/**
 * Existing entries that a proposed entry duplicates, strongest first. The entry being changed
 * (`ignoreId`) is never its own duplicate.
 */
export function findDuplicates<T extends NamedEntry>(proposed: Omit<NamedEntry, "id">, existing: readonly T[], ignoreId?: number): DuplicateMatch<T>[] {
  const mine = namesOf({ ...proposed, id: -1 });
  const matches: DuplicateMatch<T>[] = [];
  for (const entry of existing) {
    if (entry.id === ignoreId) continue;
    let best: DuplicateMatch<T> | null = null;
    for (const theirs of namesOf(entry)) {
      for (const name of mine) {
        const strength = compareNames(name, theirs);
        if (strength && (!best || (strength === "same" && best.strength !== "same"))) best = { entry, strength, proposed: name, existing: theirs };
      }
      if (best?.strength === "same") break;
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => (a.strength === b.strength ? a.entry.title.localeCompare(b.entry.title, "en-GB") : a.strength === "same" ? -1 : 1));
}
