import type { MeasureDefinition, MeasureFigure, MeasurePeriod } from "../../../core/domain/measures";
import { formatDate, formatNumber, plural } from "../../../core/domain/format";
import { type Audit, errorRate, totalErrors } from "./log/audits";
import { londonDay } from "./log/dates";
import { byDimension, daysToResolve, resolutionStats } from "./log/figures";
import { isOpen, type LogEntry } from "./log/issue";
import { completenessRate, rowSuccessRate, type StoredRun } from "./runs";

/** What the data quality figures are computed from: the log (issues and new reports), audits and validation runs. */
export interface QualityData {
  entries: readonly LogEntry[];
  audits: readonly Audit[];
  runs: readonly StoredRun[];
}

const inPeriod = (day: string, period: MeasurePeriod) => day >= period.start && day <= period.end;
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const between = (period: MeasurePeriod) => `between ${formatDate(period.start)} and ${formatDate(period.end)}`;

/** Each dataset's last run in the period (the state the period ended in), optionally only runs that can say something. */
function latestRuns(runs: readonly StoredRun[], period: MeasurePeriod, usable: (r: StoredRun) => boolean): StoredRun[] {
  const latest = new Map<string, StoredRun>();
  for (const run of runs) {
    if (!run.runAt || !inPeriod(londonDay(run.runAt), period) || !usable(run)) continue;
    const current = latest.get(run.dataset);
    if (!current || run.runAt > current.runAt || (run.runAt === current.runAt && run.id > current.id)) latest.set(run.dataset, run);
  }
  return [...latest.values()].sort((a, b) => a.dataset.localeCompare(b.dataset, "en-GB"));
}

function resolvedIn(entries: readonly LogEntry[], period: MeasurePeriod): LogEntry[] {
  return entries.filter((e) => daysToResolve(e) !== null && inPeriod(londonDay(e.closedAt!), period));
}

export function resolutionTimeFigure(data: QualityData, period: MeasurePeriod): MeasureFigure {
  const resolved = resolvedIn(data.entries, period);
  const stats = resolutionStats(resolved, byDimension);
  if (resolved.length === 0) return { value: null, basis: `No data quality issue was resolved ${between(period)}.` };
  return {
    value: oneDecimal(stats.overall.meanDays),
    basis: `Mean of ${plural(resolved.length, "issue")} resolved ${between(period)}, in calendar days from report to resolution (median ${oneDecimal(stats.overall.medianDays)}).`,
    breakdown: stats.groups.map((g) => ({ label: g.group, value: oneDecimal(g.meanDays) })),
  };
}

export function reportedResolvedFigure(data: QualityData, period: MeasurePeriod): MeasureFigure {
  const reported = data.entries.filter((e) => inPeriod(londonDay(e.reportedAt), period)).length;
  const resolved = resolvedIn(data.entries, period).length;
  const openAtEnd = data.entries.filter((e) => londonDay(e.reportedAt) <= period.end && (isOpen(e.status) || (e.closedAt !== null && londonDay(e.closedAt) > period.end))).length;
  return {
    value: resolved,
    basis: `${plural(reported, "issue")} reported and ${formatNumber(resolved)} resolved ${between(period)}; ${formatNumber(openAtEnd)} open at the end.`,
    breakdown: [
      { label: "Reported", value: reported },
      { label: "Resolved", value: resolved },
      { label: "Open at the end", value: openAtEnd },
    ],
  };
}

export function validationSuccessFigure(data: QualityData, period: MeasurePeriod): MeasureFigure {
  const runs = latestRuns(data.runs, period, (r) => r.rows > 0);
  if (runs.length === 0) return { value: null, basis: `No dataset was validated ${between(period)}.` };
  const rows = runs.reduce((n, r) => n + r.rows, 0);
  const valid = runs.reduce((n, r) => n + r.validRows, 0);
  return {
    value: oneDecimal((valid / rows) * 100),
    basis: `${formatNumber(valid)} of ${formatNumber(rows)} records passed every rule, in the last run ${between(period)} of each of ${plural(runs.length, "dataset")}.`,
    breakdown: runs.map((r) => ({ label: r.dataset, value: oneDecimal(rowSuccessRate(r)) })),
  };
}

