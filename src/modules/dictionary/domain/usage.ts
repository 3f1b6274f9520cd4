import { normaliseText } from "./normalise";

/**
 * The "metric standardisation" audit: how often the dictionary is searched and its terms opened,
 * by department, and which searches found nothing. Counts only: never who, never when to the
 * minute. See data/usage-data.ts for how the counts are stored without naming anyone.
 */
export interface DepartmentCounts {
  searches: number;
  opens: number;
}

export interface UsageCounts {
  searches: number;
  /** Searches that found nothing, including those whose text was not kept. */
  emptySearches: number;
  opens: number;
  /** Per department, as Entra ID names it (a department is many people; its counts are not personal). */
  byDepartment: Record<string, DepartmentCounts>;
  /** Term key → times opened. */
  opened: Record<string, number>;
  /** Term key → times opened straight from search results ("searched for"). */
  found: Record<string, number>;
  /** Normalised search text → times it found nothing. */
  noResults: Record<string, number>;
}

export type UsageEvent =
  | { type: "search"; text: string; results: number; department: string | null }
  | { type: "open"; key: string; fromSearch: boolean; department: string | null };

/** A shard's item keeps at most this many distinct texts that found nothing; rarer ones fold into OTHER_SEARCHES. */
export const MAX_NO_RESULT_TEXTS = 300;
export const OTHER_SEARCHES = "(other searches)";
/** Shards per month: writers spread over them, so two people rarely write the same item at once. */
export const USAGE_SHARDS = 8;

export function emptyCounts(): UsageCounts {
  return { searches: 0, emptySearches: 0, opens: 0, byDepartment: counter(), opened: counter(), found: counter(), noResults: counter() };
}

/**
 * A search text as it may be kept: normalised, trimmed to 60 characters, and dropped entirely
 * when it looks like it holds personal data (an email address, a phone, account or National
 * Insurance number, a postcode). Names cannot be told from words; the aggregation is what protects them.
 */
export function usageSearchText(text: string): string | null {
  const raw = text.trim();
  if (/@/.test(raw) || /\d{3,}/.test(raw.replace(/\s+/g, "")) || /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i.test(raw) || /\b[A-Z]{2}\s*\d{2}\s*\d{2}\s*\d{2}\s*[A-D]\b/i.test(raw)) return null;
  const normal = normaliseText(raw).slice(0, 60).trim();
  return normal.length >= 2 ? normal : null;
}

/**
 * Counts keyed by text people typed or term keys: kept in objects without a prototype, so a key such
 * as "constructor" or "__proto__" is just a key (on a plain object it would read Object's own members).
 */
function counter<V = number>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (Object.hasOwn(record, key) ? record[key]! : 0) + by;
};

const departmentName = (department: string | null) => department?.trim() || "Not recorded";

/** Adds events to counts (a fresh copy; the input is not changed). */
export function tally(events: readonly UsageEvent[], start: UsageCounts = emptyCounts()): UsageCounts {
  const counts = mergeCounts(emptyCounts(), start);
  for (const event of events) {
    const name = departmentName(event.department);
    const dept = Object.hasOwn(counts.byDepartment, name) ? counts.byDepartment[name]! : (counts.byDepartment[name] = { searches: 0, opens: 0 });
    if (event.type === "search") {
      counts.searches++;
      dept.searches++;
      if (event.results === 0) counts.emptySearches++;
      const text = event.results === 0 ? usageSearchText(event.text) : null;
      if (text) bump(counts.noResults, text);
    } else {
      counts.opens++;
      dept.opens++;
      bump(counts.opened, event.key);
      if (event.fromSearch) bump(counts.found, event.key);
    }
  }
  return capTexts(counts);
}

