import type { ItemInput } from "../../../../../manifest/items";
import type { reportsList } from "../../lists";
import { choiceOfDimension, type Dimension, DIMENSIONS, type FoundBy, FOUND_BY, type IssueContent, isSeverity, type Severity, titleFrom } from "./issue";
import { findPersonalIdentifiers, personalDataMessage } from "./personal-data";

/** The report form, as typed: kept whole whatever happens, so nothing typed is ever lost. */
export interface ReportDraft {
  dataset: string;
  dimension: Dimension | "";
  severity: Severity | "";
  description: string;
  foundBy: FoundBy;
  exampleRecords: string;
  service: string;
  validationRunId: number | null;
}

export type ReportField = "dataset" | "dimension" | "severity" | "description" | "exampleRecords" | "service";

export interface FormProblem<F extends string = ReportField> {
  field: F;
  message: string;
}

export const REPORT_FIELD_LABELS: Record<ReportField, string> = {
  dataset: "Dataset or system",
  dimension: "Dimension",
  severity: "Severity",
  description: "What is wrong",
  exampleRecords: "Example record references",
  service: "Service",
};

export function emptyReport(service: string | null): ReportDraft {
  return { dataset: "", dimension: "", severity: "", description: "", foundBy: "User report", exampleRecords: "", service: service ?? "", validationRunId: null };
}

/** A draft filled in from a link (a validation run's "raise an issue", a dataset's page): only known values are taken. */
export function reportFromParams(params: URLSearchParams, service: string | null): ReportDraft {
  const draft = emptyReport(service);
  const dimension = params.get("dimension");
  const severity = params.get("severity");
  const found = params.get("found");
  const run = Number(params.get("run"));
  return {
    ...draft,
    dataset: (params.get("dataset") ?? "").slice(0, 255),
    dimension: (DIMENSIONS as readonly string[]).includes(dimension ?? "") ? (dimension as Dimension) : "",
    severity: isSeverity(severity) ? severity : "",
    foundBy: (FOUND_BY as readonly string[]).includes(found ?? "") ? (found as FoundBy) : draft.foundBy,
    validationRunId: Number.isInteger(run) && run > 0 ? run : null,
  };
}

export function draftFromContent(content: IssueContent): ReportDraft {
  return {
    dataset: content.dataset,
    dimension: content.dimension ?? "",
    severity: content.severity ?? "",
    description: content.description,
    foundBy: content.foundBy ?? "User report",
    exampleRecords: content.exampleRecords,
    service: content.service ?? "",
    validationRunId: content.validationRunId,
  };
}

const MAX_DESCRIPTION = 10_000;

/** Every problem with a draft, in the order of the form, in words that say what to do. */
export function validateReport(draft: ReportDraft): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!draft.dataset.trim()) problems.push({ field: "dataset", message: "Enter the dataset or system the problem is in, such as “Council tax accounts”." });
  else if (draft.dataset.trim().length > 255) problems.push({ field: "dataset", message: "The dataset or system name must be 255 characters or fewer." });
  if (!draft.dimension) problems.push({ field: "dimension", message: "Choose the dimension: which kind of problem it is." });
  if (!draft.severity) problems.push({ field: "severity", message: "Choose how serious the problem is." });
  if (!draft.description.trim()) problems.push({ field: "description", message: "Say what is wrong, in a sentence or two." });
  else if (draft.description.length > MAX_DESCRIPTION) problems.push({ field: "description", message: `What is wrong must be ${MAX_DESCRIPTION.toLocaleString("en-GB")} characters or fewer.` });
  else {
    const found = findPersonalIdentifiers(draft.description);
    if (found.length) problems.push({ field: "description", message: personalDataMessage("What is wrong", found) });
  }
  const examples = findPersonalIdentifiers(draft.exampleRecords);
  if (examples.length) problems.push({ field: "exampleRecords", message: personalDataMessage("Example record references", examples) });
  if (draft.service.trim().length > 120) problems.push({ field: "service", message: "The service name must be 120 characters or fewer." });
  return problems;
}

/** The columns a report is saved with (the draft must have passed validateReport). */
export function reportToFields(draft: ReportDraft): ItemInput<typeof reportsList> {
  return {
    Title: titleFrom(draft.description),
    Dataset: draft.dataset.trim(),
    Dimension: draft.dimension ? choiceOfDimension(draft.dimension) : null,
    Severity: draft.severity || null,
    Description: draft.description.trim(),
    FoundBy: draft.foundBy,
    ExampleRecords: draft.exampleRecords.trim() || null,
    Service: draft.service.trim() || null,
    ValidationRunId: draft.validationRunId,
  };
}
