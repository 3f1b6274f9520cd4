import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { unzipSync } from "fflate";
import { bytesSource } from "../../src/modules/quality";
import { readDataTable } from "../../src/modules/open-data/data/read-table";
import { blockingChecks, checkTable, overrideProblem, statusOf } from "../../src/modules/open-data/domain/checks";
import { blankMetadata, metadataErrors, type PublicationMetadata, safeFileName } from "../../src/modules/open-data/domain/metadata";
import { buildPackage, csvwDateFormat, csvwName, publishedCsv, summariseChecks } from "../../src/modules/open-data/domain/package";
import { cataloguePages, escapeHtml } from "../../src/modules/open-data/domain/catalogue";
import type { OpenDataSchema } from "../../src/modules/open-data/domain/table";
import csvwSchema from "../../src/modules/open-data/schemas/csvw-metadata.schema.json";
import dcatSchema from "../../src/modules/open-data/schemas/dcat-dataset.schema.json";

const fixture = (name: string) => readFileSync(`${__dirname}/../fixtures/open-data/${name}`);
const schemaOf = (name: string) => JSON.parse(fixture(name).toString("utf8")) as OpenDataSchema;
const tableFrom = async (name: string) => (await readDataTable(bytesSource(new Uint8Array(fixture(name)), name))).table;
const options = { runDate: "2026-12-02", suppress: false };

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validCsvw = ajv.compile(csvwSchema);
const validDcat = ajv.compile(dcatSchema);

const metadata: PublicationMetadata = {
  ...blankMetadata(),
  title: "Homelessness decisions by ward, 2026/27 Q2",
  description: "Decisions the council made on homelessness applications, counted by ward and by the duty owed, for the quarter.",
  identifier: "https://www.havant.gov.uk/open-data/homelessness-decisions",
  periodStart: "2026-07-01",
  periodEnd: "2026-09-30",
  conformsTo: "https://www.havant.gov.uk/open-data/schemas/homelessness.json",
  fileName: "homelessness-2026-q2.csv",
};

