import type { ItemInput, RowOf } from "../../../../manifest/items";
import { DECISION_KINDS, decisionsList } from "../lists";
import { type Draft, draftDate, dateOrNull, fieldProblems, type FormField, linkOrNull, splitList, textOrNull } from "./form";
import type { EditableKind } from "./record-kind";

export type DecisionKind = (typeof DECISION_KINDS)[number];

/** A committee or officer decision and the data evidence it used. */
export interface Decision {
  id: number;
  etag: string | null;
  title: string;
  date: string;
  kind: DecisionKind;
  maker: string;
  report: string | null;
  reportUrl: string | null;
  datasets: string[];
  /** Dashboard catalogue item ids. */
  dashboardIds: number[];
  kpis: string[];
  /** Recorded as using no data evidence (as opposed to evidence not yet recorded). */
  noEvidence: boolean;
}

const SELECT = ["Id", "Title", "DecisionDate", "DecisionKind", "DecisionMaker", "Report", "ReportUrl", "EvidenceDatasets", "EvidenceDashboards", "EvidenceKpis", "NoEvidence"] as const;
const FIELDS: readonly FormField[] = [
  { name: "title", label: "Decision", kind: "text", required: true, maxLength: 255, hint: "What was decided, in a line." },
  { name: "date", label: "Date", kind: "date", required: true },
  { name: "kind", label: "Committee or officer", kind: "choice", required: true, choices: DECISION_KINDS, choiceLabels: { Committee: "Committee decision", Officer: "Officer decision" } },
  { name: "maker", label: "Decision maker", kind: "text", required: true, maxLength: 255, hint: "The committee, or the officer's role." },
  { name: "report", label: "Report", kind: "text", maxLength: 255, hint: "The report's title or reference." },
  { name: "reportUrl", label: "Report link", kind: "link", hint: "A web address starting https://." },
  { name: "datasets", label: "Datasets used", kind: "textarea", hint: "One a line." },
  { name: "dashboards", label: "Dashboards used", kind: "dashboards", hint: "From the dashboard catalogue." },
  { name: "kpis", label: "KPIs used", kind: "textarea", hint: "One a line." },
  { name: "noEvidence", label: "No data evidence was used", kind: "checkbox" },
];

/** "3;7" → [3, 7]: positive whole numbers only, each once. */
export function parseIds(text: string | null | undefined): number[] {
  const ids = (text ?? "")
    .split(/[;,\s]+/)
    .filter((part) => /^\d+$/.test(part))
    .map(Number)
    .filter((n) => n > 0);
  return [...new Set(ids)];
}

export const decisionKind: EditableKind<typeof decisionsList, (typeof SELECT)[number], Decision> = {
  list: decisionsList,
  noun: "decision",
  select: SELECT,
  fromItem: (row: RowOf<typeof decisionsList, (typeof SELECT)[number]>): Decision => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    date: row.DecisionDate ?? "",
    kind: row.DecisionKind === "Officer" ? "Officer" : "Committee",
    maker: row.DecisionMaker ?? "",
    report: row.Report ?? null,
    reportUrl: row.ReportUrl?.Url ?? null,
    datasets: splitList(row.EvidenceDatasets?.replace(/;/g, "\n")),
    dashboardIds: parseIds(row.EvidenceDashboards),
    kpis: splitList(row.EvidenceKpis?.replace(/;/g, "\n")),
    noEvidence: row.NoEvidence === true,
  }),
  fields: FIELDS,
  draftOf: (d, today) => ({
    title: d?.title ?? "",
    date: d ? draftDate(d.date) : today,
    kind: d?.kind ?? "",
    maker: d?.maker ?? "",
    report: d?.report ?? "",
    reportUrl: d?.reportUrl ?? "",
    datasets: d?.datasets.join("\n") ?? "",
    dashboards: d?.dashboardIds.join(";") ?? "",
    kpis: d?.kpis.join("\n") ?? "",
    noEvidence: d?.noEvidence ? "true" : "",
  }),
  check: (draft: Draft) => {
    const problems = fieldProblems(FIELDS, draft);
    const evidence = splitList(draft.datasets).length + parseIds(draft.dashboards).length + splitList(draft.kpis).length;
    const none = draft.noEvidence === "true";
    if (evidence === 0 && !none) problems.push({ field: "datasets", message: "Say what evidence the decision used (datasets, dashboards or KPIs), or tick “No data evidence was used”." });
    if (evidence > 0 && none) problems.push({ field: "noEvidence", message: "You ticked “No data evidence was used” but listed evidence: untick it, or clear the evidence." });
    return problems;
  },
  valuesOf: (draft: Draft): ItemInput<typeof decisionsList> => ({
    Title: draft.title!.trim(),
    DecisionDate: dateOrNull(draft.date),
    DecisionKind: draft.kind === "Officer" ? "Officer" : "Committee",
    DecisionMaker: draft.maker!.trim(),
    Report: textOrNull(draft.report),
    ReportUrl: linkOrNull(draft.reportUrl),
    EvidenceDatasets: splitList(draft.datasets).join("\n") || null,
    EvidenceDashboards: parseIds(draft.dashboards).sort((a, b) => a - b).join(";") || null,
    EvidenceKpis: splitList(draft.kpis).join("\n") || null,
    NoEvidence: draft.noEvidence === "true",
  }),
};

/** A decision is backed by evidence when it names at least one dataset, dashboard or KPI. */
export const isEvidenceBacked = (d: Pick<Decision, "datasets" | "dashboardIds" | "kpis">): boolean => d.datasets.length + d.dashboardIds.length + d.kpis.length > 0;

export interface EvidenceShare {
  backed: number;
  total: number;
  /** One decimal place; null when there are no decisions to divide by (never shown as 0%). */
  percent: number | null;
}

/** The share of decisions backed by evidence, among those dated within [start, end] (dates inclusive, "2026-04-01"). */
export function evidenceShare(decisions: readonly Pick<Decision, "date" | "datasets" | "dashboardIds" | "kpis">[], range?: { start: string; end: string }): EvidenceShare {
  const within = range ? decisions.filter((d) => d.date.slice(0, 10) >= range.start && d.date.slice(0, 10) <= range.end) : decisions;
  const backed = within.filter(isEvidenceBacked).length;
  return { backed, total: within.length, percent: within.length === 0 ? null : Math.round((backed / within.length) * 1000) / 10 };
}
