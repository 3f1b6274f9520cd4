import type { ExpandName, ItemInput, RowOf, SelectName } from "../../../../manifest/items";
import { DASHBOARD_AUDIENCES, type dashboardsList } from "../lists";

export type DashboardAudience = (typeof DASHBOARD_AUDIENCES)[number];
export { DASHBOARD_AUDIENCES };


/** A filter a catalogue entry applies when its report opens: `table.column` is one of `values`. */
export interface ColumnFilter {
  table: string;
  column: string;
  values: string[];
}

/** A catalogue entry as the module works with it. */
export interface Dashboard {
  id: number;
  /** The version read; a save without one is refused rather than overwrite. */
  etag: string | null;
  title: string;
  description: string | null;
  /** Null: council-wide. */
  department: string | null;
  audience: DashboardAudience[];
  ownerId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  workspaceId: string;
  reportId: string;
  pageName: string | null;
  /** Where the viewer's department lives in the report's model, when the entry filters by it. */
  departmentFilter: { table: string; column: string } | null;
  defaultFilters: ColumnFilter[];
  /** The DefaultFilters column as stored, for the edit form. */
  defaultFiltersText: string | null;
  /** Why the stored default filters were not usable (shown to whoever edits the entry), or null. */
  defaultFiltersProblem: string | null;
  order: number;
  active: boolean;
}

export const DASHBOARD_SELECT = [
  "Id",
  "Title",
  "Description",
  "Department",
  "Audience",
  "DashboardOwnerId",
  "DashboardOwner/Title",
  "DashboardOwner/EMail",
  "WorkspaceId",
  "ReportId",
  "PageName",
  "DepartmentFilterTable",
  "DepartmentFilterColumn",
  "DefaultFilters",
  "SortOrder",
  "IsActive",
] as const satisfies readonly SelectName<typeof dashboardsList>[];
export const DASHBOARD_EXPAND = ["DashboardOwner"] as const satisfies readonly ExpandName<typeof dashboardsList>[];

/** A Dashboards list item as the catalogue reads it (wire names, from the site declaration). */
export type DashboardItem = RowOf<typeof dashboardsList, (typeof DASHBOARD_SELECT)[number]>;

/** What the editor writes to a catalogue entry. */
export type DashboardValues = ItemInput<typeof dashboardsList>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (value: string) => GUID.test(value.trim());

const clean = (value: string | null | undefined) => {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
};

/**
 * Reads the DefaultFilters column: JSON `[{"table","column","values"}]`. Anything else is reported,
 * not thrown: a bad value must not stop the dashboard opening, only its default filters.
 */
export function parseDefaultFilters(json: string | null | undefined): { filters: ColumnFilter[]; problem: string | null } {
  if (!json || !json.trim()) return { filters: [], problem: null };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { filters: [], problem: "Default filters are not valid JSON." };
  }
  if (!Array.isArray(raw)) return { filters: [], problem: 'Default filters must be a list: [{"table": "…", "column": "…", "values": ["…"]}].' };
  const filters: ColumnFilter[] = [];
  for (const [index, entry] of raw.entries()) {
    const f = entry as { table?: unknown; column?: unknown; values?: unknown };
    const table = typeof f?.table === "string" ? f.table.trim() : "";
    const column = typeof f?.column === "string" ? f.column.trim() : "";
    const values = Array.isArray(f?.values) ? f.values.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String) : [];
    if (!table || !column || values.length === 0) return { filters: [], problem: `Default filter ${index + 1} needs a table, a column and at least one value.` };
    filters.push({ table, column, values });
  }
  return { filters, problem: null };
}

export function dashboardFromItem(item: DashboardItem): Dashboard {
  const table = clean(item.DepartmentFilterTable);
  const column = clean(item.DepartmentFilterColumn);
  const defaults = parseDefaultFilters(item.DefaultFilters);
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    title: item.Title ?? "",
    description: item.Description?.trim() || null,
    department: clean(item.Department),
    audience: (item.Audience ?? []).filter((a): a is DashboardAudience => (DASHBOARD_AUDIENCES as readonly string[]).includes(a)),
    ownerId: item.DashboardOwnerId ?? null,
    ownerName: item.DashboardOwner?.Title ?? null,
    ownerEmail: item.DashboardOwner?.EMail ?? null,
    workspaceId: (item.WorkspaceId ?? "").trim(),
    reportId: (item.ReportId ?? "").trim(),
    pageName: clean(item.PageName),
    departmentFilter: table && column ? { table, column } : null,
    defaultFilters: defaults.filters,
    defaultFiltersText: item.DefaultFilters?.trim() || null,
    defaultFiltersProblem: defaults.problem,
    order: item.SortOrder ?? Number.MAX_SAFE_INTEGER,
    // A missing value (an entry made in SharePoint's own form) counts as active.
    active: item.IsActive !== false,
  };
}

