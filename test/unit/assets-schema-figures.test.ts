import * as engine from "../../src/modules/quality";
import { Profiler } from "../../src/modules/quality/domain/validation/profile";
import { registerCsv, ropaCsv } from "../../src/modules/assets/domain/exports";
import { emptyRow, GLOSSARY_TERM, MAX_SCHEMA_CHARACTERS, NATIONAL_STANDARD, parseStoredSchema, PERSONAL_DATA, personalFieldsOf, rowsFromListFields, rowsFromProfile, rowsOf, schemaFromRows } from "../../src/modules/assets/domain/schema";
import { ASSET_FIGURES, type AssetsData, disposalsFigure, documentedFigure, reviewsOnTimeFigure } from "../../src/modules/assets/domain/strategy-figures";
import { samples } from "../../src/modules/assets/samples";
import type { Disposal } from "../../src/modules/assets/domain/disposal";
import type { Review } from "../../src/modules/assets/domain/review";
import { asset } from "./assets-fixtures";

describe("an asset's schema as a Table Schema", () => {
  const stored = {
    title: "Council tax accounts",
    primaryKey: "account_ref",
    "dq:fail": "1%",
    fields: [
      { name: "account_ref", type: "string", constraints: { required: true, pattern: "^CT\\d+$" } },
      { name: "liable_party", type: "string", [PERSONAL_DATA]: true, [GLOSSARY_TERM]: "Liable person" },
      { name: "opened", type: "date", format: "%d/%m/%Y" },
    ],
  } as unknown as engine.TableSchema;

  it("reads the register's extensions into rows and writes them back, keeping what the validation engine uses", () => {
    const rows = rowsOf(stored);
    expect(rows.map((r) => [r.name, r.type, r.personal, r.term])).toEqual([
      ["account_ref", "string", false, ""],
      ["liable_party", "string", true, "Liable person"],
      ["opened", "date", false, ""],
    ]);
    rows[0]!.standard = "Council's own reference";
    const built = schemaFromRows(engine, stored, rows, "ignored");
    expect(built.problems).toEqual({ rows: {}, overall: [] });
    expect(built.schema).toMatchObject({ title: "Council tax accounts", primaryKey: "account_ref", "dq:fail": "1%" });
    expect(built.schema!.fields[0]).toEqual({ name: "account_ref", type: "string", constraints: { required: true, pattern: "^CT\\d+$" }, [NATIONAL_STANDARD]: "Council's own reference" });
    expect(built.schema!.fields[2]).toMatchObject({ format: "%d/%m/%Y" });
    // The validation engine accepts what the register saved: one schema documents and validates.
    expect(engine.checkSchema(JSON.parse(built.json))).toBeTruthy();
  });

  it("drops a format that belonged to the old type, and a key naming a removed field", () => {
    const rows = rowsOf(stored).filter((r) => r.name !== "account_ref");
    rows[1]!.type = "string";
    const built = schemaFromRows(engine, stored, rows, "x");
    expect(built.schema!.primaryKey).toBeUndefined();
    expect(built.schema!.fields[1]).toEqual({ name: "opened", type: "string" });
  });

  it("names each problem by field: no name, a name used twice, no fields at all", () => {
    const rows = [{ ...emptyRow(), name: "ref" }, emptyRow(), { ...emptyRow(), name: "REF" }];
    const built = schemaFromRows(engine, null, rows, "x");
    expect(built.schema).toBeNull();
    expect(built.problems.rows).toEqual({ 1: "Field 2 has no name.", 2: 'Field 3: the name "REF" is already used by field 1.' });
    expect(schemaFromRows(engine, null, [], "x").problems.overall).toEqual(["Add at least one field."]);
  });

  it("passes on the validation engine's own objection, in a sentence", () => {
    const broken = { ...stored, fields: [{ name: "n", type: "integer", constraints: { minimum: "lots" } }] } as unknown as engine.TableSchema;
    const built = schemaFromRows(engine, broken, rowsOf(broken), "x");
    expect(built.schema).toBeNull();
    expect(built.problems.overall[0]).toMatch(/^Field 1 \("n"\): minimum "lots" is not .*\.$/);
  });

  it("refuses a schema too long for a SharePoint multi-line column, saying how long it is", () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ ...emptyRow(), name: `field_${i}`, description: "x".repeat(200) }));
    const built = schemaFromRows(engine, null, rows, "x");
    expect(built.schema).toBeNull();
    expect(built.problems.overall[0]).toMatch(new RegExp(`characters, where a list's multi-line column holds at most ${MAX_SCHEMA_CHARACTERS.toLocaleString("en-GB")}`));
  });

  it("starts from a sample file's profile: types from the values, UK dates kept as written, personal data suggested from formats", () => {
    const profiler = new Profiler(["ref", "email", "opened", "amount", "Note "], { runDate: "2026-11-25" });
    profiler.pushRows([
      ["A1", "sam@example.org", "01/04/2026", "12.50", "x"],
      ["A2", "jo@example.org", "02/04/2026", "3", ""],
    ]);
    const rows = rowsFromProfile(profiler.finish());
    expect(rows.map((r) => [r.name, r.type, r.personal])).toEqual([
      ["ref", "string", false],
      ["email", "string", true],
      ["opened", "date", false],
      ["amount", "number", false],
      ["Note", "string", false],
    ]);
    const built = schemaFromRows(engine, null, rows, "Sample");
    expect(built.schema!.fields[1]).toMatchObject({ format: "email", [PERSONAL_DATA]: true });
    expect(built.schema!.fields[2]).toMatchObject({ type: "date", format: "%d/%m/%Y" });
  });

  it("starts from a SharePoint list's own columns, leaving out SharePoint's housekeeping", () => {
    const rows = rowsFromListFields([
      { InternalName: "Title", Title: "Title", TypeAsString: "Text", Required: true },
      { InternalName: "DueDate", Title: "Due date", TypeAsString: "DateTime" },
      { InternalName: "Owner", Title: "Owner", TypeAsString: "User" },
      { InternalName: "Created", Title: "Created", TypeAsString: "DateTime", ReadOnlyField: true },
      { InternalName: "_UIVersionString", Title: "Version", TypeAsString: "Text", ReadOnlyField: true },
      { InternalName: "Secret", Title: "Secret", TypeAsString: "Text", Hidden: true },
    ]);
    expect(rows.map((r) => [r.name, r.type, r.personal, r.description])).toEqual([
      ["Title", "string", false, ""],
      ["DueDate", "datetime", false, "Due date"],
      ["Owner", "string", true, ""],
    ]);
    expect(schemaFromRows(engine, null, rows, "x").schema!.fields[0]).toEqual({ name: "Title", type: "string", constraints: { required: true } });
  });

  it("reports a stored schema that no longer reads, rather than dropping it", () => {
    expect(parseStoredSchema("{not json").problem).toMatch(/not valid JSON/);
    expect(parseStoredSchema('{"title":"x"}').problem).toMatch(/no list of fields/);
    expect(parseStoredSchema(null)).toEqual({ schema: null, problem: null });
    expect(personalFieldsOf(stored)).toEqual(["liable_party"]);
  });
});

