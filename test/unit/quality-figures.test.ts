import { auditErrorFigure, completenessFigure, QUALITY_FIGURES, reportedResolvedFigure, resolutionTimeFigure, validationSuccessFigure } from "../../src/modules/quality/domain/strategy-figures";
import { type Audit, auditTrends, errorRate, rateText, validateAudit, emptyAudit, auditToFields } from "../../src/modules/quality/domain/log/audits";
import { byDimension, byService, daysText, daysToResolve, median, openByAge, perMonth, resolutionStats } from "../../src/modules/quality/domain/log/figures";
import type { StoredRun } from "../../src/modules/quality/domain/runs";
import measures from "../../src/modules/measures/seed/measures.json";
import { entry } from "./quality-fixtures";

const resolved = (reportedAt: string, closedAt: string, extra = {}) => entry({ status: "Resolved", reportedAt, closedAt, ...extra });

function audit(id: number, dataset: string, date: string, recordsChecked: number, errors: Partial<Audit["errors"]>): Audit {
  return { id, etag: null, title: "", dataset, date, recordsChecked, errors: { completeness: 0, uniqueness: 0, consistency: 0, timeliness: 0, validity: 0, accuracy: 0, ...errors }, auditorId: null, auditorName: null, notes: "" };
}

function run(id: number, dataset: string, runAt: string, rows: number, validRows: number, rowsIncomplete: number | null): StoredRun {
  return { id, dataset, runAt, ruleSetVersion: "1.0", sourceName: "x.csv", rows, validRows, checks: rows * 10, checksFailed: rows - validRows, rowsIncomplete, hasCompletenessRules: rowsIncomplete !== null, outcome: "pass", ranBy: null, summary: null, sample: null };
}

const period = { start: "2026-04-01", end: "2026-06-30", label: "2026/27 Q1" };

describe("time to resolve, in calendar days", () => {
  it("counts only resolved issues, from the report's day to the resolution's day", () => {
    expect(daysToResolve(resolved("2026-05-01T16:00:00Z", "2026-05-04T09:00:00Z"))).toBe(3);
    expect(daysToResolve(entry({ status: "Won't fix", closedAt: "2026-05-04T09:00:00Z" }))).toBeNull();
    expect(daysToResolve(entry({ status: "In progress" }))).toBeNull();
  });

  it("gives mean and median per dimension and per service on known data", () => {
    const entries = [
      resolved("2026-05-01T09:00:00Z", "2026-05-02T09:00:00Z", { dimension: "validity", service: "Revenues" }),
      resolved("2026-05-01T09:00:00Z", "2026-05-04T09:00:00Z", { dimension: "validity", service: "Waste" }),
      resolved("2026-05-01T09:00:00Z", "2026-05-11T09:00:00Z", { dimension: "accuracy", service: "Waste" }),
      entry({ status: "In progress", dimension: "accuracy" }),
    ];
    const dims = resolutionStats(entries, byDimension);
    expect(dims.overall).toEqual({ group: "All", resolved: 3, meanDays: 14 / 3, medianDays: 3 });
    expect(dims.groups).toEqual([
      { group: "Validity", resolved: 2, meanDays: 2, medianDays: 2 },
      { group: "Accuracy", resolved: 1, meanDays: 10, medianDays: 10 },
    ]);
    expect(resolutionStats(entries, byService).groups.map((g) => [g.group, g.medianDays])).toEqual([
      ["Waste", 6.5],
      ["Revenues", 1],
    ]);
    expect(median([])).toBeNull();
    expect(daysText(14 / 3)).toBe("4.7 days");
    expect(daysText(1)).toBe("1 day");
  });
});

describe("open issues by age band and per month", () => {
  it("puts open issues (new reports too) into bands by days since reported", () => {
    const today = "2026-11-25";
    const bands = openByAge(
      [
        entry({ reportedAt: "2026-11-25T09:00:00Z" }),
        entry({ reportedAt: "2026-11-18T09:00:00Z" }),
        entry({ reportedAt: "2026-11-17T09:00:00Z", status: "New", source: "report" }),
        entry({ reportedAt: "2026-08-27T09:00:00Z" }),
        entry({ reportedAt: "2026-08-26T09:00:00Z" }),
        entry({ reportedAt: "2026-01-01T09:00:00Z", status: "Resolved", closedAt: "2026-02-01T09:00:00Z" }),
      ],
      today,
    );
    expect(bands).toEqual([
      { label: "0 to 7 days", count: 2 },
      { label: "8 to 30 days", count: 1 },
      { label: "31 to 90 days", count: 1 },
      { label: "Over 90 days", count: 1 },
    ]);
  });

  it("counts reported and resolved in each of the last months", () => {
    const months = perMonth([entry({ reportedAt: "2026-10-03T09:00:00Z" }), resolved("2026-10-20T09:00:00Z", "2026-11-02T09:00:00Z"), entry({ reportedAt: "2025-01-01T09:00:00Z" })], "2026-11-25", 3);
    expect(months).toEqual([
      { month: "2026-09", reported: 0, resolved: 0 },
      { month: "2026-10", reported: 2, resolved: 0 },
      { month: "2026-11", reported: 0, resolved: 1 },
    ]);
  });
});

