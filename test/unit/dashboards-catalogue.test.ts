import type { Dashboard } from "../../src/modules/dashboards/domain/dashboard";
import { draftToFields, emptyDraft, parseWorkspaceRef, validateDraft } from "../../src/modules/dashboards/domain/dashboard";
import { COUNCIL_WIDE, departmentsOf, groupByDepartment, sameDepartment } from "../../src/modules/dashboards/domain/catalogue";

let nextId = 1;
function d(title: string, department: string | null, extra: Partial<Dashboard> = {}): Dashboard {
  return {
    id: nextId++,
    etag: '"1"',
    title,
    description: null,
    department,
    audience: ["Everyone"],
    ownerId: null,
    ownerName: null,
    ownerEmail: null,
    workspaceId: "5a3b1e00-0000-4000-8000-000000000000",
    reportId: "5a3b1e00-0000-4000-8000-000000000001",
    pageName: null,
    departmentFilter: null,
    defaultFilters: [],
    defaultFiltersText: null,
    defaultFiltersProblem: null,
    order: Number.MAX_SAFE_INTEGER,
    active: true,
    ...extra,
  };
}

const catalogue = [
  d("Waste collections", "Neighbourhood Services"),
  d("Contact volumes", "Customer Services", { order: 2 }),
  d("Council-wide KPIs", null),
  d("Digital take-up", "Digital"),
  d("Complaints", "customer services ", { order: 1 }),
  d("Old report", "Customer Services", { active: false }),
];

describe("the catalogue by department", () => {
  it("puts the viewer's own department first (from their profile, whatever its case or spacing), then council-wide, then A–Z", () => {
    const groups = groupByDepartment(catalogue, "Customer Services");
    expect(groups.map((g) => [g.label, g.mine])).toEqual([
      ["Customer Services", true],
      [COUNCIL_WIDE, false],
      ["Digital", false],
      ["Neighbourhood Services", false],
    ]);
    expect(groups[0]!.dashboards.map((x) => x.title)).toEqual(["Complaints", "Contact volumes"]);
  });

  it("without a department in the profile, starts with council-wide dashboards", () => {
    expect(groupByDepartment(catalogue, null).map((g) => g.label)).toEqual([COUNCIL_WIDE, "Customer Services", "Digital", "Neighbourhood Services"]);
  });

  it("hides inactive entries, except from whoever manages the catalogue", () => {
    expect(groupByDepartment(catalogue, null).flatMap((g) => g.dashboards.map((x) => x.title))).not.toContain("Old report");
    expect(groupByDepartment(catalogue, null, { includeInactive: true }).flatMap((g) => g.dashboards.map((x) => x.title))).toContain("Old report");
  });

  it("narrows to one department (a channel tab's ?department=) and finds words in titles and descriptions", () => {
    expect(groupByDepartment(catalogue, null, { department: "CUSTOMER SERVICES" }).map((g) => g.label)).toEqual(["Customer Services"]);
    expect(groupByDepartment(catalogue, null, { search: "take-up digital" }).flatMap((g) => g.dashboards.map((x) => x.title))).toEqual(["Digital take-up"]);
    expect(groupByDepartment(catalogue, null, { search: "council-wide" }).flatMap((g) => g.dashboards.map((x) => x.title))).toEqual(["Council-wide KPIs"]);
  });

  it("lists each active department once for the department filter", () => {
    expect(departmentsOf(catalogue)).toEqual(["Customer Services", "Digital", "Neighbourhood Services"]);
    expect(sameDepartment(" Digital", "digital")).toBe(true);
    expect(sameDepartment("", "")).toBe(false);
  });
});

describe("adding a dashboard", () => {
  it("accepts a workspace as its id or any Power BI link from inside it", () => {
    const id = "5A3B1E00-0000-4000-8000-000000000000";
    expect(parseWorkspaceRef(id)).toBe(id.toLowerCase());
    expect(parseWorkspaceRef(`https://app.powerbi.com/groups/${id}/list?experience=power-bi`)).toBe(id.toLowerCase());
    expect(parseWorkspaceRef(`https://app.powerbi.com/groups/${id}/reports/5a3b1e00-0000-4000-8000-000000000001/ReportSection`)).toBe(id.toLowerCase());
    expect(parseWorkspaceRef("https://app.powerbi.com/groups/me/list")).toBeNull();
    expect(parseWorkspaceRef("Customer Services")).toBeNull();
  });

  it("explains each missing or mistyped field", () => {
    const errors = validateDraft({ ...emptyDraft(), title: " ", workspace: "x", reportId: "abc", filterTable: "Service", defaultFilters: "[1]", order: "first" });
    expect(Object.keys(errors).sort()).toEqual(["defaultFilters", "filterColumn", "order", "reportId", "title", "workspace"]);
  });

  it("saves a valid draft as the list's fields, empty optional fields as nulls", () => {
    const draft = { ...emptyDraft("Digital"), title: " Digital take-up ", workspace: "https://app.powerbi.com/groups/5a3b1e00-0000-4000-8000-000000000000/list", reportId: "5A3B1E00-0000-4000-8000-000000000002", order: "3" };
    expect(validateDraft(draft)).toEqual({});
    expect(draftToFields(draft)).toEqual({
      Title: "Digital take-up",
      Description: null,
      Department: "Digital",
      Audience: ["Everyone"],
      WorkspaceId: "5a3b1e00-0000-4000-8000-000000000000",
      ReportId: "5a3b1e00-0000-4000-8000-000000000002",
      PageName: null,
      DepartmentFilterTable: null,
      DepartmentFilterColumn: null,
      DefaultFilters: null,
      SortOrder: 3,
      IsActive: true,
    });
  });
});
