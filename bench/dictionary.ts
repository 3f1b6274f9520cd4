import { performance } from "node:perf_hooks";
import terms from "../src/modules/dictionary/seed/terms.json";
import { type SearchableTerm, TermIndex } from "../src/modules/dictionary/domain/search";

export interface DictionaryReport {
  terms: number;
  buildMs: number;
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  queries: { query: string; medianMs: number; p95Ms: number; results: number }[];
}

/** A small deterministic generator (mulberry32), so every run indexes the same 10,000 terms. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICE_WORDS = ["housing", "benefits", "council tax", "planning", "waste", "recycling", "licensing", "parking", "customer", "revenue", "payroll", "leisure", "coastal", "environmental health", "elections", "procurement", "homelessness", "building control", "community safety", "grants"];
const MEASURE_WORDS = ["rate", "count", "average", "percentage", "time", "backlog", "cost", "volume", "score", "ratio", "index", "balance", "arrears", "turnaround", "satisfaction", "completion", "occupancy", "collection", "uptake", "variance"];

/**
 * 10,000 terms that look like a council's: the strategy's 54 terms, then generated names from
 * service and measure words, definitions drawn from the strategy's own sentences (realistic length
 * and vocabulary), some acronyms and synonyms.
 */
export function generateTerms(count: number): SearchableTerm[] {
  const rand = random(2025);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const words = terms.flatMap((t) => t.definition.split(/\s+/)).filter((w) => w.length > 2);
  const docs: SearchableTerm[] = terms.map((t, i) => ({ id: i + 1, title: t.title, acronym: t.acronym, synonyms: t.synonyms, definition: t.definition }));
  for (let id = docs.length + 1; docs.length < count; id++) {
    const title = `${pick(SERVICE_WORDS)} ${pick(MEASURE_WORDS)}${rand() < 0.3 ? ` ${pick(MEASURE_WORDS)}` : ""} ${id}`.replace(/^./, (c) => c.toUpperCase());
    const initials = title
      .split(" ")
      .filter((w) => /^[a-z]/i.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join("");
    const length = 20 + Math.floor(rand() * 60);
    const definition = Array.from({ length }, () => pick(words)).join(" ");
    docs.push({ id, title, acronym: rand() < 0.2 ? initials : null, synonyms: rand() < 0.3 ? [`${pick(SERVICE_WORDS)} ${pick(MEASURE_WORDS)}`] : [], definition });
  }
  return docs;
}

/** What people type, letter by letter: names, a typo, acronyms, reversed word order, a definition word. */
export const BENCH_QUERIES = ["data quality", "qualty", "kpi", "record of processing", "council tax arrears", "anonymisation", "quality data", "IAR", "homelessness backlog", "turnaround time"];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export function measureDictionary(count = 10_000, rounds = 5): DictionaryReport {
  const docs = generateTerms(count);
  const started = performance.now();
  const index = new TermIndex();
  index.add(docs);
  const buildMs = performance.now() - started;

  // Warm up the JIT as a person's first few keystrokes would.
  for (const q of BENCH_QUERIES) index.search(q);

  const all: number[] = [];
  const queries: DictionaryReport["queries"] = [];
  for (const query of BENCH_QUERIES) {
    const times: number[] = [];
    let results = 0;
    for (let round = 0; round < rounds; round++) {
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        const t0 = performance.now();
        results = index.search(typed, { limit: 50 }).total;
        times.push(performance.now() - t0);
      }
    }
    all.push(...times);
    const sorted = [...times].sort((a, b) => a - b);
    queries.push({ query, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), results });
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { terms: docs.length, buildMs, keystrokes: all.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1]!, queries };
}