describe("the checks before publication", () => {
  it("a clean spend file passes all three", async () => {
    const result = checkTable(await tableFrom("spend-clean.csv"), schemaOf("spend.schema.json"), options);
    expect(result.checks.map((c) => [c.id, c.passed])).toEqual([["schema", true], ["personal-data", true], ["small-numbers", true]]);
    expect(blockingChecks(result.checks, [])).toEqual([]);
  });

  it("a file that breaks its schema fails the schema check, with the rows concerned", async () => {
    const result = checkTable(await tableFrom("spend-invalid.csv"), schemaOf("spend.schema.json"), options);
    const schema = result.checks[0]!;
    expect(schema.passed).toBe(false);
    expect(schema.summary).toMatch(/broken/);
    expect(schema.rows.map((r) => [r.row, r.column]).sort()).toEqual([[2, "Amount"], [2, "PaymentDate"], [3, "Purpose"]]);
    expect(blockingChecks(result.checks, [])).toEqual(["schema"]);
  });

  it("personal data fails its check, naming rows and columns; an override with who and why lets it through", async () => {
    const result = checkTable(await tableFrom("spend-personal.csv"), schemaOf("spend.schema.json"), options);
    const personal = result.checks[1]!;
    expect(personal.passed).toBe(false);
    expect(personal.rows.map((r) => [r.row, r.column])).toEqual([[3, "BeneficiaryName"], [4, "Purpose"]]);
    expect(JSON.stringify(personal)).not.toContain("bloggs@");
    expect(statusOf(personal, [{ check: "personal-data", by: "Dana Lead", reason: "Sole trader, business spend" }])).toBe("overridden");
    expect(blockingChecks(result.checks, [{ check: "personal-data", by: "Dana Lead", reason: "Sole trader, business spend" }])).toEqual([]);
    expect(overrideProblem("ok")).not.toBeNull();
    expect(overrideProblem("Mrs Smith trades as a sole trader")).toBeNull();
  });

  it("small numbers fail unless suppressed; suppressed, they are published as * with the rule recorded", async () => {
    const table = await tableFrom("homelessness.csv");
    const blocked = checkTable(table, schemaOf("homelessness.schema.json"), options);
    expect(blocked.checks[2]!.passed).toBe(false);
    expect(blocked.checks[2]!.summary).toMatch(/1 count is below 5 \(the council's disclosure control policy/);
    expect(blocked.rule).toBeNull();
    expect(blocked.published[0]).toEqual(["Bedhampton", "12", "3", "25"]);

    const fixed = checkTable(table, schemaOf("homelessness.schema.json"), { ...options, suppress: true });
    expect(fixed.checks[2]!.passed).toBe(true);
    expect(fixed.published[0]![2]).toBe("*");
    expect(fixed.published.flat().filter((v) => v === "*").length).toBe(4);
    expect(fixed.rule).toMatch(/threshold 5: the council's disclosure control policy/);
  });

  it("a grouped table has no small numbers; --min-count raises the threshold", async () => {
    const table = await tableFrom("homelessness-grouped.csv");
    expect(checkTable(table, schemaOf("homelessness.schema.json"), options).checks[2]!.passed).toBe(true);
    expect(checkTable(table, schemaOf("homelessness.schema.json"), { ...options, minCount: 20 }).checks[2]!.passed).toBe(false);
  });

  it("what is saved of the checks holds rows and columns, never values", async () => {
    const result = checkTable(await tableFrom("spend-personal.csv"), schemaOf("spend.schema.json"), options);
    const saved = JSON.stringify(summariseChecks(result.checks, []));
    expect(saved).not.toMatch(/Smith|bloggs|jo…/);
    expect(saved).toContain('"status":"failed"');
  });
});

describe("the package", () => {
  const build = async () => {
    const result = checkTable(await tableFrom("homelessness.csv"), schemaOf("homelessness.schema.json"), { ...options, suppress: true });
    return { result, pkg: buildPackage({ metadata, schema: schemaOf("homelessness.schema.json"), columns: ["Ward", "Prevention", "Relief", "MainDuty"], rows: result.published, rule: result.rule, issued: "2026-12-02T10:00:00Z" }) };
  };

  it("CSVW and DCAT validate against their JSON schemas", async () => {
    const { pkg } = await build();
    const csvw = JSON.parse(pkg.files["homelessness-2026-q2.csv-metadata.json"]!);
    const dcat = JSON.parse(pkg.files["homelessness-2026-q2.dcat.jsonld"]!);
    expect(validCsvw(csvw) ? [] : validCsvw.errors).toEqual([]);
    expect(validDcat(dcat) ? [] : validDcat.errors).toEqual([]);
    expect(csvw["dc:license"]["@id"]).toBe("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    expect(csvw.tableSchema.columns[2]).toEqual({ name: "Relief", titles: "Relief", datatype: "integer", null: ["", "*"] });
    expect(dcat["dct:accrualPeriodicity"]).toBe("R/P3M");
    expect(dcat["dct:temporal"]["dcat:startDate"]["@value"]).toBe("2026-07-01");
    expect(dcat["dct:provenance"]["dct:description"]).toMatch(/^Disclosure control: Counts from 1 to 4/);
    // The schemas can fail: a DCAT without a licence is refused.
    const withoutLicence = { ...dcat };
    delete withoutLicence["dct:license"];
    expect(validDcat(withoutLicence)).toBe(false);
    expect(validCsvw({ ...csvw, tableSchema: { columns: [{ name: "bad name", titles: "x", datatype: "string" }] } })).toBe(false);
  });

  it("zips deterministically: the same publication gives the same bytes", async () => {
    const first = (await build()).pkg;
    const second = (await build()).pkg;
    expect(Buffer.from(first.zip).equals(Buffer.from(second.zip))).toBe(true);
    expect(Object.keys(unzipSync(first.zip)).sort()).toEqual(["homelessness-2026-q2.csv", "homelessness-2026-q2.csv-metadata.json", "homelessness-2026-q2.dcat.jsonld"]);
    expect(first.zipName).toBe("homelessness-2026-q2.zip");
    // The BOM, then Relief's 3, its row's smallest (12) and its column's smallest (27), and 18 to pair 12.
    expect(Buffer.from(unzipSync(first.zip)["homelessness-2026-q2.csv"]!).toString("utf8")).toBe("\uFEFFWard,Prevention,Relief,MainDuty\r\nBedhampton,*,*,25\r\nEmsworth,30,40,22\r\nHayling East,*,*,35\r\nWaterloo,50,60,70\r\n");
  });

  it("the CSV is RFC 4180 and formula-safe, keeping negative amounts as numbers", () => {
    const schema: OpenDataSchema = { fields: [{ name: "Purpose" }, { name: "Amount", type: "number" }] };
    expect(publishedCsv(["Purpose", "Amount"], [["=Consultancy, refund", "-3200.00"], ['Say "hi"', "12"], ["-1+1", "=1+1"]], schema)).toBe('\uFEFFPurpose,Amount\r\n"\'=Consultancy, refund",-3200.00\r\n"Say ""hi""",12\r\n"\'-1+1","\'=1+1"\r\n');
  });

  it("CSVW names and date formats", () => {
    expect(csvwName("Payment date")).toBe("Payment%20date");
    expect(csvwName("Amount")).toBe("Amount");
    expect(csvwDateFormat("%d/%m/%Y")).toBe("dd/MM/yyyy");
    expect(csvwDateFormat("%b %Y")).toBeNull();
  });

  it("metadata is checked in plain English", () => {
    expect(metadataErrors(metadata)).toEqual({});
    const errors = metadataErrors({ ...blankMetadata(), periodStart: "2026-07-01", periodEnd: "2026-06-01", conformsTo: "javascript:alert(1)" });
    expect(errors.title).toBe("Enter a title.");
    expect(errors.periodEnd).toBe("The period cannot end before it starts.");
    expect(errors.conformsTo).toMatch(/schema's web address/);
    expect(safeFileName("Spend Q2 2026.xlsx")).toBe("spend-q2-2026.csv");
  });
});

describe("the residents' catalogue", () => {
  const entry = {
    ...metadata,
    title: 'Spend <script>alert("x")</script> & more',
    issued: "2026-12-02T10:00:00Z",
    rows: 4,
    rule: "",
    licenceUri: "javascript:alert(1)",
  };

  it("escapes every text and refuses unsafe links", () => {
    const pages = cataloguePages([entry]);
    expect(Object.keys(pages).sort()).toEqual(["homelessness-2026-q2.html", "index.html"]);
    const page = pages["homelessness-2026-q2.html"]!;
    expect(page).not.toContain("<script");
    expect(page).toContain("Spend &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
    expect(page).not.toContain("javascript:");
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain("<caption>");
    expect(page).toContain("01/07/2026 to 30/09/2026");
    expect(page).toContain('href="homelessness-2026-q2.csv-metadata.json"');
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });

  it("leaves out a record whose file name could run script or escape the folder", () => {
    const pages = cataloguePages([entry, { ...entry, fileName: "javascript:alert(1)" }, { ...entry, fileName: "../../etc/x.csv" }]);
    expect(Object.keys(pages).sort()).toEqual(["homelessness-2026-q2.html", "index.html"]);
    expect(pages["index.html"]).not.toContain("javascript:");
  });

  it("keeps one page per file name, the newest, in an index sorted by title", () => {
    const older = { ...entry, title: "Older", issued: "2026-09-01T10:00:00Z" };
    const other = { ...entry, title: "A dataset", fileName: "a.csv" };
    const pages = cataloguePages([older, entry, other]);
    expect(pages["homelessness-2026-q2.html"]).not.toContain("Older");
    expect(pages["index.html"]!.indexOf("A dataset")).toBeLessThan(pages["index.html"]!.indexOf("Spend &lt;"));
  });
});
