/**
 * Opens of documents from the hub, per month and department, never who (data/usage-data.ts keeps
 * one counter item per month, document and department, which everyone increments).
 */
export interface OpenCount {
  period: string;
  documentId: number;
  department: string;
  opens: number;
}

export { serviceName as openDepartment } from "./completion";

/** In a small department a count of opens can point at one person: 1 to this is shown as a range. */
export const SMALL_COUNT = 4;

export function departmentOpensText(opens: number): string {
  return opens > 0 && opens <= SMALL_COUNT ? `1–${SMALL_COUNT}` : new Intl.NumberFormat("en-GB").format(opens);
}

export interface DocumentOpens {
  documentId: number;
  total: number;
  /** "2026-11" → opens, oldest month first. */
  byMonth: [string, number][];
  /** Busiest first. */
  byDepartment: [string, number][];
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/** Sums counters per document (two counters for the same month, document and department are added up). */
export function summariseOpens(rows: readonly OpenCount[]): Map<number, DocumentOpens> {
  const parts = new Map<number, { total: number; months: Map<string, number>; departments: Map<string, number> }>();
  for (const row of rows) {
    if (!Number.isFinite(row.opens) || row.opens <= 0) continue;
    let p = parts.get(row.documentId);
    if (!p) parts.set(row.documentId, (p = { total: 0, months: new Map(), departments: new Map() }));
    p.total += row.opens;
    add(p.months, row.period, row.opens);
    add(p.departments, row.department, row.opens);
  }
  const out = new Map<number, DocumentOpens>();
  for (const [documentId, p] of parts) {
    out.set(documentId, {
      documentId,
      total: p.total,
      byMonth: [...p.months].sort((a, b) => a[0].localeCompare(b[0])),
      byDepartment: [...p.departments].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en-GB")),
    });
  }
  return out;
}
