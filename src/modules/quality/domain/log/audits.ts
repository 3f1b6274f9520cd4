import type { ItemInput, RowOf, SelectName, ExpandName } from "../../../../../manifest/items";
import type { auditsList } from "../../lists";
import { isIsoDay, londonDay } from "./dates";
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from "./issue";
import type { FormProblem } from "./report-form";

/**
 * Audits of datasets: records checked, errors found per dimension. A dataset's error rate is errors
 * found per 100 records checked (a record may have errors in several dimensions, so it can pass 100);
 * over audits it is the line the strategy asks for: "reductions in errors or inaccuracies from audits".
 */
export const ERROR_COLUMNS = {
  completeness: "CompletenessErrors",
  uniqueness: "UniquenessErrors",
  consistency: "ConsistencyErrors",
  timeliness: "TimelinessErrors",
  validity: "ValidityErrors",
  accuracy: "AccuracyErrors",
} as const satisfies Record<Dimension, string>;

export const AUDIT_SELECT = ["Id", "Title", "Dataset", "AuditDate", "RecordsChecked", ...Object.values(ERROR_COLUMNS), "AuditorId", "Auditor/Title", "Notes", "Modified"] as const satisfies readonly SelectName<typeof auditsList>[];
export const AUDIT_FACT_SELECT = ["Id", "Dataset", "AuditDate", "RecordsChecked", ...Object.values(ERROR_COLUMNS), "Modified"] as const satisfies readonly SelectName<typeof auditsList>[];
export const AUDIT_EXPAND = ["Auditor"] as const satisfies readonly ExpandName<typeof auditsList>[];
type AuditRow = Partial<RowOf<typeof auditsList, (typeof AUDIT_SELECT)[number]>> & RowOf<typeof auditsList, "Id" | "Modified">;

export interface Audit {
  id: number;
  etag: string | null;
  title: string;
  dataset: string;
  /** 2026-11-25 */
  date: string;
  recordsChecked: number;
  errors: Record<Dimension, number>;
  auditorId: number | null;
  auditorName: string | null;
  notes: string;
}

export function auditFromItem(row: AuditRow): Audit {
  return {
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    dataset: row.Dataset ?? "",
    date: row.AuditDate ? londonDay(row.AuditDate) : londonDay(row.Modified),
    recordsChecked: row.RecordsChecked ?? 0,
    errors: Object.fromEntries(DIMENSIONS.map((d) => [d, row[ERROR_COLUMNS[d]] ?? 0])) as Record<Dimension, number>,
    auditorId: row.AuditorId ?? null,
    auditorName: row.Auditor?.Title ?? null,
    notes: row.Notes ?? "",
  };
}

export function totalErrors(audit: Pick<Audit, "errors">): number {
  return DIMENSIONS.reduce((sum, d) => sum + audit.errors[d], 0);
}

/** Errors per 100 records checked; null when nothing was checked. */
export function errorRate(audit: Pick<Audit, "errors" | "recordsChecked">): number | null {
  return audit.recordsChecked > 0 ? (totalErrors(audit) / audit.recordsChecked) * 100 : null;
}

export interface DatasetAuditTrend {
  dataset: string;
  /** Oldest first. */
  points: { date: string; rate: number; auditId: number }[];
  latest: number;
  /** Latest minus first, in errors per 100 records; negative is fewer errors. */
  change: number | null;
  direction: "down" | "up" | "level" | "one audit";
}

/** Per audited dataset, its error rate over its audits, busiest change first. */
export function auditTrends(audits: readonly Audit[]): DatasetAuditTrend[] {
  const byDataset = new Map<string, Audit[]>();
  for (const a of audits) {
    if (errorRate(a) === null) continue;
    const list = byDataset.get(a.dataset);
    if (list) list.push(a);
    else byDataset.set(a.dataset, [a]);
  }
  return [...byDataset.entries()]
    .map(([dataset, list]) => {
      const points = list.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id).map((a) => ({ date: a.date, rate: errorRate(a)!, auditId: a.id }));
      const latest = points[points.length - 1]!.rate;
      const change = points.length > 1 ? latest - points[0]!.rate : null;
      const direction: DatasetAuditTrend["direction"] = change === null ? "one audit" : Math.abs(change) < 0.05 ? "level" : change < 0 ? "down" : "up";
      return { dataset, points, latest, change, direction };
    })
    .sort((a, b) => a.dataset.localeCompare(b.dataset, "en-GB"));
}

/** "2.5 per 100 records" */
export function rateText(rate: number | null): string {
  return rate === null ? "–" : `${(Math.round(rate * 10) / 10).toLocaleString("en-GB")} per 100 records`;
}

/** The audit form, as typed. */
export interface AuditDraft {
  title: string;
  dataset: string;
  date: string;
  recordsChecked: string;
  errors: Record<Dimension, string>;
  notes: string;
}

export type AuditField = "title" | "dataset" | "date" | "recordsChecked" | Dimension | "notes";

export function emptyAudit(today: string, dataset = ""): AuditDraft {
  return { title: "", dataset, date: today, recordsChecked: "", errors: Object.fromEntries(DIMENSIONS.map((d) => [d, ""])) as Record<Dimension, string>, notes: "" };
}

const WHOLE = /^\d+$/;

export function validateAudit(draft: AuditDraft, today: string): FormProblem<AuditField>[] {
  const problems: FormProblem<AuditField>[] = [];
  if (!draft.dataset.trim()) problems.push({ field: "dataset", message: "Enter the dataset or system that was audited." });
  if (!isIsoDay(draft.date)) problems.push({ field: "date", message: "Enter the audit date as 25/11/2026." });
  else if (draft.date > today) problems.push({ field: "date", message: "The audit date cannot be in the future." });
  const records = draft.recordsChecked.trim();
  if (!WHOLE.test(records) || Number(records) < 1) problems.push({ field: "recordsChecked", message: "Enter how many records were checked: a whole number, at least 1." });
  for (const d of DIMENSIONS) {
    const value = draft.errors[d].trim();
    if (value !== "" && !WHOLE.test(value)) problems.push({ field: d, message: `${DIMENSION_LABELS[d]} errors must be a whole number (leave it empty for none).` });
  }
  return problems;
}

export function auditToFields(draft: AuditDraft, auditorId: number): ItemInput<typeof auditsList> {
  const errors = Object.fromEntries(DIMENSIONS.map((d) => [ERROR_COLUMNS[d], draft.errors[d].trim() ? Number(draft.errors[d].trim()) : 0]));
  return {
    Title: draft.title.trim() || `Audit of ${draft.dataset.trim()}`,
    Dataset: draft.dataset.trim(),
    AuditDate: `${draft.date}T00:00:00Z`,
    RecordsChecked: Number(draft.recordsChecked.trim()),
    ...errors,
    AuditorId: auditorId,
    Notes: draft.notes.trim() || null,
  };
}
