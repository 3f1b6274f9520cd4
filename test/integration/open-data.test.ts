import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import type { Browser } from "playwright-core";
import { addItem } from "../../src/core/data/lists";
import { assetsList } from "../../src/modules/assets";
import { bytesSource } from "../../src/modules/quality";
import { loadDatasets, loadTransparencyReturns } from "../../src/modules/open-data/data/datasets-data";
import { loadPublications, loadPublicationsForReturn, recordPublication } from "../../src/modules/open-data/data/publications-data";
import { readDataTable } from "../../src/modules/open-data/data/read-table";
import { cataloguePages } from "../../src/modules/open-data/domain/catalogue";
import { blockingChecks, checkTable, type CheckId, type CheckOptions, type Override } from "../../src/modules/open-data/domain/checks";
import { blankMetadata, type PublicationMetadata } from "../../src/modules/open-data/domain/metadata";
import { buildPackage, summariseChecks } from "../../src/modules/open-data/domain/package";
import { fixedBeforePublication } from "../../src/modules/open-data/domain/publication";
import type { OpenDataSchema } from "../../src/modules/open-data/domain/table";
import { publicationsList } from "../../src/modules/open-data/lists";
import { measures } from "../../src/modules/open-data/measures";
import csvwSchema from "../../src/modules/open-data/schemas/csvw-metadata.schema.json";
import dcatSchema from "../../src/modules/open-data/schemas/dcat-dataset.schema.json";
import type { PersonaId } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, launchBrowser } from "../support/browser";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const sp = (persona: PersonaId) => clientsFor(tenant, persona).sp;
const fixture = (name: string) => readFileSync(`${__dirname}/../fixtures/open-data/${name}`);
const SPEND_SCHEMA = fixture("spend.schema.json").toString("utf8");
const options: CheckOptions = { runDate: "2026-12-02", suppress: false };

/** What the Prepare screen does: the file read in the browser, checked against the dataset's schema from the register. */
async function check(file: string, schemaJson: string, extra: Partial<CheckOptions> = {}) {
  const read = await readDataTable(bytesSource(new Uint8Array(fixture(file)), file));
  const schema = JSON.parse(schemaJson) as OpenDataSchema;
  return { ...checkTable(read.table, schema, { ...options, ...extra }), columns: read.table.columns, schema };
}

const metadata: PublicationMetadata = {
  ...blankMetadata(),
  title: "Spend over £500, July 2026",
  description: "Every payment over £500 the council made in July 2026, as the Local Government Transparency Code 2015 requires.",
  identifier: "https://www.havant.gov.uk/open-data/spend-over-500",
  periodStart: "2026-07-01",
  periodEnd: "2026-07-31",
  frequency: "R/P1M",
  conformsTo: "https://schemas.opendata.esd.org.uk/Spend",
  fileName: "spend-2026-07.csv",
};

