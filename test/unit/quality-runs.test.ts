import { compileSchema } from "../../src/modules/quality/domain/validation/compile";
import { compareRuns } from "../../src/modules/quality/domain/validation/compare-runs";
import { startRun } from "../../src/modules/quality/domain/validation/run";
import { findPersonalIdentifiers } from "../../src/modules/quality/domain/log/personal-data";
import { validateReport } from "../../src/modules/quality/domain/log/report-form";
import { completenessRate, percentText, reportFromRun, rowSuccessRate, runFromItem, runToFields, runTrend, sampleFailures, snapshotOfResult, snapshotOfStored, worstDimension } from "../../src/modules/quality/domain/runs";
import { csvText, listValueText } from "../../src/modules/quality/domain/list-table";

const SCHEMA = {
  fields: [
    { name: "ref", constraints: { required: true } },
    { name: "email", format: "email", constraints: { required: true } },
    { name: "ward", constraints: { enum: ["North", "South"] } },
  ],
  primaryKey: ["ref"],
};

function resultOf(rows: string[][]) {
  const run = startRun(compileSchema(SCHEMA), ["ref", "email", "ward"], { runDate: "2026-11-25" });
  rows.forEach((row, i) => run.pushRow(row, i + 2));
  return run.finish();
}

const RESULT = resultOf([
  ["R1", "jo@example.com", "North"],
  ["R2", "", "Nort"],
  ["R3", "not-an-email", "South"],
  ["R4", "", "East"],
  ["R5", "sam@example.com", "West"],
]);

