import { neutraliseFormula } from "../../src/core/domain/csv";
import { compileSchema } from "../../src/modules/quality/domain/validation/compile";
import { compareRuns, type RunSnapshot } from "../../src/modules/quality/domain/validation/compare-runs";
import { fixListCsv, fixListFileName } from "../../src/modules/quality/domain/validation/fix-list";
import { Profiler } from "../../src/modules/quality/domain/validation/profile";
import { columnFromField, fieldFromColumn, formFromHeader, formToSchema, onOrAfterRule, requiredWhenRule, schemaToForm } from "../../src/modules/quality/domain/validation/rule-form";
import { startRun } from "../../src/modules/quality/domain/validation/run";
import type { TableSchema } from "../../src/modules/quality/domain/validation/schema-types";
import { applySuggestion, shareText, suggestRules } from "../../src/modules/quality/domain/validation/suggest";

describe("the fix list", () => {
  it.each([" =1+1", "\n=1+1", '"=1+1', "'+1", "\u00A0=HYPERLINK(\"x\")", "\u200B@SUM(A1)", "\uFEFF-1", "＝1+1", "＋1", "－1", "＠SUM(A1)", "  \u200D=1"])("neutralises %j after the characters spreadsheets skip", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it("leaves text that only contains those characters later alone", () => {
    expect(neutraliseFormula("PO9 1AB")).toBe("PO9 1AB");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula(" plain")).toBe(" plain");
  });

  it("lists each failing value with its row, record, rule and reason, formula-safe", () => {
    const compiled = compileSchema({ fields: [{ name: "id" }, { name: "amount", title: "Amount", type: "number" }], primaryKey: "id" });
    const run = startRun(compiled, ["id", "amount"], { runDate: "2026-11-25" });
    run.pushRow(["CR1", "=HYPERLINK(\"http://x\")"], 2);
    run.pushRow(["CR1", "5"], 3);
    const csv = fixListCsv(run.finish());
    expect(csv.split("\r\n")).toEqual([
      '\uFEFF"Row","Record","Column","Value","Rule","Dimension","Problem"',
      '"2","CR1","amount","\'=HYPERLINK(""http://x"")","Amount must be a number","Validity","Not a number"',
      '"3","CR1","id","CR1","id must identify each record once","Uniqueness","The same record key as row 2"',
      "",
    ]);
    expect(fixListFileName("Casework export.xlsx", "2026-11-25")).toBe("fix-list-casework-export-2026-11-25.csv");
  });
});

describe("comparing a run with the previous one", () => {
  const rules = (postcode: number, ward: number) => [
    { id: "postcode/format", checked: 100, failed: postcode },
    { id: "ward/enum", checked: 100, failed: ward },
  ];
  const failure = (key: string, ruleId: string) => ({ key, ruleId, field: ruleId.split("/")[0]!, value: "x", row: 2 });

  it("names new and fixed failures by record and rule", () => {
    const before: RunSnapshot = { rules: rules(2, 1), failures: [failure("CR1", "postcode/format"), failure("CR2", "postcode/format"), failure("CR1", "ward/enum")] };
    const after: RunSnapshot = { rules: rules(2, 1), failures: [failure("CR2", "postcode/format"), failure("CR3", "postcode/format"), failure("CR1", "ward/enum")] };
    const comparison = compareRuns(before, after);
    expect(comparison.newFailures.map((f) => f.key)).toEqual(["CR3"]);
    expect(comparison.fixed.map((f) => `${f.key} ${f.ruleId}`)).toEqual(["CR1 postcode/format"]);
    expect(comparison.stillFailing).toBe(2);
    expect(comparison.partialRules).toEqual([]);
    expect(comparison.successRate).toEqual({ before: 0.985, after: 0.985 });
  });

  it("does not guess for a rule whose failures were only sampled, and compares totals only without record keys", () => {
    const before: RunSnapshot = { rules: rules(50, 0), failures: [failure("CR1", "postcode/format")] };
    const after: RunSnapshot = { rules: rules(10, 0), failures: [failure("CR9", "postcode/format")] };
    const comparison = compareRuns(before, after);
    expect(comparison.partialRules).toEqual(["postcode/format"]);
    expect(comparison.newFailures).toEqual([]);
    expect(comparison.fixed).toEqual([]);
    expect(comparison.rules[0]).toEqual({ ruleId: "postcode/format", before: 50, after: 10, change: -40 });

    const keyless = compareRuns({ rules: rules(1, 0), failures: [failure("", "postcode/format")] }, { rules: rules(0, 0), failures: [] });
    expect(keyless.byRecord).toBe(false);
    expect(keyless.fixed).toEqual([]);
  });
});

