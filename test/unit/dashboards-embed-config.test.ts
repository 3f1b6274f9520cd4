import * as models from "powerbi-models";
import { DEFAULT_POWER_BI } from "../../src/core/auth/config";
import { type Dashboard, dashboardFromItem, type DashboardItem, parseDefaultFilters } from "../../src/modules/dashboards/domain/dashboard";
import {
  BASIC_FILTER_SCHEMA,
  departmentFilter,
  embedConfiguration,
  FILTER_TYPE_BASIC,
  FILTERS_REMOVE_ALL,
  FILTERS_REPLACE_ALL,
  PERMISSIONS_READ,
  reportEmbedUrl,
  reportFilters,
  reportWebUrl,
  TOKEN_TYPE_AAD,
  urlFilter,
  urlFilterName,
  VIEW_MODE_VIEW,
} from "../../src/modules/dashboards/domain/embed-config";

const WORKSPACE = "5a3b1e00-0000-4000-8000-000000000000";
const REPORT = "5a3b1e00-0000-4000-8000-000000000001";

function item(overrides: Partial<DashboardItem> = {}): DashboardItem {
  return {
    Id: 7,
    Title: "Customer contact",
    Description: "Calls and visits",
    Department: "Customer Services",
    Audience: ["Managers"],
    DashboardOwnerId: 12,
    WorkspaceId: WORKSPACE,
    ReportId: REPORT,
    PageName: null,
    DepartmentFilterTable: "Service",
    DepartmentFilterColumn: "Department",
    DefaultFilters: null,
    SortOrder: 1,
    IsActive: true,
    ...overrides,
  };
}

const dashboard = (overrides: Partial<DashboardItem> = {}): Dashboard => dashboardFromItem(item(overrides));

describe("embed configuration", () => {
  it("embeds with the viewer's own Entra token (TokenType.Aad), view only, at Power BI's reportEmbed URL", () => {
    const config = embedConfiguration({ dashboard: dashboard(), embedOrigin: DEFAULT_POWER_BI.embedOrigin, accessToken: "aad-token", department: "Customer Services" });
    expect(config).toMatchObject({
      type: "report",
      id: REPORT,
      embedUrl: `https://app.powerbi.com/reportEmbed?reportId=${REPORT}&groupId=${WORKSPACE}`,
      accessToken: "aad-token",
      tokenType: models.TokenType.Aad,
      permissions: models.Permissions.Read,
      viewMode: models.ViewMode.View,
    });
    expect(config.settings?.localeSettings).toEqual({ language: "en-GB", formatLocale: "en-GB" });
    expect(config.settings?.panes?.pageNavigation).toEqual({ visible: false });
  });

  it("is a configuration powerbi-models itself accepts (the check powerbi-client runs before /report/load)", () => {
    const config = embedConfiguration({ dashboard: dashboard({ PageName: "ReportSection2", DefaultFilters: '[{"table":"Calendar","column":"Year","values":["2026"]}]' }), embedOrigin: DEFAULT_POWER_BI.embedOrigin, accessToken: "aad-token", department: "Customer Services" });
    expect(models.validateReportLoad(config)).toBeUndefined();
    for (const filter of config.filters as models.IFilter[]) expect(models.validateFilter(filter)).toBeUndefined();
  });

  it("filters to the viewer's department, from their profile, where the entry says where departments are", () => {
    const config = embedConfiguration({ dashboard: dashboard(), embedOrigin: DEFAULT_POWER_BI.embedOrigin, accessToken: "t", department: "Digital" });
    expect(config.filters).toEqual([{ $schema: models.BasicFilter.schemaUrl, target: { table: "Service", column: "Department" }, operator: "In", values: ["Digital"], filterType: models.FilterType.Basic }]);
  });

  it("adds no department filter when the entry has no filter column or the viewer has no department", () => {
    expect(departmentFilter(dashboard({ DepartmentFilterTable: null, DepartmentFilterColumn: null }), "Digital")).toBeNull();
    expect(departmentFilter(dashboard(), null)).toBeNull();
    expect(departmentFilter(dashboard(), "   ")).toBeNull();
    expect(embedConfiguration({ dashboard: dashboard(), embedOrigin: DEFAULT_POWER_BI.embedOrigin, accessToken: "t", department: null }).filters).toEqual([]);
  });

  it("keeps the entry's default filters and puts the department filter after them; off, only the defaults remain", () => {
    const d = dashboard({ DefaultFilters: '[{"table":"Calendar","column":"Year","values":["2026", 2027]}]' });
    expect(reportFilters(d, "Digital").map((f) => (f.target as { table: string }).table)).toEqual(["Calendar", "Service"]);
    expect(reportFilters(d, "Digital")[0]!.values).toEqual(["2026", "2027"]);
    expect(reportFilters(d, "Digital", false).map((f) => (f.target as { table: string }).table)).toEqual(["Calendar"]);
  });

  it("opens on the entry's page when it names one, and on the report's own first page otherwise", () => {
    expect(embedConfiguration({ dashboard: dashboard({ PageName: "ReportSection2" }), embedOrigin: "x", accessToken: "t", department: null }).pageName).toBe("ReportSection2");
    expect(embedConfiguration({ dashboard: dashboard(), embedOrigin: "x", accessToken: "t", department: null })).not.toHaveProperty("pageName");
  });

  it("uses the configured embed base in local mode (the tenant's stand-in)", () => {
    expect(reportEmbedUrl("http://127.0.0.1:4100/_local/powerbi/", WORKSPACE, REPORT)).toBe(`http://127.0.0.1:4100/_local/powerbi/reportEmbed?reportId=${REPORT}&groupId=${WORKSPACE}`);
  });

  it("writes powerbi-models' enum values out correctly, so the catalogue never loads the library", () => {
    expect(TOKEN_TYPE_AAD).toBe(models.TokenType.Aad);
    expect(FILTER_TYPE_BASIC).toBe(models.FilterType.Basic);
    expect(PERMISSIONS_READ).toBe(models.Permissions.Read);
    expect(VIEW_MODE_VIEW).toBe(models.ViewMode.View);
    expect(FILTERS_REPLACE_ALL).toBe(models.FiltersOperations.ReplaceAll);
    expect(FILTERS_REMOVE_ALL).toBe(models.FiltersOperations.RemoveAll);
    expect(BASIC_FILTER_SCHEMA).toBe(models.BasicFilter.schemaUrl);
  });
});

