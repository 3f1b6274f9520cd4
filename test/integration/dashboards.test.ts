import { parseConfig } from "../../src/core/auth/config";
import { addDashboard, getDashboard, loadCatalogue, saveDashboard } from "../../src/modules/dashboards/data/catalogue-data";
import { createPowerBiApi, PowerBiApiError } from "../../src/modules/dashboards/data/powerbi-api";
import { loadUsage, recordOpen } from "../../src/modules/dashboards/data/usage-data";
import { periodOf, summariseUsage } from "../../src/modules/dashboards/domain/usage";
import { SAMPLE_REPORTS, SAMPLE_RESTRICTED_WORKSPACE_ID, SAMPLE_WORKSPACE_ID } from "../../src/modules/dashboards/seed/sample-dashboards";
import { PERSONA_IDS, personForPersona } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

describe("the dashboard catalogue list", () => {
  it("is seeded with clearly labelled sample entries pointing at the stand-in's sample reports", async () => {
    const catalogue = await loadCatalogue(clientsFor(tenant, "staff").sp);
    expect(catalogue.length).toBeGreaterThanOrEqual(3);
    for (const d of catalogue) {
      expect(d.title).toMatch(/^Sample report/);
      expect(d.description).toMatch(/Not council data/);
      const sample = SAMPLE_REPORTS.find((r) => r.id === d.reportId);
      expect(sample).toBeDefined();
      expect(d.workspaceId).toBe(sample!.workspaceId);
    }
    const departments = new Set(PERSONA_IDS.map((p) => personForPersona(p).department));
    for (const d of catalogue) if (d.department) expect(departments).toContain(d.department);
    expect(catalogue.find((d) => d.department === "Customer Services")?.departmentFilter).toEqual({ table: "Service", column: "Department" });
  });

  it("lets the data lead add and edit entries (with the ETag loaded) and refuses everyone else", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const added = await addDashboard(lead, { Title: "Sample report: Strategy Unit", WorkspaceId: SAMPLE_WORKSPACE_ID, ReportId: SAMPLE_REPORTS[3]!.id, Department: "Strategy Unit", IsActive: true, Audience: ["Managers"] });
    expect(added).toMatchObject({ title: "Sample report: Strategy Unit", ownerName: personForPersona("data-lead").displayName, audience: ["Managers"] });

    const stale = await getDashboard(lead, added.id);
    const saved = await saveDashboard(lead, stale, { Description: "Picked from the workspace" });
    expect(saved.description).toBe("Picked from the workspace");
    await expect(saveDashboard(lead, stale, { Description: "Overwritten?" })).rejects.toMatchObject({ status: 412, current: { description: "Picked from the workspace" } });
    expect((await getDashboard(lead, added.id)).description).toBe("Picked from the workspace");

    await expect(addDashboard(clientsFor(tenant, "manager").sp, { Title: "Mine", WorkspaceId: SAMPLE_WORKSPACE_ID, ReportId: SAMPLE_REPORTS[0]!.id })).rejects.toMatchObject({ status: 403 });
  });
});