describe("profiling a file and suggesting rules", () => {
  function profileOf(header: string[], rows: string[][]) {
    const profiler = new Profiler(header, { runDate: "2026-11-25" });
    profiler.pushRows(rows);
    return profiler.finish();
  }

  const rows = Array.from({ length: 200 }, (_, i) => [
    `CR${String(i).padStart(5, "0")}`,
    i === 7 ? "" : i === 8 ? "N/A" : "PO9 1AB",
    i === 3 ? "Closd" : ["Open", "Closed", "Pending"][i % 3]!,
    i === 5 ? "-3" : String(i * 1.5),
    i === 9 ? "01/01/2027" : `${String((i % 28) + 1).padStart(2, "0")}/10/2026`,
    "",
  ]);
  const header = ["record_id", "postcode", "status", "amount", "received", "notes"];

  it("reports each column's type, blanks, distinct values, range and common shapes", () => {
    const profile = profileOf(header, rows);
    expect(profile.rows).toBe(200);
    const [id, postcode, status, amount, received, notes] = profile.columns;
    expect(id).toMatchObject({ inferredType: "string", distinct: 200, repeats: 0, blanks: 0, patterns: [{ value: "AA99999", count: 200 }] });
    expect(postcode).toMatchObject({ blanks: 1, present: 199, formats: expect.objectContaining({ "uk-postcode": 198 }), patterns: [{ value: "AA9 9AA", count: 198 }, { value: "A/A", count: 1 }] });
    expect(status).toMatchObject({ distinct: 4, topValues: [{ value: "Closed", count: 67 }, { value: "Open", count: 66 }, { value: "Pending", count: 66 }, { value: "Closd", count: 1 }] });
    expect(amount).toMatchObject({ inferredType: "number", min: "-3", max: "298.5", negative: 1 });
    expect(received).toMatchObject({ inferredType: "date-uk", min: "01/10/2026", max: "01/01/2027", future: 1 });
    expect(notes).toMatchObject({ present: 0, blanks: 200 });
  });

  it("suggests rules with how many values already pass, leaving rare misspellings out of allowed values", () => {
    const suggestions = suggestRules(profileOf(header, rows));
    const texts = suggestions.map((s) => s.text);
    expect(texts).toEqual([
      "record_id should never be blank. 100% already pass.",
      "record_id should not repeat. 100% already pass.",
      "postcode should never be blank. 99.5% already pass.",
      "postcode should be a UK postcode. 99.5% already pass.",
      "status should never be blank. 100% already pass.",
      "status should be one of Closed, Open, Pending. 99.5% already pass.",
      "amount should never be blank. 100% already pass.",
      "amount should be a number. 100% already pass.",
      "amount should not be negative. 99.5% already pass.",
      "received should never be blank. 100% already pass.",
      "received should be a date written as 25/11/2026. 100% already pass.",
      "received should not be after today. 99.5% already pass.",
    ]);
    expect(shareText(985, 1000)).toBe("98.5%");
    expect(shareText(9999, 10000)).toBe("99.9%");
  });

  it("one click accepts a suggestion into the rule form, and the form's rules then pass those values", () => {
    const suggestions = suggestRules(profileOf(header, rows));
    let form = formFromHeader(header);
    for (const s of suggestions) form = applySuggestion(form, s);
    const schema = formToSchema(form);
    expect(schema.fields[1]).toEqual({ name: "postcode", format: "dq:uk-postcode", constraints: { required: true } });
    expect(schema["dq:freshness"]).toEqual({ field: "received", notInFuture: true });
    const run = startRun(compileSchema(schema), header, { runDate: "2026-11-25" });
    for (const [i, row] of rows.entries()) run.pushRow(row, i + 2);
    const result = run.finish();
    const failed = Object.fromEntries(result.rules.map((r) => [r.id, r.failed]));
    expect(failed).toMatchObject({ "postcode/required": 1, "postcode/format": 1, "status/enum": 1, "amount/minimum": 1, "received/freshness": 1, "record_id/unique": 0 });
  });
});

