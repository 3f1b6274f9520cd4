import { bytesSource } from "../../src/modules/quality/data/readers/byte-source";
import { validateTable } from "../../src/modules/quality/data/readers/validate-table";
import { compileSchema } from "../../src/modules/quality/domain/validation/compile";
import type { ValidationResult } from "../../src/modules/quality/domain/validation/result-types";
import { startRun } from "../../src/modules/quality/domain/validation/run";
import type { TableSchema } from "../../src/modules/quality/domain/validation/schema-types";

const RUN_DATE = "2026-11-25";

async function validate(csv: string, schema: TableSchema, options: { references?: Record<string, Record<string, string>[]>; runDate?: string } = {}): Promise<ValidationResult> {
  const { result } = await validateTable(bytesSource(new TextEncoder().encode(csv), "data.csv"), schema, { runDate: options.runDate ?? RUN_DATE, ...(options.references ? { references: options.references } : {}) });
  return result;
}

const rule = (result: ValidationResult, id: string) => {
  const found = result.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in ${result.rules.map((r) => r.id).join(", ")}`);
  return found;
};
const failingRows = (result: ValidationResult, id: string) => result.failures.filter((f) => f.ruleId === id).map((f) => f.row);

describe("validation rules on known data", () => {
  it("required: an empty cell and a short row are blank, a space is a value; missingValues decides what else is blank", async () => {
    const schema: TableSchema = { fields: [{ name: "id" }, { name: "name", constraints: { required: true } }] };
    const result = await validate('id,name\n1,Jo\n2,\n3,""\n4\n5, \n', schema);
    expect(rule(result, "name/required")).toMatchObject({ checked: 5, failed: 3, dimension: "completeness" });
    expect(failingRows(result, "name/required")).toEqual([3, 4, 5]);
    expect(result.failures.find((f) => f.row === 5)!.reason).toMatch(/the file has no value here/);

    const withNa = await validate("id,name\n1,N/A\n2,\n3,n/a\n", { ...schema, missingValues: ["", "N/A"] });
    expect(failingRows(withNa, "name/required")).toEqual([2, 3]);
    // Only "N/A" counts as missing here, so the empty string is a value (and too short).
    const emptyIsValue = await validate("id,name\n1,N/A\n2,\n", { fields: [{ name: "id" }, { name: "name", missingValues: ["N/A"], constraints: { required: true, minLength: 1 } }] });
    expect(failingRows(emptyIsValue, "name/required")).toEqual([2]);
    expect(failingRows(emptyIsValue, "name/minLength")).toEqual([3]);
  });

  it("type: numbers, whole numbers, yes/no and dates are read strictly, and a wrong value is counted once", async () => {
    const schema: TableSchema = {
      fields: [
        { name: "n", type: "number", constraints: { minimum: 0 } },
        { name: "i", type: "integer" },
        { name: "b", type: "boolean" },
        { name: "d", type: "date" },
      ],
    };
    const result = await validate("n,i,b,d\n1.5,2,true,2026-11-25\n£12.50,2.0,yes,25/11/2026\n1e3,+7,FALSE,2026-02-29\n 4,0x1A,1,2026-1-5\n", schema);
    expect(failingRows(result, "n/type")).toEqual([3, 5]);
    expect(failingRows(result, "i/type")).toEqual([3, 5]);
    expect(failingRows(result, "b/type")).toEqual([3]);
    expect(failingRows(result, "d/type")).toEqual([3, 4, 5]);
    // A value that is not a number is not also checked against the minimum.
    expect(rule(result, "n/minimum")).toMatchObject({ checked: 2, failed: 0 });
    expect(result.failures.find((f) => f.ruleId === "d/type")!.reason).toBe("Not a date written as 2026-11-25");
  });

  it("dates written as 25/11/2026 compare as dates, not as text", async () => {
    const schema: TableSchema = { fields: [{ name: "received", type: "date", format: "%d/%m/%Y", constraints: { minimum: "01/04/2025", maximum: "2026-03-31" } }] };
    const result = await validate("received\n01/04/2025\n31/03/2026\n31/03/2025\n01/04/2026\n5/6/2025\n31/02/2026\n2025-06-05\n", schema);
    expect(failingRows(result, "received/minimum")).toEqual([4]);
    expect(failingRows(result, "received/maximum")).toEqual([5]);
    expect(failingRows(result, "received/type")).toEqual([7, 8]);
    expect(result.failures.find((f) => f.ruleId === "received/minimum")!.reason).toBe("Less than the minimum, 01/04/2025");
  });

  it("formats: UK postcodes, UPRNs and e-mail addresses, with the reason in plain words", async () => {
    const schema: TableSchema = { fields: [{ name: "postcode", format: "dq:uk-postcode" }, { name: "uprn", format: "dq:uprn" }, { name: "email", format: "email" }] };
    const result = await validate("postcode,uprn,email\nPO9 1AB,100062456932,a@example.gov.uk\nPO9 1AB ,UNKNOWN,j.smith@\nQO9 1AB,1000624569321,ok@example.org\n", schema);
    expect(failingRows(result, "postcode/format")).toEqual([3, 4]);
    expect(failingRows(result, "uprn/format")).toEqual([3, 4]);
    expect(failingRows(result, "email/format")).toEqual([3]);
    expect(result.failures.find((f) => f.ruleId === "postcode/format" && f.row === 3)!.reason).toBe("Not a UK postcode (it ends with a space)");
  });

  it("minLength and maxLength count characters as people do, including emoji and accents", async () => {
    const schema: TableSchema = { fields: [{ name: "code", constraints: { minLength: 2, maxLength: 3 } }] };
    const result = await validate("code\nab\n😀😀😀\n😀\néèê\nabcd\n😀😀😀😀\n", schema);
    expect(failingRows(result, "code/minLength")).toEqual([4]);
    expect(failingRows(result, "code/maxLength")).toEqual([6, 7]);
  });

  it("pattern: matched against the whole value, as Table Schema's XML Schema patterns are", async () => {
    const result = await validate("id\nCR00000001\nxCR00000002\nCR000000033\ncr00000004\n", { fields: [{ name: "id", constraints: { pattern: "CR[0-9]{8}" } }] });
    expect(failingRows(result, "id/pattern")).toEqual([3, 4, 5]);
  });

  it("enum: exact values, a hint for wrong capitals, and Unicode that looks the same is the same", async () => {
    const schema: TableSchema = { fields: [{ name: "ward", constraints: { enum: ["Abbey", "Café Quarter"] } }] };
    const decomposed = "Cafe\u0301 Quarter";
    const result = await validate(`ward\nAbbey\nabbey\n${decomposed}\nAbbey \n`, schema);
    expect(failingRows(result, "ward/enum")).toEqual([3, 5]);
    expect(result.failures.map((f) => f.reason)).toEqual(['Not one of the allowed values: Abbey, Café Quarter (did you mean "Abbey"?)', 'Not one of the allowed values: Abbey, Café Quarter (did you mean "Abbey"?)']);
  });

  it("unique and primaryKey: each repeat fails once and names the row it repeats; blanks are not duplicates", async () => {
    const schema: TableSchema = { fields: [{ name: "id" }, { name: "ref", constraints: { unique: true } }], primaryKey: "id" };
    const result = await validate("id,ref\nA,r1\nB,r2\nA,\nC,r1\n,r9\nB,r1\n", schema);
    expect(failingRows(result, "primaryKey")).toEqual([4, 7]);
    expect(result.failures.find((f) => f.ruleId === "primaryKey" && f.row === 7)!.reason).toBe("The same record key as row 3");
    expect(failingRows(result, "ref/unique")).toEqual([5, 7]);
    // A blank primary key is a completeness failure of the key field.
    expect(failingRows(result, "id/required")).toEqual([6]);
    expect(rule(result, "id/required").dimension).toBe("completeness");
    expect(rule(result, "primaryKey")).toMatchObject({ dimension: "uniqueness", checked: 5, failed: 2 });
  });

  it("a composite primary key compares the combination, not each part", async () => {
    const result = await validate("ward,year\nA,2025\nA,2026\nB,2025\nA,2025\n", { fields: [{ name: "ward" }, { name: "year", type: "year" }], primaryKey: ["ward", "year"] });
    expect(rule(result, "primaryKey")).toMatchObject({ field: "ward, year", failed: 1 });
    expect(result.failures[0]).toMatchObject({ row: 5, key: "A / 2025", value: "ward: A; year: 2025" });
  });

  it("foreignKeys: values must be in the reference list passed in; a missing list is unusable input", async () => {
    const schema: TableSchema = { fields: [{ name: "ward" }], foreignKeys: [{ fields: "ward", reference: { resource: "wards", fields: "name" } }] };
    const references = { wards: [{ name: "Abbey" }, { name: "Castle" }] };
    const result = await validate("ward\nAbbey\nCastel\n\nCastle\n", schema, { references });
    expect(rule(result, "foreignKey/ward/wards")).toMatchObject({ checked: 3, failed: 1, dimension: "consistency" });
    expect(result.failures[0]).toMatchObject({ row: 3, value: "Castel", reason: 'Not in the reference list "wards"' });
    await expect(validate("ward\nAbbey\n", schema)).rejects.toThrow('The rules check values against the reference list "wards", but it was not provided.');
  });

  it("row rules: declarative conditions across fields, with typed dates and an optional 'when'", async () => {
    const schema: TableSchema = {
      fields: [{ name: "status" }, { name: "received", type: "date", format: "%d/%m/%Y" }, { name: "closed", type: "date", format: "%d/%m/%Y" }],
      "dq:rowRules": [
        { id: "closed-after-received", title: "Closed on or after the day it was received", when: { "!!": { var: "closed" } }, assert: { ">=": [{ var: "closed" }, { var: "received" }] } },
        { id: "closed-has-date", message: "A closed case needs its closed date", when: { "==": [{ var: "status" }, "Closed"] }, assert: { "!!": { var: "closed" } } },
        { id: "received-this-decade", dimension: "accuracy", assert: { "<=": ["01/01/2020", { var: "received" }, "31/12/2029"] } },
      ],
    };
    // 10/01/2026 is after 09/12/2025 as a date, though not as text.
    const result = await validate("status,received,closed\nClosed,09/12/2025,10/01/2026\nClosed,10/01/2026,09/12/2025\nClosed,01/01/2026,\nOpen,01/01/2019,\n", schema);
    expect(rule(result, "row/closed-after-received")).toMatchObject({ checked: 2, failed: 1, field: null, dimension: "consistency" });
    expect(failingRows(result, "row/closed-after-received")).toEqual([3]);
    expect(result.failures.find((f) => f.ruleId === "row/closed-after-received")).toMatchObject({ value: "closed: 09/12/2025; received: 10/01/2026", reason: "Closed on or after the day it was received" });
    expect(rule(result, "row/closed-has-date")).toMatchObject({ checked: 3, failed: 1 });
    expect(result.failures.find((f) => f.ruleId === "row/closed-has-date")!.reason).toBe("A closed case needs its closed date");
    expect(rule(result, "row/received-this-decade")).toMatchObject({ failed: 1, dimension: "accuracy" });
  });

  it("freshness: no date after the run date, and the newest record within the allowed days", async () => {
    const schema: TableSchema = { fields: [{ name: "received", type: "date", format: "%d/%m/%Y" }], "dq:freshness": { field: "received", notInFuture: true, maxAgeDays: 7 } };
    const fresh = await validate("received\n20/11/2026\n25/11/2026\n26/11/2026\n", schema);
    expect(rule(fresh, "received/freshness")).toMatchObject({ checked: 4, failed: 1, dimension: "timeliness" });
    expect(fresh.failures[0]).toMatchObject({ row: 4, reason: "After the run date (25/11/2026)" });

    const stale = await validate("received\n01/11/2026\n17/11/2026\n", schema);
    expect(rule(stale, "received/freshness")).toMatchObject({ checked: 3, failed: 1 });
    expect(stale.failures[0]).toMatchObject({ row: 0, value: "17/11/2026" });
    expect(stale.failures[0]!.reason).toBe("The newest received is 17/11/2026, which is more than 7 days before the run date (25/11/2026)");
    expect(stale.notes).toContain("The newest received is 17/11/2026.");
  });

  it("the scorecard adds each dimension's checked and failed values, and valid rows have no failure at all", async () => {
    const schema: TableSchema = { fields: [{ name: "id", constraints: { required: true, unique: true } }, { name: "amount", type: "number", constraints: { maximum: 100 } }] };
    const result = await validate("id,amount\nA,5\nA,500\n,x\nB,7\n", schema);
    expect(result.rows).toBe(4);
    expect(result.valid).toBe(2);
    expect(result.dimensions).toEqual({
      completeness: { checked: 4, failed: 1 },
      uniqueness: { checked: 3, failed: 1 },
      consistency: { checked: 0, failed: 0 },
      timeliness: { checked: 0, failed: 0 },
      validity: { checked: 4 + 3, failed: 2 },
      accuracy: { checked: 0, failed: 0 },
    });
  });

  it("thresholds: warn and fail per rule set, per field and per row rule; without one any failure fails", async () => {
    const csv = `n\n${Array.from({ length: 99 }, (_, i) => i).join("\n")}\n-1\n`;
    const field = { name: "n", type: "number" as const, constraints: { minimum: 0 } };
    expect((await validate(csv, { fields: [field] })).outcome).toBe("fail");
    const lenient = await validate(csv, { fields: [field], "dq:warn": "0.5%", "dq:fail": "2%" });
    expect(rule(lenient, "n/minimum")).toMatchObject({ status: "warn", warn: "0.5%", fail: "2%" });
    expect(lenient.outcome).toBe("warn");
    expect((await validate(csv, { fields: [{ ...field, "dq:fail": 1 }] })).outcome).toBe("pass");
    expect((await validate(csv, { fields: [{ ...field, "dq:fail": 0 }], "dq:fail": "5%" })).outcome).toBe("fail");
  });

  it("dq:dimension moves a rule to another dimension and dq:message replaces our reason", async () => {
    const schema: TableSchema = { fields: [{ name: "uprn", format: "dq:uprn", "dq:dimension": { format: "accuracy" }, "dq:message": { format: "Look the UPRN up in the gazetteer" } }] };
    const result = await validate("uprn\nUNKNOWN\n", schema);
    expect(rule(result, "uprn/format").dimension).toBe("accuracy");
    expect(result.dimensions.accuracy).toEqual({ checked: 1, failed: 1 });
    expect(result.failures[0]!.reason).toBe("Look the UPRN up in the gazetteer");
  });

  it("columns are found by name (capitals and spaces forgiven); a missing required column fails every row", async () => {
    const schema: TableSchema = { fields: [{ name: "postcode", constraints: { required: true } }, { name: "uprn", constraints: { required: true } }] };
    const result = await validate(" Postcode ,other\nPO9 1AB,x\nPO9 1AB,y\n", schema);
    expect(rule(result, "postcode/required").failed).toBe(0);
    expect(rule(result, "uprn/required")).toMatchObject({ checked: 2, failed: 2 });
    expect(result.columns).toEqual({ missing: ["uprn"], extra: ["other"] });
    expect(result.notes).toEqual(expect.arrayContaining(['The column " Postcode " was taken as "postcode".', 'The file has no column for "uprn".', 'Columns without rules: "other".']));
  });

  it("keeps only a capped sample of failing values but counts them all", () => {
    const compiled = compileSchema({ fields: [{ name: "n", type: "integer" }] });
    const run = startRun(compiled, ["n"], { runDate: RUN_DATE, maxFailuresPerRule: 3 });
    for (let i = 0; i < 10; i++) run.pushRow(["x"], i + 2);
    const result = run.finish();
    expect(result.rules[0]!.failed).toBe(10);
    expect(result.failures.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(result.failuresTruncated).toBe(true);
  });
});