describe("dashboard engagement, without personal data", () => {
  it("counts concurrent opens exactly, one counter per dashboard, department and month (412s retried)", async () => {
    const when = new Date("2026-11-25T10:00:00Z");
    const openers = ["staff", "manager", "asset-owner", "data-lead", "focus-group", "councillor", "staff", "manager"] as const;
    await Promise.all(openers.map((p) => recordOpen(clientsFor(tenant, p).sp, 101, personForPersona(p).department, when)));
    const rows = await loadUsage(clientsFor(tenant, "data-lead").sp, [periodOf(when)]);
    const usage = summariseUsage(rows).get(101)!;
    expect(usage.total).toBe(openers.length);
    expect(usage.byDepartment).toContainEqual({ department: "Customer Services", opens: 4 });
    // First opens that race each create a counter (readers add them all up); after that, opens
    // increment the earliest counter instead of adding items: no item per open.
    const countersBefore = rows.filter((r) => r.dashboardId === 101).length;
    for (let i = 0; i < 5; i++) await recordOpen(clientsFor(tenant, "asset-owner").sp, 101, "Digital", when);
    const after = await loadUsage(clientsFor(tenant, "data-lead").sp, [periodOf(when)]);
    expect(after.filter((r) => r.dashboardId === 101)).toHaveLength(countersBefore);
    expect(summariseUsage(after).get(101)!.total).toBe(openers.length + 5);
  });

  it("keeps one counter per dashboard, department and month when opens do not race", async () => {
    const when = new Date("2026-11-25T10:00:00Z");
    for (const p of ["manager", "staff", "manager", "asset-owner"] as const) await recordOpen(clientsFor(tenant, p).sp, 102, personForPersona(p).department, when);
    const rows = (await loadUsage(clientsFor(tenant, "data-lead").sp, [periodOf(when)])).filter((r) => r.dashboardId === 102);
    expect(rows.map((r) => [r.department, r.opens]).sort()).toEqual([["Customer Services", 3], ["Digital", 1]]);
  });

  it("keeps nothing about who opened what beyond SharePoint's own stamps", async () => {
    const raw = await rawRequest(tenant, "data-lead", "/sites/datahub/_api/web/lists/getByTitle('DashboardUsage')/items?$top=1", { headers: { Accept: "application/json;odata=nometadata" } });
    const [item] = (raw.json() as { value: Record<string, unknown>[] }).value;
    const custom = Object.keys(item!).filter((k) => !["Id", "ID", "Title", "Created", "Modified", "AuthorId", "EditorId", "GUID", "FileSystemObjectType", "ContentTypeId", "ServerRedirectedEmbedUri", "ServerRedirectedEmbedUrl", "Attachments", "OData__UIVersionString", "ComplianceAssetId"].includes(k));
    expect(custom.sort()).toEqual(["DashboardId", "Department", "Opens", "Period"]);
  });
});