describe("Open in Power BI", () => {
  it("links to the report in the Power BI service, on the current page, with the department as a URL filter", () => {
    const url = reportWebUrl(DEFAULT_POWER_BI.embedOrigin, dashboard(), "ReportSection2", reportFilters(dashboard(), "Customer Services"));
    expect(url).toBe(`https://app.powerbi.com/groups/${WORKSPACE}/reports/${REPORT}/ReportSection2?filter=${encodeURIComponent("Service/Department eq 'Customer Services'")}`);
  });

  it("escapes names as Power BI's URL filters want (_xHHHH_) and doubles quotes in values", () => {
    expect(urlFilterName("Service Area")).toBe("Service_x0020_Area");
    expect(urlFilterName("Cost (£)")).toBe("Cost_x0020__x0028__x00A3__x0029_");
    expect(urlFilter(reportFilters(dashboard({ DepartmentFilterTable: "Service Area", DepartmentFilterColumn: "Name" }), "O'Brien's team"))).toBe("Service_x0020_Area/Name eq 'O''Brien''s team'");
  });

  it("has no filter part without filters, and uses `in` for several values", () => {
    expect(reportWebUrl("https://app.powerbi.com", dashboard(), null, [])).toBe(`https://app.powerbi.com/groups/${WORKSPACE}/reports/${REPORT}`);
    expect(urlFilter(reportFilters(dashboard({ DefaultFilters: '[{"table":"T","column":"C","values":["a","b"]}]', DepartmentFilterTable: null, DepartmentFilterColumn: null }), null))).toBe("T/C in ('a','b')");
  });
});

describe("catalogue entries", () => {
  it("reads an item into a dashboard, tolerating what SharePoint's own form may leave empty", () => {
    const d = dashboardFromItem(item({ IsActive: null, Audience: null, Department: "  Customer   Services ", SortOrder: null }));
    expect(d).toMatchObject({ active: true, audience: [], department: "Customer Services", departmentFilter: { table: "Service", column: "Department" } });
    expect(d.order).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("reports unusable default filters instead of failing the dashboard", () => {
    expect(parseDefaultFilters("{not json")).toEqual({ filters: [], problem: "Default filters are not valid JSON." });
    expect(parseDefaultFilters('[{"table":"T","column":"","values":["x"]}]').problem).toMatch(/Default filter 1 needs/);
    expect(dashboard({ DefaultFilters: '{"table":"T"}' })).toMatchObject({ defaultFilters: [], defaultFiltersProblem: expect.stringMatching(/must be a list/) });
  });
});
