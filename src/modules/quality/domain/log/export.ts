import { toCsv } from "../../../../core/domain/csv";
import { formatDate } from "../../../../core/domain/format";
import { DIMENSION_LABELS, type LogEntry, referenceText } from "./issue";
import { ageInDays, effectiveTarget, isOverdue } from "./views";
import type { TargetRule } from "./targets";

/** The log as CSV, formula-safe (core/domain/csv.ts): what a view shows, one row per issue. */
export function logCsv(entries: readonly LogEntry[], rules: readonly TargetRule[], today: string): string {
  return toCsv(entries, [
    { header: "Reference", value: (e) => referenceText(e.reference) },
    { header: "Summary", value: (e) => e.title },
    { header: "Dataset or system", value: (e) => e.dataset },
    { header: "Dimension", value: (e) => (e.dimension ? DIMENSION_LABELS[e.dimension] : "") },
    { header: "Severity", value: (e) => e.severity },
    { header: "Status", value: (e) => e.status },
    { header: "Service", value: (e) => e.service },
    { header: "Reported by", value: (e) => e.reporterName },
    { header: "Reported", value: (e) => formatDate(e.reportedAt) },
    { header: "Owner", value: (e) => e.ownerName },
    { header: "Target date", value: (e) => formatDate(effectiveTarget(e, rules)) },
    { header: "Overdue", value: (e) => (isOverdue(e, rules, today) ? "Yes" : "No") },
    { header: "Root cause", value: (e) => e.rootCause },
    { header: "Closed", value: (e) => formatDate(e.closedAt) },
    { header: "Age or days to close (calendar days)", value: (e) => ageInDays(e, today) },
    { header: "How it was found", value: (e) => e.foundBy },
  ]);
}
