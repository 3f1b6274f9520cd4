import { confirmersOf } from "./confirmation";
import { asksForReading, countableReaders, type PolicyDocument } from "./document";

/** Someone in the directory, matched to the site's user id when they have one (never visited: null). */
export interface Reader {
  name: string;
  department: string;
  siteUserId: number | null;
}

export const NO_DEPARTMENT = "Not recorded";
/** Confirmers the directory no longer lists (they left, or moved out of the services shown). */
export const NOT_IN_DIRECTORY = "Not in the directory";

export const serviceName = (department: string | null | undefined) => department?.replace(/\s+/g, " ").trim() || NO_DEPARTMENT;

export interface ServiceCompletion {
  service: string;
  /** People who must read it; null when the directory cannot say (the document is for narrower roles than all staff). */
  expected: number | null;
  confirmed: number;
  /** 0–1, or null when nothing is expected or it cannot be known. */
  rate: number | null;
  /** Names of those expected who have not confirmed, A to Z. */
  notConfirmed: string[];
}

export interface DocumentCompletion {
  documentId: number;
  title: string;
  versionLabel: string | null;
  expected: number | null;
  confirmed: number;
  rate: number | null;
  services: ServiceCompletion[];
}

const rate = (confirmed: number, expected: number | null) => (expected === null || expected === 0 ? null : confirmed / expected);
const byName = (a: string, b: string) => a.localeCompare(b, "en-GB");

/**
 * Completion of one document's current version among `readers` (a service's people for a manager,
 * everyone for the data lead). Distinct confirmers count once; only the version now current counts.
 */
export function documentCompletion(doc: PolicyDocument, byVersion: Map<string, Map<number, string>>, readers: readonly Reader[], options: { includeUnlisted?: boolean } = {}): DocumentCompletion {
  const confirmers = confirmersOf(doc, byVersion);
  const countable = countableReaders(doc);
  const services = new Map<string, { expected: number; confirmed: number; notConfirmed: string[] }>();
  const listed = new Set<number>();
  for (const reader of readers) {
    const name = serviceName(reader.department);
    let s = services.get(name);
    if (!s) services.set(name, (s = { expected: 0, confirmed: 0, notConfirmed: [] }));
    s.expected++;
    if (reader.siteUserId !== null) listed.add(reader.siteUserId);
    if (reader.siteUserId !== null && confirmers.has(reader.siteUserId)) s.confirmed++;
    else s.notConfirmed.push(reader.name);
  }
  const rows: ServiceCompletion[] = [...services]
    .map(([service, s]) =>
      countable
        ? { service, expected: s.expected, confirmed: s.confirmed, rate: rate(s.confirmed, s.expected), notConfirmed: s.notConfirmed.sort(byName) }
        : { service, expected: null, confirmed: s.confirmed, rate: null, notConfirmed: [] },
    )
    .filter((row) => countable || row.confirmed > 0);
  const unlisted = [...confirmers.keys()].filter((id) => !listed.has(id)).length;
  if (options.includeUnlisted && unlisted > 0) rows.push({ service: NOT_IN_DIRECTORY, expected: null, confirmed: unlisted, rate: null, notConfirmed: [] });
  rows.sort((a, b) => byName(a.service, b.service));
  const inDirectory = rows.filter((r) => r.service !== NOT_IN_DIRECTORY);
  const expected = countable ? inDirectory.reduce((n, r) => n + (r.expected ?? 0), 0) : null;
  // Readers are the directory's people in scope; confirmers it no longer lists are shown apart, not counted in the rate.
  const confirmed = inDirectory.reduce((n, r) => n + r.confirmed, 0);
  return { documentId: doc.id, title: doc.title, versionLabel: doc.versionLabel, expected, confirmed, rate: rate(confirmed, expected), services: rows };
}

/** Every document people are asked to read, A to Z. */
export function libraryCompletion(docs: readonly PolicyDocument[], byVersion: Map<string, Map<number, string>>, readers: readonly Reader[], options: { includeUnlisted?: boolean } = {}): DocumentCompletion[] {
  return docs
    .filter(asksForReading)
    .map((doc) => documentCompletion(doc, byVersion, readers, options))
    .sort((a, b) => byName(a.title, b.title));
}

export interface ServiceTotal {
  service: string;
  expected: number;
  confirmed: number;
  rate: number | null;
}

/** Per service, across every document whose readers can be counted: confirmations made of confirmations due. */
export function serviceTotals(completions: readonly DocumentCompletion[]): ServiceTotal[] {
  const totals = new Map<string, { expected: number; confirmed: number }>();
  for (const doc of completions) {
    for (const s of doc.services) {
      if (s.expected === null) continue;
      const t = totals.get(s.service) ?? { expected: 0, confirmed: 0 };
      t.expected += s.expected;
      t.confirmed += s.confirmed;
      totals.set(s.service, t);
    }
  }
  return [...totals].map(([service, t]) => ({ service, ...t, rate: rate(t.confirmed, t.expected) })).sort((a, b) => byName(a.service, b.service));
}

/** "68%", or a dash when it cannot be known. */
export const percentText = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);
