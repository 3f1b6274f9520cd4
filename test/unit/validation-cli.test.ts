import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** `npm run validate` on a generated export whose defects are placed by row, so their counts are known exactly. */
const root = path.join(__dirname, "..", "..");
let folder: string;

function validate(...args: string[]) {
  return spawnSync("npm", ["run", "-s", "validate", "--", ...args], { cwd: root, encoding: "utf8" });
}

const ROWS = 2000;
const expected = { postcodeBlank: 0, postcodeInvalid: 0, duplicateIds: 0, amountNotNumber: 0, amountNegative: 0, statusMisspelt: 0, closedBeforeReceived: 0, receivedInFuture: 0, wardUnknown: 0 };
const pad = (n: number) => String(n).padStart(2, "0");

function buildExport(): string {
  const lines = ["record_id,postcode,ward,amount,status,received,closed"];
  for (let i = 1; i <= ROWS; i++) {
    const id = i % 250 === 0 ? `CR${String(i - 1).padStart(6, "0")}` : `CR${String(i).padStart(6, "0")}`;
    if (i % 250 === 0) expected.duplicateIds++;
    let postcode = "PO9 1AB";
    if (i % 100 === 0) {
      postcode = "";
      expected.postcodeBlank++;
    }
    else if (i % 97 === 0) {
      postcode = "XX1 1XX";
      expected.postcodeInvalid++;
    }
    let ward = i % 2 ? "Abbey" : "Castle";
    if (i % 301 === 0) {
      ward = "Castel";
      expected.wardUnknown++;
    }
    let amount = `${(i % 90) + 0.5}`;
    if (i % 50 === 0) {
      amount = "n/a";
      expected.amountNotNumber++;
    }
    else if (i % 45 === 0) {
      amount = "-12.50";
      expected.amountNegative++;
    }
    // A case received in the future is left open, so its only defect is the date.
    let status = i % 3 === 0 && i % 400 !== 0 ? "Closed" : "Open";
    if (i % 125 === 0) {
      status = "Closd";
      expected.statusMisspelt++;
    }
    const day = 1 + (i % 28);
    let received = `${pad(day)}/10/2026`;
    if (i % 400 === 0) {
      received = "01/01/2027";
      expected.receivedInFuture++;
    }
    let closed = status === "Closed" ? `${pad(day)}/11/2026` : "";
    if (i % 333 === 0) {
      closed = `${pad(day)}/09/2026`;
      expected.closedBeforeReceived++;
    }
    lines.push([id, postcode, ward, amount, status, received, closed].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

const schema = {
  fields: [
    { name: "record_id", constraints: { required: true, pattern: "CR[0-9]{6}" } },
    { name: "postcode", format: "dq:uk-postcode", constraints: { required: true } },
    { name: "ward" },
    { name: "amount", type: "number", constraints: { minimum: 0 } },
    { name: "status", constraints: { enum: ["Open", "Closed"] } },
    { name: "received", type: "date", format: "%d/%m/%Y" },
    { name: "closed", type: "date", format: "%d/%m/%Y" },
  ],
  primaryKey: "record_id",
  foreignKeys: [{ fields: "ward", reference: { resource: "wards", fields: "name" } }],
  "dq:rowRules": [{ id: "closed-after-received", when: { "!!": { var: "closed" } }, assert: { ">=": [{ var: "closed" }, { var: "received" }] } }],
  "dq:freshness": { field: "received", notInFuture: true },
  "dq:warn": "0.5%",
  "dq:fail": "5%",
};

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "validate-cli-"));
  writeFileSync(path.join(folder, "export.csv"), buildExport());
  writeFileSync(path.join(folder, "schema.json"), JSON.stringify(schema));
  writeFileSync(path.join(folder, "wards.csv"), "name,code\nAbbey,E05000001\nCastle,E05000002\n");
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run validate", () => {
  it("prints exactly one JSON object whose counts are the defects placed in the file", () => {
    const run = validate(path.join(folder, "export.csv"), "--schema", path.join(folder, "schema.json"), "--json", "--today", "2026-11-25", "--reference", `wards=${path.join(folder, "wards.csv")}`, "--fix-list", path.join(folder, "fix.csv"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0]!);
    const failed = (field: string | null, rule: string) => output.rules.find((r: { field: string | null; rule: string }) => r.field === field && r.rule === rule).failed;
    expect(Object.keys(output)).toEqual(["rows", "valid", "dimensions", "rules"]);
    expect(output.rows).toBe(ROWS);
    expect(failed("postcode", "required")).toBe(expected.postcodeBlank);
    expect(failed("postcode", "format")).toBe(expected.postcodeInvalid);
    expect(failed("record_id", "primaryKey")).toBe(expected.duplicateIds);
    expect(failed("record_id", "pattern")).toBe(0);
    expect(failed("amount", "type")).toBe(expected.amountNotNumber);
    expect(failed("amount", "minimum")).toBe(expected.amountNegative);
    expect(failed("status", "enum")).toBe(expected.statusMisspelt);
    expect(failed("ward", "foreignKey")).toBe(expected.wardUnknown);
    expect(failed(null, "row")).toBe(expected.closedBeforeReceived);
    expect(failed("received", "freshness")).toBe(expected.receivedInFuture);
    expect(output.rules.every((r: object) => Object.keys(r).join() === "field,rule,dimension,failed")).toBe(true);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(Object.values(output.dimensions as Record<string, { failed: number }>).reduce((a, d) => a + d.failed, 0)).toBe(total);
    expect(output.dimensions.completeness).toEqual({ checked: 2 * ROWS, failed: expected.postcodeBlank });
    expect(output.dimensions.timeliness.failed).toBe(expected.receivedInFuture);
    // Defects never share a row except where the numbers coincide; the valid count is what is left.
    expect(output.valid).toBeLessThan(ROWS - Math.max(...Object.values(expected)));
    expect(readFileSync(path.join(folder, "fix.csv"), "utf8").split("\r\n").filter(Boolean)).toHaveLength(1 + total);
  }, 60_000);

  it("exits 1 when a fail threshold is crossed, and prints the scorecard in words", () => {
    const strict = path.join(folder, "strict.json");
    writeFileSync(strict, JSON.stringify({ ...schema, "dq:fail": "1%" }));
    const run = validate(path.join(folder, "export.csv"), "--schema", strict, "--today", "2026-11-25", "--reference", `wards=${path.join(folder, "wards.csv")}`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${ROWS.toLocaleString("en-GB")} rows`);
    expect(run.stdout).toMatch(/FAIL {2}amount must be a number: 40 failed of 2,000/);
    expect(run.stdout).toContain("Result: FAIL (a fail threshold was crossed)");
  }, 60_000);

  it("exits 2 and names the problem when the schema is malformed", () => {
    const bad = path.join(folder, "bad.json");
    writeFileSync(bad, JSON.stringify({ fields: [{ name: "amount", type: "number", constraints: { minimum: "none" } }] }));
    const run = validate(path.join(folder, "export.csv"), "--schema", bad, "--json");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe('validate: The rules in the schema file cannot be used: field 1 ("amount"): minimum "none" is not a number');

    writeFileSync(bad, "{ not json");
    const notJson = validate(path.join(folder, "export.csv"), "--schema", bad);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^validate: The rules in the schema file cannot be used: the file is not valid JSON/);
  }, 60_000);

  it("exits 2 for a missing file or reference list, naming it", () => {
    const missing = validate(path.join(folder, "nope.csv"), "--schema", path.join(folder, "schema.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`The file "${path.join(folder, "nope.csv")}" does not exist.`);
    const noReference = validate(path.join(folder, "export.csv"), "--schema", path.join(folder, "schema.json"), "--json");
    expect(noReference.status).toBe(2);
    expect(noReference.stderr.trim()).toBe('validate: The rules check values against the reference list "wards", but it was not provided.');
  }, 60_000);
});