describe("open data against the local tenant", () => {
  it("offers the asset register's datasets with their schemas, and the calendar's Transparency Code returns", async () => {
    await addItem(sp("data-lead"), assetsList, { Title: "Spend over £500", AssetKey: "OD-SPEND-500", AssetKind: "System data", TableSchema: SPEND_SCHEMA });
    const datasets = await loadDatasets(sp("asset-owner"));
    const spend = datasets.find((d) => d.key === "OD-SPEND-500");
    expect(spend?.schemaJson).toBe(SPEND_SCHEMA);
    const returns = await loadTransparencyReturns(sp("asset-owner"));
    expect(returns.map((r) => r.key)).toContain("transparency-spend-over-500");
    expect(returns.every((r) => r.key.startsWith("transparency-"))).toBe(true);
  });

  it("is blocked by each check in turn, then published once fixed, and the record keeps counts, never values", async () => {
    const schemaJson = (await loadDatasets(sp("asset-owner"))).find((d) => d.key === "OD-SPEND-500")!.schemaJson!;
    const failedEarlier = new Set<CheckId>();
    const attempt = async (file: string) => {
      const result = await check(file, schemaJson);
      result.checks.filter((c) => !c.passed).forEach((c) => failedEarlier.add(c.id));
      return result;
    };
    expect(blockingChecks((await attempt("spend-invalid.csv")).checks, [])).toEqual(["schema"]);
    expect(blockingChecks((await attempt("spend-personal.csv")).checks, [])).toEqual(["personal-data"]);
    const counts = await check("homelessness.csv", fixture("homelessness.schema.json").toString("utf8"));
    expect(blockingChecks(counts.checks, [])).toEqual(["small-numbers"]);

    const fixed = await attempt("spend-clean.csv");
    expect(blockingChecks(fixed.checks, [])).toEqual([]);
    const issued = "2026-08-20T09:30:00.000Z";
    const pkg = buildPackage({ metadata, schema: fixed.schema, columns: fixed.columns, rows: fixed.published, rule: fixed.rule, issued });
    const saved = await recordPublication(sp("asset-owner"), {
      Title: metadata.title,
      PublicationKey: "spend-2026-07-2026-08-20-abc123",
      AssetKey: "OD-SPEND-500",
      FileName: metadata.fileName,
      Description: metadata.description,
      Identifier: metadata.identifier,
      LicenceUri: metadata.licenceUri,
      LicenceTitle: metadata.licenceTitle,
      Publisher: metadata.publisher,
      PeriodStart: metadata.periodStart,
      PeriodEnd: metadata.periodEnd,
      Frequency: metadata.frequency,
      ConformsTo: metadata.conformsTo,
      PublishedOn: issued,
      RowCount: fixed.published.length,
      ChecksSummary: JSON.stringify(summariseChecks(fixed.checks, [])),
      FixedChecks: fixedBeforePublication(failedEarlier, fixed.checks, []),
      OverrideCount: 0,
      Overrides: "[]",
      SuppressedCells: 0,
      DisclosureRule: fixed.rule,
      ReturnKey: "transparency-spend-over-500",
      DueDate: "2026-08-31",
    });
    expect(saved).toMatchObject({ title: metadata.title, rows: 4, fixedChecks: 2, returnKey: "transparency-spend-over-500" });
    expect(saved.publishedBy).toBeTruthy();
    expect(saved.checks.map((c) => c.status)).toEqual(["passed", "passed", "passed"]);
    // The formula-looking purpose is neutralised in the published CSV.
    expect(pkg.files["spend-2026-07.csv"]).toContain(`"'=Consultancy, refund"`);

    // A retried save (the answer was lost) adds nothing: the record under the key comes back.
    const again = await recordPublication(sp("asset-owner"), { Title: metadata.title, PublicationKey: "spend-2026-07-2026-08-20-abc123", FileName: metadata.fileName, PublishedOn: issued });
    expect(again.id).toBe(saved.id);
    const everyone = await loadPublications(sp("staff"));
    expect(everyone.filter((p) => p.key === "spend-2026-07-2026-08-20-abc123")).toHaveLength(1);
  });

  it("an override is recorded with who and why, and its publication counts in the figures", async () => {
    const result = await check("spend-personal.csv", SPEND_SCHEMA);
    const overrides: Override[] = [{ check: "personal-data", by: "Dana Lead", reason: "Mrs J Smith trades as a sole trader: business spend is published" }];
    expect(blockingChecks(result.checks, overrides)).toEqual([]);
    const saved = await recordPublication(sp("data-lead"), {
      Title: "Spend over £500, August 2026",
      PublicationKey: "spend-2026-08-2026-09-25-def456",
      FileName: "spend-2026-08.csv",
      PublishedOn: "2026-09-25T09:00:00.000Z",
      ChecksSummary: JSON.stringify(summariseChecks(result.checks, overrides)),
      Overrides: JSON.stringify(overrides),
      OverrideCount: 1,
      ReturnKey: "transparency-spend-over-500",
      DueDate: "2026-09-20",
    });
    expect(saved.overrides).toEqual(overrides);
    expect(saved.checks.find((c) => c.id === "personal-data")).toEqual({ id: "personal-data", status: "overridden", total: 2, rows: [{ row: 3, column: "BeneficiaryName" }, { row: 4, column: "Purpose" }] });
    const stored = JSON.stringify(await loadPublications(sp("staff")));
    expect(stored).not.toMatch(/bloggs|jo…@/);

    const data = await measures.load({ sp: sp("data-lead"), graph: clientsFor(tenant, "data-lead").graph }, { start: "2026-07-01", end: "2026-09-30", label: "2026/27 Q2" });
    const q2 = { start: "2026-07-01", end: "2026-09-30", label: "2026/27 Q2" };
    const value = (id: string) => measures.figures.find((f) => f.id === id)!.compute(data, q2).value;
    expect(value("open-data.published")).toBe(2);
    expect(value("open-data.overrides")).toBe(1);
    expect(value("open-data.fixed-before-publication")).toBe(50);
    expect(value("open-data.transparency-on-time")).toBe(50);

    // The calendar's return page lists the publications that answer it, newest first.
    const forReturn = await loadPublicationsForReturn(sp("staff"), "transparency-spend-over-500");
    expect(forReturn.map((p) => [p.fileName, p.dueDate])).toEqual([["spend-2026-08.csv", "2026-09-20"], ["spend-2026-07.csv", "2026-08-31"]]);
    expect(await loadPublicationsForReturn(sp("staff"), "transparency-contracts")).toEqual([]);
  });

  it("only publishers record publications, and nobody edits a record", async () => {
    await expect(sp("staff").web.lists.getByTitle(publicationsList.title).items.add({ Title: "Mine", PublicationKey: "staff-1", FileName: "x.csv", PublishedOn: "2026-09-01T00:00:00Z" })).rejects.toMatchObject({ status: 403 });
    const [record] = await loadPublications(sp("asset-owner"));
    await expect(sp("asset-owner").web.lists.getByTitle(publicationsList.title).items.getById(record!.id).update({ RowCount: 1 })).rejects.toMatchObject({ status: 403 });
  });

  it("the package's CSVW and DCAT validate against their JSON schemas", async () => {
    const counts = await check("homelessness.csv", fixture("homelessness.schema.json").toString("utf8"), { suppress: true, roundToFive: true });
    const pkg = buildPackage({ metadata: { ...metadata, fileName: "homelessness.csv", baseUrl: "https://www.havant.gov.uk/open-data/" }, schema: counts.schema, columns: counts.columns, rows: counts.published, rule: counts.rule, issued: "2026-10-01T00:00:00Z" });
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const csvw = JSON.parse(pkg.files["homelessness.csv-metadata.json"]!);
    const dcat = JSON.parse(pkg.files["homelessness.dcat.jsonld"]!);
    expect(ajv.validate(csvwSchema, csvw) ? [] : ajv.errors).toEqual([]);
    expect(ajv.validate(dcatSchema, dcat) ? [] : ajv.errors).toEqual([]);
    expect(csvw.url).toBe("https://www.havant.gov.uk/open-data/homelessness.csv");
    expect(dcat["dcat:distribution"][0]["dcat:downloadURL"]["@id"]).toBe("https://www.havant.gov.uk/open-data/homelessness.csv");
  });

  describe("the residents' catalogue in a browser", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);
    afterAll(() => browser?.close());

    it("its index and dataset pages pass axe (WCAG 2.2 AA) and run no script", async () => {
      const pages = cataloguePages(await loadPublications(sp("staff")));
      expect(Object.keys(pages)).toEqual(expect.arrayContaining(["index.html", "spend-2026-07.html", "spend-2026-08.html"]));
      const page = await browser.newPage();
      for (const [name, html] of Object.entries(pages).filter(([n]) => n === "index.html" || n === "spend-2026-07.html")) {
        expect(html).not.toMatch(/<script/i);
        await page.setContent(html);
        expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
        await page.emulateMedia({ colorScheme: "dark" });
        expect({ name, dark: await axeViolations(page) }).toEqual({ name, dark: [] });
        await page.emulateMedia({ colorScheme: "light" });
      }
      await page.close();
    }, 60_000);
  });
});