describe("audit error rates", () => {
  it("is errors per 100 records, and trends per dataset oldest first", () => {
    const audits = [audit(1, "Casework", "2026-01-10", 200, { validity: 6, completeness: 4 }), audit(2, "Casework", "2026-04-10", 250, { validity: 3 }), audit(3, "Gazetteer", "2026-02-01", 500, { accuracy: 5 })];
    expect(errorRate(audits[0]!)).toBe(5);
    const trends = auditTrends(audits);
    expect(trends.map((t) => [t.dataset, t.points.map((p) => p.rate), t.direction])).toEqual([
      ["Casework", [5, 1.2], "down"],
      ["Gazetteer", [1], "one audit"],
    ]);
    expect(trends[0]!.change).toBeCloseTo(-3.8);
    expect(rateText(1.25)).toBe("1.3 per 100 records");
  });

  it("checks the audit form: whole numbers, at least one record, no future date", () => {
    const draft = { ...emptyAudit("2026-11-25", "Casework"), recordsChecked: "0", date: "2026-12-01", errors: { ...emptyAudit("x").errors, validity: "2.5" } };
    expect(validateAudit(draft, "2026-11-25").map((p) => p.field)).toEqual(["date", "recordsChecked", "validity"]);
    const ok = { ...emptyAudit("2026-11-25", "Casework"), recordsChecked: "200", errors: { ...emptyAudit("x").errors, validity: "6" } };
    expect(validateAudit(ok, "2026-11-25")).toEqual([]);
    expect(auditToFields(ok, 13)).toMatchObject({ Title: "Audit of Casework", RecordsChecked: 200, ValidityErrors: 6, CompletenessErrors: 0, AuditorId: 13 });
  });
});

describe("the strategy figures", () => {
  it("offers each figure for a measure the strategy names", () => {
    const keys = new Set(measures.map((m) => m.key));
    expect(QUALITY_FIGURES.map((f) => f.measureKey)).toEqual(["data-quality-m8", "data-literacy-m7", "data-quality-m4", "data-quality-m2", "data-quality-m1"]);
    for (const f of QUALITY_FIGURES) expect(keys.has(f.measureKey)).toBe(true);
  });

  it("resolution time: the mean of issues resolved in the period, with the median in its basis", () => {
    const data = {
      entries: [resolved("2026-04-01T09:00:00Z", "2026-04-03T09:00:00Z"), resolved("2026-04-01T09:00:00Z", "2026-04-09T09:00:00Z", { dimension: "validity" }), resolved("2026-01-01T09:00:00Z", "2026-03-31T09:00:00Z")],
      audits: [],
      runs: [],
    };
    const figure = resolutionTimeFigure(data, period);
    expect(figure.value).toBe(5);
    expect(figure.basis).toContain("Mean of 2 issues resolved between 01/04/2026 and 30/06/2026, in calendar days");
    expect(figure.breakdown).toEqual([
      { label: "Completeness", value: 2 },
      { label: "Validity", value: 8 },
    ]);
    expect(resolutionTimeFigure({ entries: [], audits: [], runs: [] }, period).value).toBeNull();
  });

  it("issues reported and resolved: resolved in the period, beside reported and still open", () => {
    const data = { entries: [entry({ reportedAt: "2026-05-01T09:00:00Z" }), resolved("2026-03-01T09:00:00Z", "2026-05-01T09:00:00Z"), resolved("2026-05-01T09:00:00Z", "2026-07-05T09:00:00Z")], audits: [], runs: [] };
    const figure = reportedResolvedFigure(data, period);
    expect(figure.value).toBe(1);
    expect(figure.breakdown).toEqual([
      { label: "Reported", value: 2 },
      { label: "Resolved", value: 1 },
      { label: "Open at the end", value: 2 },
    ]);
  });

  it("validation success and completeness: each dataset's last run in the period", () => {
    const runs = [run(1, "Casework", "2026-04-02T09:00:00Z", 1000, 800, 50), run(2, "Casework", "2026-06-02T09:00:00Z", 1000, 900, 20), run(3, "Gazetteer", "2026-05-02T09:00:00Z", 3000, 2970, null), run(4, "Casework", "2026-07-02T09:00:00Z", 1000, 100, 900)];
    const success = validationSuccessFigure({ entries: [], audits: [], runs }, period);
    expect(success.value).toBe(96.8);
    expect(success.breakdown).toEqual([
      { label: "Casework", value: 90 },
      { label: "Gazetteer", value: 99 },
    ]);
    const complete = completenessFigure({ entries: [], audits: [], runs }, period);
    expect(complete.value).toBe(98);
    expect(complete.breakdown).toEqual([{ label: "Casework", value: 98 }]);
    expect(validationSuccessFigure({ entries: [], audits: [], runs: [] }, period).value).toBeNull();
  });

  it("audit error rate: errors per 100 records in the period, and whether the latest audit improved", () => {
    const audits = [audit(1, "Casework", "2026-01-10", 200, { validity: 10 }), audit(2, "Casework", "2026-05-10", 200, { validity: 4 }), audit(3, "Gazetteer", "2026-06-01", 100, { accuracy: 2 })];
    const figure = auditErrorFigure({ entries: [], audits, runs: [] }, period);
    expect(figure.value).toBe(2);
    expect(figure.basis).toContain("the latest audit found fewer errors than the one before for 1 of 1 dataset");
    expect(figure.breakdown).toEqual([
      { label: "Casework", value: 2 },
      { label: "Gazetteer", value: 2 },
    ]);
  });
});
