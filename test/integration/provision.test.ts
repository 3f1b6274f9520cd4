import { spawn } from "node:child_process";
import path from "node:path";
import type { SPFI } from "@pnp/sp";
import type { ListDeclaration } from "../../manifest/schema";
import principles from "../../manifest/seed/principles.json";
import { SITE_LISTS } from "../../manifest/site";
import actions from "../../src/modules/actions/seed/actions.json";
import { SAMPLE_REPORTS } from "../../src/modules/dashboards/seed/sample-dashboards";
import terms from "../../src/modules/dictionary/seed/terms.json";
import { SEEDED_RETURNS } from "../../src/modules/kpis/seed/returns";
import policyDocuments from "../../src/modules/policies/seed/documents.json";
import measures from "../../src/modules/measures/seed/measures.json";
import courses from "../../src/modules/training/seed/courses.json";
import pathways from "../../src/modules/training/seed/pathways.json";
import { provision } from "../../scripts/provision/run";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

const ROOT = path.resolve(__dirname, "../..");
/**
 * What a new site must start with, read from the seed files themselves rather than from the seed
 * functions under test, so a module whose seed forgets a list fails here. Lists not named start empty.
 */
const EXPECTED_KEYS: Record<string, string[]> = {
  Principles: principles.map((p) => p.key),
  Actions: actions.map((a) => a.key),
  Measures: measures.map((m) => m.key),
  GlossaryTerms: terms.map((t) => t.key),
  Courses: courses.map((c) => c.key),
  Pathways: pathways.map((p) => p.key),
  Dashboards: SAMPLE_REPORTS.filter((r) => r.inCatalogue).map((r) => r.key),
  ReportingReturns: SEEDED_RETURNS.map((r) => r.key),
  ReportingStages: SEEDED_RETURNS.flatMap((r) => r.stages.map((stage) => `${r.key}|${stage.key}`)),
  PolicyDocuments: policyDocuments.map((d) => d.key),
};
const EXPECTED_ITEMS: Record<string, number> = Object.fromEntries(SITE_LISTS.map((l) => [l.title, EXPECTED_KEYS[l.title]?.length ?? 0]));
const LISTS = SITE_LISTS.length;
const FIELDS = SITE_LISTS.reduce((n, l) => n + l.fields.length, 0);
const ITEMS = Object.values(EXPECTED_ITEMS).reduce((n, c) => n + c, 0);
const VERSIONED = SITE_LISTS.filter((l) => l.versioning).length;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Provisions the tenant's site as the data lead, collecting what it prints. */
async function provisionSite(tenant: Tenant, dryRun = false) {
  const lines: string[] = [];
  const result = await provision({ siteUrl: tenant.siteUrl, tokens: clientsFor(tenant, "data-lead").tokens, dryRun, log: (line) => lines.push(line) });
  return { ...result, lines };
}

/** The real CLI, as `npm run provision` runs it. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/provision.ts", ...args], { cwd: ROOT, env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function seedKeysOn(sp: SPFI, list: ListDeclaration): Promise<string[]> {
  const items: Record<string, unknown>[] = await sp.web.lists.getByTitle(list.title).items.select(list.seedKey!).top(500)();
  return items.map((i) => String(i[list.seedKey!])).sort();
}

/** Every declared list, column (internal name, type, index, choices) and seed item, read back over REST. */
async function expectSiteToMatchDeclaration(sp: SPFI): Promise<void> {
  for (const list of SITE_LISTS) {
    const info: { ItemCount: number; EnableVersioning: boolean } = await sp.web.lists.getByTitle(list.title).select("ItemCount", "EnableVersioning")();
    expect({ list: list.title, items: info.ItemCount, versioning: info.EnableVersioning }).toEqual({ list: list.title, items: EXPECTED_ITEMS[list.title], versioning: Boolean(list.versioning) });
    const fields: Record<string, unknown>[] = await sp.web.lists.getByTitle(list.title).fields();
    for (const field of list.fields) {
      expect(fields.find((f) => f.InternalName === field.name)).toMatchObject({
        Title: field.title,
        TypeAsString: field.kind,
        Indexed: Boolean(field.indexed),
        Required: Boolean(field.required),
        ...(field.choices ? { Choices: [...field.choices] } : {}),
        ...(field.kind === "Text" ? { MaxLength: field.maxLength ?? 255 } : {}),
        ...(field.kind === "DateTime" ? { DisplayFormat: field.dateOnly ? 0 : 1 } : {}),
      });
    }
    if (list.seedKey) expect(await seedKeysOn(sp, list)).toEqual([...(EXPECTED_KEYS[list.title] ?? [])].sort());
  }
}