describe("the exports", () => {
  it("write the register with every field, formula-safe", () => {
    const csv = registerCsv([asset({ name: "+cmd|' /C calc'!A0", heldFrom: "2019-04-01" })], "2026-11-20");
    const [header, row] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toContain('"Information asset owner (IAO)","Information asset manager (IAM)"');
    expect(row).toContain(`"'+cmd|' /C calc'!A0"`);
    expect(row).toContain('"01/04/2019","01/04/2025"');
  });

  it("write the ROPA-support extract for active assets holding personal data, with the Article 30 fields", () => {
    const csv = ropaCsv([asset({ key: "P" }), asset({ key: "N", personalData: "No" }), asset({ key: "U", personalData: null }), asset({ key: "D", status: "Disposed" })]);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    for (const column of ["Purposes of the processing", "Categories of individuals", "Categories of personal data", "Categories of recipients", "Transfers to third countries or international organisations", "Retention schedule", "Technical and organisational security measures"]) expect(lines[0]).toContain(`"${column}"`);
    expect(lines[1]!.startsWith('"P","Council tax accounts"')).toBe(true);
  });
});

describe("strategy figures", () => {
  const period = { start: "2026-10-01", end: "2026-12-31", label: "2026/27 Q3" };
  const review = (over: Partial<Review>): Review => ({ id: 1, assetKey: "A", assetName: "A", outcome: "Confirmed, no change", changes: "", reviewedOn: "2026-10-05", dueOn: "2026-10-10", reviewer: "Alex", ...over });
  const disposal = (over: Partial<Disposal>): Disposal => ({ id: 1, assetKey: "A", assetName: "A", disposedOn: "2026-11-01", method: "Secure destruction", recordsDisposed: "x", heldFromAfter: null, dueOn: null, certificate: "", recordedBy: "", ...over });
  const data = (over: Partial<AssetsData>): AssetsData => ({ assets: [], reviews: [], disposals: [], asOf: "2026-11-20", restrictedIncluded: true, ...over });

  it("offer three figures for data-ethics-m7 and m4", () => {
    expect(ASSET_FIGURES.map((f) => [f.measureKey, f.id])).toEqual([
      ["data-ethics-m7", "assets.documented"],
      ["data-ethics-m7", "assets.reviews-on-time"],
      ["data-ethics-m4", "assets.disposals-done"],
    ]);
  });

  it("count active assets fully documented, by service, and say when restricted ones are not counted", () => {
    const figure = documentedFigure(data({ assets: [asset({ key: "A" }), asset({ key: "B", manager: null }), asset({ key: "C", service: "Planning" }), asset({ key: "D", status: "Disposed", manager: null })], restrictedIncluded: false }));
    expect(figure.value).toBe(66.7);
    expect(figure.basis).toBe("2 of 3 assets fully documented (restricted assets are not counted: you cannot see them)");
    expect(figure.breakdown).toEqual([
      { label: "Planning", value: 100 },
      { label: "Revenues and Benefits", value: 50 },
    ]);
    expect(documentedFigure(data({})).value).toBeNull();
  });

  it("count reviews due in the period done on time, overdue ones as late, and those still to come as not yet due", () => {
    const figure = reviewsOnTimeFigure(
      data({
        assets: [asset({ key: "LATE", nextReviewDue: "2026-11-01" }), asset({ key: "COMING", nextReviewDue: "2026-12-15" }), asset({ key: "LATER", nextReviewDue: "2027-02-01" })],
        reviews: [review({ assetKey: "A", reviewedOn: "2026-10-05", dueOn: "2026-10-10" }), review({ assetKey: "B", reviewedOn: "2026-10-20", dueOn: "2026-10-10" }), review({ assetKey: "C", reviewedOn: "2026-09-20", dueOn: "2026-09-30" })],
      }),
      period,
    );
    expect(figure.value).toBe(33.3);
    expect(figure.basis).toBe("1 of 3 reviews due in 2026/27 Q3 done on time; 1 overdue, 1 still to come");
  });

  it("say plainly when the reader cannot see reviews or disposals, rather than show zero", () => {
    expect(reviewsOnTimeFigure(data({ reviews: null }), period)).toEqual({ value: null, basis: expect.stringContaining("sign in as one of them") });
    expect(disposalsFigure(data({ disposals: null }), period).value).toBeNull();
  });

  it("count disposals done in the period against those plus the ones due and not yet done", () => {
    const figure = disposalsFigure(
      data({
        assets: [asset({ key: "DUE", heldFrom: "2019-01-01", retentionMonths: 72 }), asset({ key: "NOT", heldFrom: "2024-01-01" }), asset({ key: "GONE", heldFrom: "2010-01-01", status: "Disposed" })],
        disposals: [disposal({ disposedOn: "2026-11-01" }), disposal({ disposedOn: "2026-10-02" }), disposal({ disposedOn: "2026-09-30" })],
      }),
      period,
    );
    expect(figure.value).toBe(66.7);
    expect(figure.basis).toBe("2 disposals done in 2026/27 Q3; 1 due and not yet done");
  });
});