describe("what a run keeps in SharePoint", () => {
  it("counts rows failing each dimension, so records meeting completeness are known", () => {
    expect(RESULT.rowsFailing.completeness).toBe(2);
    expect(RESULT.rowsFailing.validity).toBe(4);
    expect(RESULT.rows - RESULT.valid).toBe(4);
  });

  it("keeps totals, and failing values only when asked", () => {
    const at = new Date("2026-11-25T10:00:00Z");
    const without = runToFields(RESULT, { dataset: "Casework", sourceName: "casework.csv", ruleSetVersion: "2.0", runAt: at, keepValues: false });
    expect(without).toMatchObject({ Dataset: "Casework", Rows: 5, ValidRows: 1, RowsIncomplete: 2, HasCompletenessRules: true, Outcome: "Fail", RunAt: "2026-11-25T10:00:00.000Z", RuleSetVersion: "2.0" });
    expect(without.ChecksFailed).toBe(6);
    expect(without.FailureSample).not.toContain("not-an-email");
    expect(JSON.parse(without.FailureSample!).failures[0]).toEqual(expect.objectContaining({ row: 3, key: "R2", field: "email", ruleId: "email/required" }));
    const withValues = runToFields(RESULT, { dataset: "Casework", sourceName: "casework.csv", ruleSetVersion: null, runAt: at, keepValues: true });
    expect(withValues.FailureSample).toContain("not-an-email");
  });

  it("samples whole rules first, smallest first, so they can be compared exactly", () => {
    const sample = sampleFailures(RESULT, 3, false);
    expect(sample.map((f) => f.ruleId).sort()).toEqual(["email/format", "email/required", "email/required"]);
  });

  it("reads a stored run back, and compares it with the run on screen by record and rule", () => {
    const fields = runToFields(RESULT, { dataset: "Casework", sourceName: "casework.csv", ruleSetVersion: "1.0", runAt: new Date("2026-11-20T10:00:00Z"), keepValues: false });
    const stored = runFromItem({ Id: 7, Dataset: "Casework", RunAt: fields.RunAt!, RuleSetVersion: "1.0", SourceName: "casework.csv", Rows: 5, ValidRows: 1, ChecksRun: fields.ChecksRun!, ChecksFailed: fields.ChecksFailed!, RowsIncomplete: 2, HasCompletenessRules: true, Outcome: "Fail", Summary: fields.Summary!, FailureSample: fields.FailureSample!, Author: { Title: "Sam Patel" } } as never);
    expect(stored).toMatchObject({ id: 7, outcome: "fail", ranBy: "Sam Patel", rows: 5 });
    const later = resultOf([
      ["R1", "jo@example.com", "North"],
      ["R2", "jo2@example.com", "Nort"],
      ["R3", "not-an-email", "South"],
      ["R4", "", "East"],
      ["R5", "sam@example.com", "West"],
      ["R6", "", "North"],
    ]);
    const comparison = compareRuns(snapshotOfStored(stored)!, snapshotOfResult(later));
    expect(comparison.fixed.map((f) => `${f.key} ${f.ruleId}`)).toEqual(["R2 email/required"]);
    expect(comparison.newFailures.map((f) => `${f.key} ${f.ruleId}`)).toEqual(["R6 email/required"]);
  });

  it("gives success rates, the trend oldest first, and the worst dimension", () => {
    expect(rowSuccessRate({ rows: 200, validRows: 197 })).toBe(98.5);
    expect(percentText(98.5)).toBe("98.5%");
    expect(percentText(99.97)).toBe("99.9%");
    expect(completenessRate({ rows: 10, rowsIncomplete: 1, hasCompletenessRules: false })).toBeNull();
    expect(worstDimension(RESULT.dimensions)).toBe("validity");
    const base = { ruleSetVersion: null, sourceName: "", checks: 10, checksFailed: 1, rowsIncomplete: null, hasCompletenessRules: false, outcome: "pass" as const, ranBy: null, summary: null, sample: null };
    expect(runTrend([{ ...base, id: 2, dataset: "C", runAt: "2026-11-02T10:00:00Z", rows: 10, validRows: 9 }, { ...base, id: 1, dataset: "C", runAt: "2026-10-02T10:00:00Z", rows: 10, validRows: 5 }]).map((p) => [p.day, p.rowRate])).toEqual([
      ["2026-10-02", 50],
      ["2026-11-02", 90],
    ]);
  });

  it("raises a report from a run with the worst dimension and counts, and no failing value in its text", () => {
    const draft = reportFromRun(RESULT, { dataset: "Casework", sourceName: "casework.csv", runId: 7, service: "Revenues" });
    expect(draft).toMatchObject({ dataset: "Casework", dimension: "validity", severity: "High", foundBy: "Validation run", validationRunId: 7, service: "Revenues" });
    expect(draft.description).toContain("4 rows of 5 failed at least one rule (outcome: fail)");
    expect(draft.description).toContain("Validity: 4 of");
    expect(draft.description).not.toContain("example.com");
    expect(findPersonalIdentifiers(draft.description)).toEqual([]);
    expect(validateReport(draft)).toEqual([]);
  });
});

describe("a SharePoint list as a table", () => {
  it("writes values as an officer reads them: UK dates, TRUE/FALSE, choices joined", () => {
    expect(listValueText("2026-07-01T23:30:00Z", { kind: "DateTime", dateOnly: true })).toBe("02/07/2026");
    expect(listValueText("2026-11-25T14:05:00Z", { kind: "DateTime", dateOnly: false })).toBe("25/11/2026 14:05");
    expect(listValueText(true, { kind: "Boolean", dateOnly: false })).toBe("TRUE");
    expect(listValueText(["A", "B"], { kind: "MultiChoice", dateOnly: false })).toBe("A; B");
    expect(listValueText({ Url: "https://x.example", Description: "x" }, { kind: "URL", dateOnly: false })).toBe("https://x.example");
    expect(listValueText(null, { kind: "Text", dateOnly: false })).toBe("");
  });

  it("writes CSV that keeps every value exactly (quotes, commas, new lines, spaces, formulas)", () => {
    expect(csvText([["a", "b,c", 'say "hi"'], ["line\nbreak", " padded", "=1+1"]])).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak"," padded",=1+1\r\n');
  });
});