describe("provisioning an empty site", () => {
  // The tests build on each other, in order: dry run, first run, second run, repair.
  let tenant: Tenant;
  let lead: SPFI;

  beforeAll(async () => {
    tenant = await startTestTenant({ empty: true });
    lead = clientsFor(tenant, "data-lead").sp;
  });
  afterAll(() => tenant.close());

  it("prints the plan from the real CLI with --dry-run, and writes nothing", async () => {
    const { code, stdout, stderr } = await runCli(["--site", tenant.siteUrl, "--dry-run"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain('Create the list "Principles" at Lists/Principles.');
    expect(stdout).toContain('Add the column "Due date" (DueDate, date, indexed) to "Actions".');
    expect(stdout).toContain(`Add ${EXPECTED_ITEMS.GlossaryTerms} seed items to "GlossaryTerms"`);
    expect(stdout).toContain("not applied by this command yet");
    expect(stdout).toContain(`Dry run, nothing was written. It would provision: ${plural(LISTS, "list")}, ${plural(FIELDS, "field")} to add, 0 indexes to set, ${plural(ITEMS, "item")} to add`);
    expect(await lead.web.lists()).toEqual([]);
  });

  it("creates the declared lists, columns, indexes and seed content", async () => {
    const { summary, counts, lines } = await provisionSite(tenant);
    expect(counts).toEqual({ "create-list": LISTS, "set-versioning": VERSIONED, "add-field": FIELDS, "set-index": 0, "update-choices": 0, "add-item": ITEMS });
    expect(summary).toBe(`Provisioned: ${plural(LISTS, "list")}, ${plural(FIELDS, "field")} added, 0 indexes set, ${plural(ITEMS, "item")} added, version history turned on for ${plural(VERSIONED, "list")}.`);
    expect(lines).toContain('Add 30 seed items to "Actions": data-quality-1, data-quality-2, data-quality-3 and 27 more.');
    await expectSiteToMatchDeclaration(lead);
  });

  it("changes nothing on a second run, and says so", async () => {
    const { plan, summary, lines } = await provisionSite(tenant);
    expect(plan).toEqual({ steps: [], warnings: [] });
    expect(summary).toBe("Nothing to change: the site matches the declaration.");
    expect(lines.at(-1)).toBe(summary);
    await expectSiteToMatchDeclaration(lead);
  });

  it("restores an index removed by hand, and touches nothing else", async () => {
    const dueDate = () => lead.web.lists.getByTitle("Actions").fields.getByInternalNameOrTitle("DueDate");
    await dueDate().update({ Indexed: false });
    expect(((await dueDate()()) as { Indexed: boolean }).Indexed).toBe(false);

    const { plan, summary } = await provisionSite(tenant);
    expect(plan.steps).toEqual([{ kind: "set-index", list: "Actions", field: "DueDate" }]);
    expect(summary).toBe("Provisioned: 0 lists, 0 fields added, 1 index set, 0 items added.");
    await expectSiteToMatchDeclaration(lead);
  });
});

describe("provisioning when SharePoint throttles", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await startTestTenant({ empty: true });
  });
  afterAll(() => tenant.close());

  it("waits out a 429 mid-run and adds every seed item exactly once", async () => {
    // On an empty site nothing touches items until seeding starts, so this lands mid-run, inside the first batch.
    tenant.faults.add({ api: "sp", pathContains: "items", status: 429, retryAfter: 1, count: 1 });
    const { counts, lines } = await provisionSite(tenant);
    expect(tenant.faults.list()).toEqual([]);
    expect(lines).toContain("  SharePoint asked for a pause (429); trying 1 item again in 1 s.");
    expect(counts["add-item"]).toBe(ITEMS);
    await expectSiteToMatchDeclaration(clientsFor(tenant, "data-lead").sp);
  });
});

describe("provisioning a site the local tenant seeded itself", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await startTestTenant();
  });
  afterAll(() => tenant.close());

  it("finds nothing to change: the tenant and provisioning read the same declaration alike", async () => {
    const { plan } = await provisionSite(tenant, true);
    expect(plan).toEqual({ steps: [], warnings: [] });
  });
});
