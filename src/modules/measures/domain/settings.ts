import type { Better, Measure, SeriesUnit, TargetSetting } from "./measure";
import { parseTypedNumber } from "./recorded";

/** The data lead's target for a figure, as typed. */
export interface TargetDraft {
  target: string;
  note: string;
  headline: boolean;
}

export interface TargetProblem {
  field: keyof TargetDraft;
  message: string;
}

export function targetDraftOf(setting: TargetSetting | null): TargetDraft {
  return { target: setting?.target === null || setting?.target === undefined ? "" : String(setting.target), note: setting?.note ?? "", headline: setting?.headline ?? false };
}

/** A target may be left empty (no target yet); otherwise a number that fits the figure's unit. */
export function checkTargetDraft(draft: TargetDraft, unit: SeriesUnit): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const text = draft.target.trim();
  if (text) {
    const value = parseTypedNumber(text);
    if (value === null) problems.push({ field: "target", message: "Enter the target as a number, for example 80, or leave it empty for no target." });
    else if (value < 0) problems.push({ field: "target", message: "The target can't be less than 0." });
    else if (unit === "percent" && value > 100) problems.push({ field: "target", message: "A percentage target can't be more than 100." });
  }
  if (draft.note.trim().length > 2000) problems.push({ field: "note", message: `Shorten why this target to 2,000 characters or fewer (it has ${draft.note.trim().length.toLocaleString("en-GB")}).` });
  return problems;
}

export const targetValueOf = (draft: TargetDraft): number | null => (draft.target.trim() ? parseTypedNumber(draft.target) : null);

/** Who owns a measure and, for what is recorded by hand, what the number is. */
export interface MeasureDraft {
  ownerEmail: string;
  ownerName: string;
  label: string;
  unit: SeriesUnit | "";
  better: Better | "";
}

export interface MeasureProblem {
  field: keyof MeasureDraft;
  message: string;
}

export function measureDraftOf(measure: Measure): MeasureDraft {
  return { ownerEmail: measure.owner?.email ?? "", ownerName: measure.owner?.name ?? "", label: measure.recorded.label ?? "", unit: measure.recorded.unit ?? "", better: measure.recorded.better ?? "" };
}

export function checkMeasureDraft(draft: MeasureDraft): MeasureProblem[] {
  const problems: MeasureProblem[] = [];
  const label = draft.label.trim();
  if (label.length > 160) problems.push({ field: "label", message: `Shorten what is recorded to 160 characters or fewer (it has ${label.length}).` });
  if (label && !draft.unit) problems.push({ field: "unit", message: "Choose the unit of what is recorded." });
  if (label && !draft.better) problems.push({ field: "better", message: "Choose whether a higher or a lower value is better." });
  return problems;
}
