/**
 * Sorting text the way people read a list: case does not matter, then it does (so "planning" sits
 * with "Planning"). Keys are worked out once per item, not once per comparison: sorting 4,000 flows
 * with a locale-aware comparison each time is what made the first version of the map slow.
 */
const keyOf = (text: string) => text.toLowerCase();

const compareKeys = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function compareText(a: string, b: string): number {
  return compareKeys(keyOf(a), keyOf(b)) || compareKeys(a, b);
}

/** Sorts by several text keys in turn, each worked out once per item. */
export function sortByText<T>(items: readonly T[], ...keys: ((item: T) => string)[]): T[] {
  const decorated = items.map((item) => ({ item, raw: keys.map((k) => k(item)) }));
  const lowered = new Map(decorated.map((d) => [d, d.raw.map(keyOf)]));
  decorated.sort((p, q) => {
    const lp = lowered.get(p)!;
    const lq = lowered.get(q)!;
    for (let i = 0; i < keys.length; i++) {
      const c = compareKeys(lp[i]!, lq[i]!) || compareKeys(p.raw[i]!, q.raw[i]!);
      if (c) return c;
    }
    return 0;
  });
  return decorated.map((d) => d.item);
}