export function completenessFigure(data: QualityData, period: MeasurePeriod): MeasureFigure {
  const runs = latestRuns(data.runs, period, (r) => completenessRate(r) !== null);
  if (runs.length === 0) return { value: null, basis: `No dataset with completeness rules was validated ${between(period)}.` };
  const rows = runs.reduce((n, r) => n + r.rows, 0);
  const complete = runs.reduce((n, r) => n + (r.rows - (r.rowsIncomplete ?? 0)), 0);
  return {
    value: oneDecimal((complete / rows) * 100),
    basis: `${formatNumber(complete)} of ${formatNumber(rows)} records met every completeness rule, in the last run ${between(period)} of each of ${plural(runs.length, "dataset")}.`,
    breakdown: runs.map((r) => ({ label: r.dataset, value: oneDecimal(completenessRate(r)) })),
  };
}

export function auditErrorFigure(data: QualityData, period: MeasurePeriod): MeasureFigure {
  const audits = data.audits.filter((a) => inPeriod(a.date, period) && a.recordsChecked > 0);
  if (audits.length === 0) return { value: null, basis: `No audit was recorded ${between(period)}.` };
  const records = audits.reduce((n, a) => n + a.recordsChecked, 0);
  const errors = audits.reduce((n, a) => n + totalErrors(a), 0);
  const datasets = [...new Set(audits.map((a) => a.dataset))].sort((a, b) => a.localeCompare(b, "en-GB"));
  // Whether each dataset's latest audit in the period found fewer errors than the audit before it.
  let lower = 0;
  let compared = 0;
  for (const dataset of datasets) {
    const history = data.audits.filter((a) => a.dataset === dataset && a.date <= period.end && a.recordsChecked > 0).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
    if (history.length < 2) continue;
    compared++;
    if (errorRate(history[history.length - 1]!)! < errorRate(history[history.length - 2]!)!) lower++;
  }
  const byDataset = datasets.map((dataset) => {
    const own = audits.filter((a) => a.dataset === dataset);
    const checked = own.reduce((n, a: Audit) => n + a.recordsChecked, 0);
    return { label: dataset, value: oneDecimal((own.reduce((n, a) => n + totalErrors(a), 0) / checked) * 100) };
  });
  return {
    value: oneDecimal((errors / records) * 100),
    basis: `${formatNumber(errors)} errors in ${formatNumber(records)} records checked by ${plural(audits.length, "audit")} ${between(period)} (errors per 100 records)${compared ? `; the latest audit found fewer errors than the one before for ${lower} of ${plural(compared, "dataset")}` : ""}.`,
    breakdown: byDataset,
  };
}

export const QUALITY_FIGURES: readonly MeasureDefinition<QualityData>[] = [
  {
    measureKey: "data-quality-m8",
    id: "quality.resolution-time",
    label: "Average time to resolve data quality issues",
    method: "Mean calendar days from report to resolution, for issues resolved in the period (DataQualityIssues list; issues closed as won't fix are not counted); broken down by dimension.",
    unit: "days",
    better: "lower",
    compute: resolutionTimeFigure,
  },
  {
    measureKey: "data-literacy-m7",
    id: "quality.issues-reported-resolved",
    label: "Data quality issues resolved",
    method: "Issues resolved in the period, beside those reported in it and those open at its end (DataQualityReports and DataQualityIssues lists).",
    unit: "count",
    better: "higher",
    compute: reportedResolvedFigure,
  },
  {
    measureKey: "data-quality-m4",
    id: "quality.validation-success",
    label: "Validation success rate",
    method: "Records passing every rule as a share of records checked, in each dataset's last validation run of the period (ValidationRuns list).",
    unit: "percent",
    better: "higher",
    compute: validationSuccessFigure,
  },
  {
    measureKey: "data-quality-m2",
    id: "quality.completeness",
    label: "Records meeting completeness requirements",
    method: "Records with no completeness failure as a share of records checked, in each dataset's last validation run of the period that had completeness rules (ValidationRuns list).",
    unit: "percent",
    better: "higher",
    compute: completenessFigure,
  },
  {
    measureKey: "data-quality-m1",
    id: "quality.audit-error-rate",
    label: "Errors found by audits",
    method: "Errors found per 100 records checked, over the audits recorded in the period (DataQualityAudits list); the basis says for how many datasets the latest audit found fewer errors than the one before.",
    unit: "percent",
    better: "lower",
    compute: auditErrorFigure,
  },
];
