import type { ItemInput } from "../../../../manifest/items";
import type { dashboardsList } from "../lists";
/**
 * SAMPLE dashboards for local mode: catalogue entries that point at the local tenant's Power BI
 * stand-in (tenant/src/powerbi/), which serves these workspace and report ids with made-up numbers.
 * Nothing here is council data or a real report: every name says "Sample report". Departments are
 * the local personas' (tenant/src/identity/personas.ts). On a real site, provisioning adds these
 * entries too; the data lead deletes them (or marks them inactive) once real reports are listed.
 */
export const SAMPLE_WORKSPACE_ID = "5a3b1e00-0000-4000-8000-000000000000";
/** A second workspace the sample personas are not members of, to show the "no access" state. */
export const SAMPLE_RESTRICTED_WORKSPACE_ID = "5a3b1e00-0000-4000-8000-0000000000ff";

export interface SampleReport {
  readonly key: string;
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly description: string;
  /** The department the catalogue files it under (null: council-wide). */
  readonly department: string | null;
  readonly pages: readonly { readonly name: string; readonly displayName: string }[];
  /** Where the viewer's department is in the sample model, when the entry filters by department. */
  readonly departmentFilter?: { readonly table: string; readonly column: string };
  /** In the catalogue seed (false: only in the stand-in's workspace, for the report picker). */
  readonly inCatalogue: boolean;
}

const PAGES = [
  { name: "ReportSection1", displayName: "Overview" },
  { name: "ReportSection2", displayName: "Trends" },
  { name: "ReportSection3", displayName: "Details" },
] as const;

export const SAMPLE_REPORTS: readonly SampleReport[] = [
  {
    key: "sample-customer-services",
    id: "5a3b1e00-0000-4000-8000-000000000001",
    workspaceId: SAMPLE_WORKSPACE_ID,
    name: "Sample report: Customer Services",
    description: "Sample report (local stand-in) with made-up numbers, filtered to the viewer's department. Not council data.",
    department: "Customer Services",
    pages: PAGES,
    departmentFilter: { table: "Service", column: "Department" },
    inCatalogue: true,
  },
  {
    key: "sample-digital",
    id: "5a3b1e00-0000-4000-8000-000000000002",
    workspaceId: SAMPLE_WORKSPACE_ID,
    name: "Sample report: Digital",
    description: "Sample report (local stand-in) with made-up numbers. Not council data.",
    department: "Digital",
    pages: PAGES.slice(0, 2),
    inCatalogue: true,
  },
  {
    key: "sample-council-wide",
    id: "5a3b1e00-0000-4000-8000-000000000003",
    workspaceId: SAMPLE_WORKSPACE_ID,
    name: "Sample report: council-wide",
    description: "Sample report (local stand-in) with made-up numbers, for every department. Not council data.",
    department: null,
    pages: PAGES.slice(0, 1),
    inCatalogue: true,
  },
  {
    key: "sample-strategy-unit",
    id: "5a3b1e00-0000-4000-8000-000000000004",
    workspaceId: SAMPLE_WORKSPACE_ID,
    name: "Sample report: Strategy Unit",
    description: "Sample report (local stand-in) with made-up numbers, not yet in the catalogue: pick it from the workspace. Not council data.",
    department: "Strategy Unit",
    pages: PAGES.slice(0, 2),
    inCatalogue: false,
  },
  {
    key: "sample-restricted",
    id: "5a3b1e00-0000-4000-8000-0000000000f1",
    workspaceId: SAMPLE_RESTRICTED_WORKSPACE_ID,
    name: "Sample report: restricted workspace",
    description: "Sample report (local stand-in) in a workspace only the data lead persona may open. Not council data.",
    department: null,
    pages: PAGES.slice(0, 1),
    inCatalogue: false,
  },
];

/** Catalogue items (wire names of manifest/lists/dashboards.ts) for the samples that are in the catalogue. */
export function sampleDashboardItems(): ItemInput<typeof dashboardsList>[] {
  return SAMPLE_REPORTS.filter((r) => r.inCatalogue).map((r, index) => ({
    DashboardKey: r.key,
    Title: r.name,
    Description: r.description,
    Department: r.department,
    Audience: ["Everyone"],
    WorkspaceId: r.workspaceId,
    ReportId: r.id,
    PageName: null,
    DepartmentFilterTable: r.departmentFilter?.table ?? null,
    DepartmentFilterColumn: r.departmentFilter?.column ?? null,
    DefaultFilters: null,
    SortOrder: index + 1,
    IsActive: true,
  }));
}
