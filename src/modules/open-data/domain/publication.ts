import type { CheckResult } from "./checks";
import { CHECK_IDS, type CheckId, type CheckStatus, type Override, statusOf } from "./check-status";
import type { CatalogueEntry } from "./catalogue";
import type { ChecksSummary } from "./package";

/** A publication as recorded in OpenDataPublications. */
export interface Publication extends CatalogueEntry {
  id: number;
  key: string;
  assetKey: string | null;
  publishedBy: string | null;
  checks: ChecksSummary[];
  fixedChecks: number;
  overrides: Override[];
  suppressedCells: number;
  returnKey: string | null;
  dueDate: string | null;
}

const isCheckId = (v: unknown): v is CheckId => typeof v === "string" && (CHECK_IDS as readonly string[]).includes(v);
const STATUSES: readonly CheckStatus[] = ["passed", "failed", "overridden"];

/** The stored JSON of the checks, read defensively: anything malformed is left out, never trusted. */
export function parseChecks(json: string | null): ChecksSummary[] {
  try {
    const value: unknown = JSON.parse(json ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.flatMap((c: unknown) => {
      const o = c as Partial<ChecksSummary>;
      if (!o || !isCheckId(o.id) || !STATUSES.includes(o.status as CheckStatus)) return [];
      const rows = Array.isArray(o.rows) ? o.rows.filter((r) => r && typeof r.row === "number" && typeof r.column === "string").map((r) => ({ row: r.row, column: r.column })) : [];
      return [{ id: o.id, status: o.status as CheckStatus, total: typeof o.total === "number" ? o.total : 0, rows }];
    });
  } catch {
    return [];
  }
}

export function parseOverrides(json: string | null): Override[] {
  try {
    const value: unknown = JSON.parse(json ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.flatMap((o: unknown) => {
      const v = o as Partial<Override>;
      return v && isCheckId(v.check) && typeof v.by === "string" && typeof v.reason === "string" ? [{ check: v.check, by: v.by, reason: v.reason }] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Checks that failed on an earlier check of this publication (the same file being prepared) and
 * passed when it was published: fixed before publication, the strategy's "monitor anonymisation
 * and aggregation of datasets before sharing".
 */
export function fixedBeforePublication(failedEarlier: ReadonlySet<CheckId>, finalChecks: readonly CheckResult[], overrides: readonly Override[]): number {
  return finalChecks.filter((c) => failedEarlier.has(c.id) && statusOf(c, overrides) === "passed").length;
}

/** A key made once per publication, so a retried save adds one record. */
export function publicationKey(fileName: string, issued: string, random: () => number): string {
  const stem = fileName.replace(/\.csv$/, "").slice(0, 40);
  return `${stem}-${issued.slice(0, 10)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}