/** Can this entry be embedded at all? (Ids are GUIDs; anything else is a typing slip.) */
export function embeddable(dashboard: Pick<Dashboard, "workspaceId" | "reportId">): boolean {
  return isGuid(dashboard.workspaceId) && isGuid(dashboard.reportId);
}

/**
 * A workspace as the data lead may paste it: its id, or any Power BI URL inside it
 * (`https://app.powerbi.com/groups/<id>/list`, a report's URL…). "me" (My workspace) is refused:
 * reports there cannot be shared with colleagues through a workspace.
 */
export function parseWorkspaceRef(input: string): string | null {
  const text = input.trim();
  if (isGuid(text)) return text.toLowerCase();
  const match = /\/groups\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(text);
  return match && isGuid(match[1]!) ? match[1]!.toLowerCase() : null;
}

/** What the add/edit form holds. */
export interface DashboardDraft {
  title: string;
  description: string;
  department: string;
  audience: DashboardAudience[];
  workspace: string;
  reportId: string;
  pageName: string;
  filterTable: string;
  filterColumn: string;
  defaultFilters: string;
  order: string;
  active: boolean;
}

export type DraftErrors = Partial<Record<keyof DashboardDraft, string>>;

export function emptyDraft(department = ""): DashboardDraft {
  return { title: "", description: "", department, audience: ["Everyone"], workspace: "", reportId: "", pageName: "", filterTable: "", filterColumn: "", defaultFilters: "", order: "", active: true };
}

export function draftFromDashboard(d: Dashboard): DashboardDraft {
  return {
    title: d.title,
    description: d.description ?? "",
    department: d.department ?? "",
    audience: d.audience,
    workspace: d.workspaceId,
    reportId: d.reportId,
    pageName: d.pageName ?? "",
    filterTable: d.departmentFilter?.table ?? "",
    filterColumn: d.departmentFilter?.column ?? "",
    defaultFilters: d.defaultFiltersText ?? "",
    order: d.order === Number.MAX_SAFE_INTEGER ? "" : String(d.order),
    active: d.active,
  };
}

export function validateDraft(draft: DashboardDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = "Enter a title for the dashboard.";
  else if (draft.title.trim().length > 255) errors.title = "Keep the title to 255 characters or fewer.";
  if (!parseWorkspaceRef(draft.workspace)) errors.workspace = "Enter the workspace id, or paste a Power BI link from inside the workspace.";
  if (!isGuid(draft.reportId)) errors.reportId = "Choose a report, or enter its id (a GUID such as 1a2b3c4d-…).";
  if (Boolean(draft.filterTable.trim()) !== Boolean(draft.filterColumn.trim())) errors.filterColumn = "Enter both the table and the column, or neither.";
  if (parseDefaultFilters(draft.defaultFilters).problem) errors.defaultFilters = parseDefaultFilters(draft.defaultFilters).problem!;
  if (draft.order.trim() && !/^\d{1,6}$/.test(draft.order.trim())) errors.order = "Enter a whole number, or leave it empty.";
  return errors;
}

/** The list fields a valid draft saves as (wire names). */
export function draftToFields(draft: DashboardDraft): DashboardValues {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  return {
    Title: draft.title.trim(),
    Description: optional(draft.description),
    Department: optional(draft.department.replace(/\s+/g, " ")),
    Audience: draft.audience,
    WorkspaceId: parseWorkspaceRef(draft.workspace),
    ReportId: draft.reportId.trim().toLowerCase(),
    PageName: optional(draft.pageName),
    DepartmentFilterTable: optional(draft.filterTable),
    DepartmentFilterColumn: optional(draft.filterColumn),
    DefaultFilters: optional(draft.defaultFilters),
    SortOrder: draft.order.trim() ? Number(draft.order.trim()) : null,
    IsActive: draft.active,
  };
}
