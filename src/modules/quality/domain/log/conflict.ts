import { formatDate } from "../../../../core/domain/format";
import { DIMENSION_LABELS, type LogEntry } from "./issue";
import type { ReportDraft } from "./report-form";
import type { TriageDraft } from "./triage";

/**
 * When a save meets a newer version (412): what the other person changed, and the person's own
 * edits re-applied on top of it, field by field, so they can save again without retyping and
 * without undoing the other person's changes to fields they left alone.
 */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function mergeFlat<T extends object>(base: T, mine: T, theirs: T): T {
  const merged = { ...theirs };
  for (const key of Object.keys(base) as (keyof T)[]) if (!same(base[key], mine[key])) merged[key] = mine[key];
  return merged;
}

export function mergeReportDrafts(base: ReportDraft, mine: ReportDraft, theirs: ReportDraft): ReportDraft {
  return mergeFlat(base, mine, theirs);
}

export function mergeTriageDrafts(base: TriageDraft, mine: TriageDraft, theirs: TriageDraft): TriageDraft {
  const { content: baseContent, ...baseRest } = base;
  const { content: myContent, ...myRest } = mine;
  const { content: theirContent, ...theirRest } = theirs;
  return { ...mergeFlat(baseRest, myRest, theirRest), content: mergeFlat(baseContent, myContent, theirContent) };
}

export interface TheirChange {
  label: string;
  /** Their value, as the screen shows it. */
  value: string;
}

const show = (value: string | null | undefined) => (value === null || value === undefined || value === "" ? "(empty)" : value);

/** What changed between the version the person loaded and the one saved meanwhile, in words. */
export function theirChanges(base: LogEntry, current: LogEntry): TheirChange[] {
  const fields: [string, (e: LogEntry) => string | null][] = [
    ["Status", (e) => e.status],
    ["Owner", (e) => e.ownerName],
    ["Target date", (e) => (e.targetDate ? formatDate(e.targetDate) : null)],
    ["Root cause", (e) => e.rootCause],
    ["Resolution notes", (e) => e.resolutionNotes],
    ["Why it will not be fixed", (e) => e.wontFixReason],
    ["Dataset or system", (e) => e.dataset],
    ["Dimension", (e) => (e.dimension ? DIMENSION_LABELS[e.dimension] : null)],
    ["Severity", (e) => e.severity],
    ["What is wrong", (e) => e.description],
    ["Example record references", (e) => e.exampleRecords],
    ["Service", (e) => e.service],
  ];
  return fields.filter(([, read]) => !same(read(base), read(current))).map(([label, read]) => ({ label, value: show(read(current)) }));
}
