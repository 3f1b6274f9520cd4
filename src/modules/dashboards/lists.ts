import { ROLES, type ListDeclaration } from "../../../manifest/schema";

/** Who a dashboard is meant for. Descriptive only: Power BI's own permissions decide who sees data. */
export const DASHBOARD_AUDIENCES = ["Everyone", "Staff", "Managers", "Councillors", "Leaders"] as const;

/**
 * The dashboard catalogue: one item per Power BI report the hub offers, by department. The hub
 * embeds the report with the viewer's own Power BI token, so a catalogue entry grants nothing:
 * someone without access to the workspace sees "no access", not the data.
 */
export const dashboardsList = {
  title: "Dashboards",
  url: "Lists/Dashboards",
  description: "The dashboard catalogue: Power BI reports for each department, embedded in Data Hub.",
  versioning: true,
  seedKey: "DashboardKey",
  fields: [
    { name: "DashboardKey", title: "Key", kind: "Text", indexed: true, maxLength: 80, description: "Stable key of a seeded entry; empty for entries added in the hub." },
    { name: "Description", title: "Description", kind: "Note" },
    { name: "Department", title: "Department", kind: "Text", indexed: true, maxLength: 120, description: "The department or service, as Microsoft 365 profiles name it; empty for council-wide dashboards." },
    { name: "Audience", title: "Audience", kind: "MultiChoice", choices: DASHBOARD_AUDIENCES },
    { name: "DashboardOwner", title: "Owner", kind: "User", indexed: true },
    { name: "WorkspaceId", title: "Power BI workspace id", kind: "Text", required: true, maxLength: 36 },
    { name: "ReportId", title: "Power BI report id", kind: "Text", required: true, indexed: true, maxLength: 36 },
    { name: "PageName", title: "Opening page", kind: "Text", maxLength: 120, description: "The report page's name (ReportSection…), not its display name; empty opens the report's own first page." },
    { name: "DepartmentFilterTable", title: "Department filter: table", kind: "Text", maxLength: 120, description: "With the column below: filter the report to the viewer's department." },
    { name: "DepartmentFilterColumn", title: "Department filter: column", kind: "Text", maxLength: 120 },
    { name: "DefaultFilters", title: "Default filters", kind: "Note", description: 'JSON: [{"table": "…", "column": "…", "values": ["…"]}], applied when the report opens.' },
    { name: "SortOrder", title: "Order", kind: "Number" },
    { name: "IsActive", title: "Active", kind: "Boolean", indexed: true },
  ],
  permissions: {
    add: ["data-lead"],
    edit: ["data-lead"],
    editOwn: { field: "DashboardOwner", roles: ["manager", "asset-owner"] },
  },
} as const satisfies ListDeclaration;

/**
 * How often each dashboard is opened, without personal data: one item per dashboard, department
 * and month whose Opens column everyone increments (with its ETag; a 412 means read again and add
 * again). No item per open, so no list of who opened what. Everyone increments, so everyone may
 * edit; there is no version history, so one person's increment cannot be told from the total.
 */
export const dashboardUsageList = {
  title: "DashboardUsage",
  url: "Lists/DashboardUsage",
  description: "Aggregated, anonymous counts of dashboard opens per dashboard, department and month.",
  fields: [
    { name: "Period", title: "Month", kind: "Text", required: true, indexed: true, maxLength: 7 },
    { name: "DashboardId", title: "Dashboard", kind: "Number", required: true, indexed: true },
    { name: "Department", title: "Department", kind: "Text", maxLength: 120 },
    { name: "Opens", title: "Opens", kind: "Number", required: true },
  ],
  // Everyone adds to the counts; nobody but the data lead deletes them (README: what usage counts can and cannot prove).
  permissions: { add: "everyone", edit: [...ROLES], delete: [] },
} as const satisfies ListDeclaration;