describe("the Power BI REST API stand-in", () => {
  const api = (persona: Parameters<typeof clientsFor>[1]) => createPowerBiApi(clientsFor(tenant, persona).tokens, tenant.origin);

  it("lists a workspace's reports as api.powerbi.com does, with embed URLs at the local embed page", async () => {
    const reports = await api("data-lead").listReports(SAMPLE_WORKSPACE_ID);
    expect(reports.map((r) => r.name)).toEqual(SAMPLE_REPORTS.filter((r) => r.workspaceId === SAMPLE_WORKSPACE_ID).map((r) => r.name).sort((a, b) => a.localeCompare(b, "en-GB")));
    expect(reports[0]!.embedUrl).toMatch(new RegExp(`^${tenant.origin}/_local/powerbi/reportEmbed\\?reportId=[0-9a-f-]{36}&groupId=${SAMPLE_WORKSPACE_ID}$`));
    const raw = await rawRequest(tenant, "manager", `/v1.0/myorg/groups/${SAMPLE_WORKSPACE_ID}/reports`);
    expect(raw.json()).toMatchObject({ "@odata.context": expect.stringContaining("/v1.0/myorg/groups/"), value: expect.arrayContaining([expect.objectContaining({ reportType: "PowerBIReport", datasetId: expect.any(String), webUrl: expect.any(String) })]) });
  });

  it("lists a report's pages for the opening-page picker", async () => {
    expect(await api("data-lead").listPages(SAMPLE_WORKSPACE_ID, SAMPLE_REPORTS[0]!.id)).toEqual([
      { name: "ReportSection1", displayName: "Overview", order: 0 },
      { name: "ReportSection2", displayName: "Trends", order: 1 },
      { name: "ReportSection3", displayName: "Details", order: 2 },
    ]);
  });

  it("refuses a workspace the person is not a member of, and one that does not exist, with Power BI's codes", async () => {
    await expect(api("manager").listReports(SAMPLE_RESTRICTED_WORKSPACE_ID)).rejects.toEqual(new PowerBiApiError(401, "PowerBINotAuthorizedException"));
    await expect(api("data-lead").listReports(SAMPLE_RESTRICTED_WORKSPACE_ID)).resolves.toHaveLength(1);
    await expect(api("data-lead").listReports("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ status: 404, code: "PowerBIEntityNotFound" });
    expect((await rawRequest(tenant, null, `/v1.0/myorg/groups/${SAMPLE_WORKSPACE_ID}/reports`)).status).toBe(401);
  });

  it("is routed before Graph: /v1.0/myorg/ is Power BI, everything else under /v1.0/ is still Graph", async () => {
    const powerBi = await rawRequest(tenant, "manager", "/v1.0/myorg/groups");
    expect(powerBi.json()).toMatchObject({ "@odata.context": `${tenant.origin}/v1.0/myorg/$metadata#groups`, value: [{ id: SAMPLE_WORKSPACE_ID, type: "Workspace" }] });
    const me = await rawRequest(tenant, "manager", "/v1.0/me?$select=displayName,department");
    expect(me.json()).toMatchObject({ displayName: "Morgan Ellis", department: "Customer Services" });
    // Only the whole segment "myorg" is Power BI's.
    const notPowerBi = await rawRequest(tenant, "manager", "/v1.0/myorganisation");
    expect(notPowerBi.json()).toMatchObject({ error: { code: expect.any(String), innerError: expect.anything() } });
    // And Graph's own clients still work.
    expect(await clientsFor(tenant, "manager").graph.get<{ department: string }>("/me?$select=department")).toMatchObject({ department: "Customer Services" });
  });
});

describe("the embed page stand-in", () => {
  it("serves a clearly labelled sample report page", async () => {
    const page = await rawRequest(tenant, null, `/_local/powerbi/reportEmbed?reportId=${SAMPLE_REPORTS[0]!.id}&groupId=${SAMPLE_WORKSPACE_ID}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.text).toContain("Sample report (local stand-in)");
  });

  it("checks the viewer's token against the report as Power BI would: access, deletion, injected licence faults", async () => {
    const session = (persona: Parameters<typeof clientsFor>[1] | null, reportId: string) =>
      rawRequest(tenant, persona, "/_local/powerbi/session", { method: "POST", body: JSON.stringify({ reportId }), headers: { "Content-Type": "application/json" } });
    expect((await session("manager", SAMPLE_REPORTS[0]!.id)).json()).toMatchObject({ report: { name: "Sample report: Customer Services" }, viewer: { department: "Customer Services" } });
    expect((await session("manager", SAMPLE_REPORTS[4]!.id)).json()).toMatchObject({ error: { message: "LoadReportFailed", errorCode: "403" } });
    expect((await session("manager", "00000000-0000-4000-8000-000000000000")).json()).toMatchObject({ error: { message: "PowerBIEntityNotFound", errorCode: "404" } });
    expect((await session(null, SAMPLE_REPORTS[0]!.id)).json()).toMatchObject({ error: { message: "TokenExpired" } });
    await rawRequest(tenant, null, "/_local/powerbi/faults", { method: "POST", body: JSON.stringify({ kind: "no-licence", reportId: SAMPLE_REPORTS[1]!.id }) });
    expect((await session("manager", SAMPLE_REPORTS[1]!.id)).json()).toMatchObject({ error: { message: expect.stringMatching(/Licens/) } });
    // The fault is used up: the next opening succeeds.
    expect((await session("manager", SAMPLE_REPORTS[1]!.id)).json()).toMatchObject({ report: { id: SAMPLE_REPORTS[1]!.id } });
  });

  it("points local mode's Power BI endpoints at the tenant in config.json", async () => {
    const config = parseConfig((await rawRequest(tenant, null, "/_local/config.json")).json());
    expect(config.powerBi).toEqual({ embedOrigin: `${tenant.origin}/_local/powerbi`, apiOrigin: tenant.origin });
  });
});