/** The sum of two sets of counts. */
export function mergeCounts(a: UsageCounts, b: UsageCounts): UsageCounts {
  const sum = (x: Record<string, number>, y: Record<string, number>) => {
    const out = counter(Object.entries(x));
    for (const [k, n] of Object.entries(y)) bump(out, k, n);
    return out;
  };
  const byDepartment = counter<DepartmentCounts>();
  for (const source of [a.byDepartment, b.byDepartment]) {
    for (const [name, c] of Object.entries(source)) {
      const d = Object.hasOwn(byDepartment, name) ? byDepartment[name]! : (byDepartment[name] = { searches: 0, opens: 0 });
      d.searches += c.searches;
      d.opens += c.opens;
    }
  }
  return capTexts({
    searches: a.searches + b.searches,
    emptySearches: a.emptySearches + b.emptySearches,
    opens: a.opens + b.opens,
    byDepartment,
    opened: sum(a.opened, b.opened),
    found: sum(a.found, b.found),
    noResults: sum(a.noResults, b.noResults),
  });
}

/** Keeps a shard's JSON bounded: beyond MAX_NO_RESULT_TEXTS, the rarest texts are counted as "other". */
function capTexts(counts: UsageCounts): UsageCounts {
  const entries = Object.entries(counts.noResults).filter(([k]) => k !== OTHER_SEARCHES);
  if (entries.length <= MAX_NO_RESULT_TEXTS) return counts;
  entries.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const folded = entries.slice(MAX_NO_RESULT_TEXTS).reduce((n, [, c]) => n + c, 0) + (Object.hasOwn(counts.noResults, OTHER_SEARCHES) ? counts.noResults[OTHER_SEARCHES]! : 0);
  return { ...counts, noResults: counter([...entries.slice(0, MAX_NO_RESULT_TEXTS), [OTHER_SEARCHES, folded] as const]) };
}

/** Reads a shard's JSON, tolerating a missing or damaged value (it is then counted as empty, not thrown). */
export function parseCounts(json: string | null | undefined): UsageCounts {
  if (!json) return emptyCounts();
  try {
    const raw = JSON.parse(json) as Partial<UsageCounts>;
    const numbers = (value: unknown): Record<string, number> =>
      counter(Object.entries((value as Record<string, unknown>) ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1]) && entry[1] >= 0));
    const byDepartment = counter<DepartmentCounts>();
    for (const [name, c] of Object.entries((raw.byDepartment as Record<string, Partial<DepartmentCounts>>) ?? {})) {
      byDepartment[name] = { searches: Number(c?.searches) || 0, opens: Number(c?.opens) || 0 };
    }
    return { searches: Number(raw.searches) || 0, emptySearches: Number(raw.emptySearches) || 0, opens: Number(raw.opens) || 0, byDepartment, opened: numbers(raw.opened), found: numbers(raw.found), noResults: numbers(raw.noResults) };
  } catch {
    return emptyCounts();
  }
}

export function isEmpty(counts: UsageCounts): boolean {
  return counts.searches === 0 && counts.opens === 0;
}

export { periodOf, recentPeriods } from "../../../core/domain/periods";

export interface UsageSummary {
  searches: number;
  opens: number;
  /** Share of searches that found nothing, 0–100, rounded. */
  noResultPercent: number;
  topOpened: { key: string; count: number }[];
  topFound: { key: string; count: number }[];
  noResults: { text: string; count: number }[];
  departments: { name: string; searches: number; opens: number }[];
}

const top = (record: Record<string, number>, n: number) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n);

export function summariseUsage(counts: UsageCounts, limit = 20): UsageSummary {
  return {
    searches: counts.searches,
    opens: counts.opens,
    noResultPercent: counts.searches === 0 ? 0 : Math.round((counts.emptySearches / counts.searches) * 100),
    topOpened: top(counts.opened, limit).map(([key, count]) => ({ key, count })),
    topFound: top(counts.found, limit).map(([key, count]) => ({ key, count })),
    noResults: top(counts.noResults, limit * 2).map(([text, count]) => ({ text, count })),
    departments: Object.entries(counts.byDepartment)
      .map(([name, c]) => ({ name, ...c }))
      .sort((a, b) => b.searches + b.opens - (a.searches + a.opens) || a.name.localeCompare(b.name)),
  };
}