describe("the rule form", () => {
  const schema: TableSchema = {
    fields: [
      { name: "record_id", title: "Record ID", constraints: { required: true, unique: true, pattern: "CR[0-9]{8}" }, "dq:message": "Record IDs look like CR00001234" },
      { name: "postcode", format: "dq:uk-postcode", constraints: { required: true } },
      { name: "status", constraints: { enum: ["Open", "Closed"] } },
      { name: "amount", type: "number", constraints: { minimum: 0, maximum: 100000, exclusiveMaximum: 200000 } },
      { name: "received", type: "date", format: "%d/%m/%Y", constraints: { minimum: "01/04/2020" } },
      { name: "logged", type: "datetime" },
      { name: "year", type: "year", description: "Financial year", "x:source": "CRM" },
      { name: "code", constraints: { minLength: 2, maxLength: 4 }, "dq:dimension": { minLength: "accuracy" } },
      { name: "priority", type: "integer", constraints: { enum: [1, 2, 3] } },
    ],
    primaryKey: ["record_id"],
    missingValues: ["", "N/A"],
    foreignKeys: [{ fields: ["status"], reference: { resource: "statuses", fields: ["name"] } }],
    "dq:rowRules": [onOrAfterRule("closed-after-received", "logged", "received")],
    "dq:freshness": { field: "received", maxAgeDays: 7 },
    "dq:warn": "1%",
    "dq:fail": 10,
    title: "Casework export",
  };

  it("shows each column as an officer thinks of it", () => {
    const form = schemaToForm(schema);
    expect(form.columns[0]).toMatchObject({ title: "Record ID", required: true, unique: true, preset: "custom", pattern: "CR[0-9]{8}", message: "Record IDs look like CR00001234" });
    expect(form.columns[1]).toMatchObject({ type: "string", preset: "uk-postcode", required: true });
    expect(form.columns[2]!.allowedValues).toEqual(["Open", "Closed"]);
    expect(form.columns[3]).toMatchObject({ type: "number", minimum: "0", maximum: "100000" });
    expect(form.columns[4]).toMatchObject({ type: "date", dateStyle: "uk", minimum: "01/04/2020" });
    expect(form.columns[5]).toMatchObject({ type: "datetime", dateStyle: "iso" });
    expect(form.recordKey).toEqual(["record_id"]);
    expect(form.missingValues).toEqual(["", "N/A"]);
    expect(form).toMatchObject({ warn: "1%", fail: "10" });
  });

  it("round-trips a rule set through the form without losing anything", () => {
    expect(formToSchema(schemaToForm(schema))).toEqual(schema);
    for (const field of schema.fields) expect(fieldFromColumn(columnFromField(field))).toEqual(field);
  });

  it("writes what the officer typed as Table Schema that the engine accepts", () => {
    const form = formFromHeader(["id", "amount", "received", "status", "closed"]);
    form.columns[0] = { ...form.columns[0]!, required: true, unique: true };
    form.columns[1] = { ...form.columns[1]!, type: "number", minimum: "0", maximum: "5000.50" };
    form.columns[2] = { ...form.columns[2]!, type: "date", dateStyle: "uk", minimum: "01/04/2025" };
    form.columns[3] = { ...form.columns[3]!, allowedValues: ["Open", "Closed"], preset: "none" };
    form.columns[4] = { ...form.columns[4]!, type: "date", dateStyle: "uk" };
    form.rowRules = [requiredWhenRule("closed-has-date", "closed", "status", "Closed")];
    form.fail = "2%";
    const out = formToSchema(form);
    expect(out.fields.slice(0, 3)).toEqual([
      { name: "id", constraints: { required: true, unique: true } },
      { name: "amount", type: "number", constraints: { minimum: 0, maximum: 5000.5 } },
      { name: "received", type: "date", format: "%d/%m/%Y", constraints: { minimum: "01/04/2025" } },
    ]);
    expect(out["dq:fail"]).toBe("2%");
    expect(() => compileSchema(out)).not.toThrow();
  });
});
