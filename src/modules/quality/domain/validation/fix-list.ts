import { toCsv } from "../../../../core/domain/csv";
import { DIMENSION_LABELS } from "./dimensions";
import type { FailureRecord, ValidationResult } from "./result-types";

/**
 * The fix list: one line per failing value, for whoever corrects the source system. CSV that opens
 * safely in Excel (core/domain/csv.ts): a byte-order mark for £ and accents, every value quoted, and
 * any value that a spreadsheet would run as a formula neutralised, since values come from the file.
 */
export function fixListCsv(result: Pick<ValidationResult, "failures" | "rules">): string {
  const rules = new Map(result.rules.map((r) => [r.id, r.description]));
  return toCsv<FailureRecord>(result.failures, [
    { header: "Row", value: (f) => (f.row > 0 ? f.row : "whole file") },
    { header: "Record", value: (f) => f.key },
    { header: "Column", value: (f) => f.field ?? "" },
    { header: "Value", value: (f) => f.value },
    { header: "Rule", value: (f) => rules.get(f.ruleId) ?? f.ruleId },
    { header: "Dimension", value: (f) => DIMENSION_LABELS[f.dimension] },
    { header: "Problem", value: (f) => f.reason },
  ]);
}

/** "fix-list-casework-2026-11-25.csv" */
export function fixListFileName(datasetName: string, runDate: string): string {
  const slug = datasetName.toLowerCase().replace(/\.[a-z0-9]+$/, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "data";
  return `fix-list-${slug}-${runDate}.csv`;
}