describe("local mode's sample register", () => {
  const lists = samples({ today: new Date("2026-11-25T10:00:00Z"), siteUserIdOf: (role) => ({ "asset-owner": 13, manager: 12 })[role as string] ?? 14 });
  const items = (title: string) => (lists.find((l) => l.list.title === title)?.items() ?? []) as Record<string, unknown>[];
  const allAssets = [...items("DataAssets"), ...items("RestrictedDataAssets")];

  it("labels every asset and system as a sample, covering a district council's kinds of service", () => {
    expect(allAssets.length).toBeGreaterThanOrEqual(12);
    for (const a of allAssets) {
      expect(String(a.Title)).toMatch(/^Sample: /);
      expect(String(a.SystemName)).toMatch(/^Sample /);
      expect(String(a.AssetKey)).toMatch(/^SAMPLE-/);
    }
    expect(new Set(allAssets.map((a) => a.Service))).toEqual(new Set(["Revenues and Benefits", "Planning", "Waste and Recycling", "Housing", "Human Resources", "Finance"]));
    expect(new Set(allAssets.map((a) => a.AssetKey)).size).toBe(allAssets.length);
  });

  it("keeps flows touching a restricted asset with the restricted flows, and every flow names a sample asset", () => {
    const restrictedKeys = new Set(items("RestrictedDataAssets").map((a) => a.AssetKey));
    const keys = new Set(allAssets.map((a) => a.AssetKey));
    for (const f of items("DataAssetFlows")) {
      expect(restrictedKeys.has(f.FromAsset)).toBe(false);
      expect(restrictedKeys.has(f.ToAsset)).toBe(false);
    }
    expect(items("RestrictedDataAssetFlows").every((f) => restrictedKeys.has(f.FromAsset) || restrictedKeys.has(f.ToAsset))).toBe(true);
    for (const f of [...items("DataAssetFlows"), ...items("RestrictedDataAssetFlows")]) {
      expect(keys.has(f.FromAsset)).toBe(true);
      if (f.ToAsset) expect(keys.has(f.ToAsset)).toBe(true);
      else expect(String(f.Recipient)).toMatch(/^Sample: /);
    }
  });

  it("is the same every time for the same day", () => {
    const again = samples({ today: new Date("2026-11-25T10:00:00Z"), siteUserIdOf: (role) => ({ "asset-owner": 13, manager: 12 })[role as string] ?? 14 });
    expect(JSON.stringify(again.map((l) => l.items()))).toBe(JSON.stringify(lists.map((l) => l.items())));
  });
});
