import type { models } from "powerbi-client";
import type { ColumnFilter, Dashboard } from "./dashboard";

type IBasicFilter = models.IBasicFilter;
type IReportEmbedConfiguration = models.IReportEmbedConfiguration;

/*
 * powerbi-models enum values, written out so that the catalogue's code never loads Power BI's
 * library (it comes only with the report frame's chunk). test/unit/dashboards-embed-config.test.ts
 * holds each equal to the library's own (node_modules/powerbi-models/dist/models.d.ts).
 */
/** TokenType.Aad: the viewer's own Entra token ("user owns data"), not an embed token. */
export const TOKEN_TYPE_AAD = 0;
/** FilterType.Basic. */
export const FILTER_TYPE_BASIC = 1;
/** Permissions.Read: view only. */
export const PERMISSIONS_READ = 0;
/** ViewMode.View. */
export const VIEW_MODE_VIEW = 0;
/** FiltersOperations.RemoveAll and ReplaceAll, for report.updateFilters(). */
export const FILTERS_REMOVE_ALL = 0;
export const FILTERS_REPLACE_ALL = 1;
/** The schema a basic filter declares (powerbi-models BasicFilter.schemaUrl). */
export const BASIC_FILTER_SCHEMA = "http://powerbi.com/product/schema#basic";

/** `<embedOrigin>/reportEmbed?reportId=…&groupId=…`, the URL Power BI's REST API gives a report as its embedUrl. */
export function reportEmbedUrl(embedOrigin: string, workspaceId: string, reportId: string): string {
  return `${embedOrigin.replace(/\/+$/, "")}/reportEmbed?reportId=${encodeURIComponent(reportId)}&groupId=${encodeURIComponent(workspaceId)}`;
}

/** `table.column` is one of `values`. */
export function basicFilter(table: string, column: string, values: readonly string[]): IBasicFilter {
  return { $schema: BASIC_FILTER_SCHEMA, target: { table, column }, operator: "In", values: [...values], filterType: FILTER_TYPE_BASIC };
}

/**
 * The filter to the viewer's department, where the entry says where departments are in the report.
 * A convenience, not security: it narrows what the report shows first, and anyone may clear it.
 * Who may see which rows is Power BI's row-level security, enforced with the viewer's own token.
 */
export function departmentFilter(dashboard: Pick<Dashboard, "departmentFilter">, department: string | null | undefined): IBasicFilter | null {
  const viewer = department?.trim();
  if (!dashboard.departmentFilter || !viewer) return null;
  return basicFilter(dashboard.departmentFilter.table, dashboard.departmentFilter.column, [viewer]);
}

/** Every filter the report opens with: the entry's defaults, then the department filter if on. */
export function reportFilters(dashboard: Pick<Dashboard, "departmentFilter" | "defaultFilters">, department: string | null | undefined, applyDepartment = true): IBasicFilter[] {
  const filters = dashboard.defaultFilters.map((f: ColumnFilter) => basicFilter(f.table, f.column, f.values));
  const byDepartment = applyDepartment ? departmentFilter(dashboard, department) : null;
  return byDepartment ? [...filters, byDepartment] : filters;
}

export interface EmbedInput {
  dashboard: Pick<Dashboard, "reportId" | "workspaceId" | "pageName" | "departmentFilter" | "defaultFilters">;
  embedOrigin: string;
  accessToken: string;
  department: string | null | undefined;
}

/**
 * The configuration powerbi-client-react embeds with. Built once per opening: since v2 the
 * component re-embeds whenever this object changes, so new tokens and filters go to the embedded
 * report (setAccessToken, updateFilters) instead.
 */
export function embedConfiguration({ dashboard, embedOrigin, accessToken, department }: EmbedInput): IReportEmbedConfiguration {
  return {
    type: "report",
    id: dashboard.reportId,
    embedUrl: reportEmbedUrl(embedOrigin, dashboard.workspaceId, dashboard.reportId),
    accessToken,
    tokenType: TOKEN_TYPE_AAD,
    permissions: PERMISSIONS_READ,
    viewMode: VIEW_MODE_VIEW,
    ...(dashboard.pageName ? { pageName: dashboard.pageName } : {}),
    filters: reportFilters(dashboard, department),
    settings: {
      // The hub shows its own page picker; the filter pane stays, collapsed, so people can see what is applied.
      panes: { filters: { visible: true, expanded: false }, pageNavigation: { visible: false } },
      // British formats in visuals (25/11/2026, £); powerbi-client adds these to the embed URL.
      localeSettings: { language: "en-GB", formatLocale: "en-GB" },
    },
  };
}

/** A name as Power BI URL filters want it: anything but letters, digits and `_` as `_xHHHH_`. */
export function urlFilterName(name: string): string {
  return [...name].map((ch) => (/[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}_`)).join("");
}

const urlFilterValue = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** `Table/Column eq 'value'` (or `in (…)`), Power BI's URL filter for a report link. */
export function urlFilter(filters: readonly IBasicFilter[]): string | null {
  const parts = filters.map((f) => {
    const target = f.target as { table: string; column: string };
    const field = `${urlFilterName(target.table)}/${urlFilterName(target.column)}`;
    const values = f.values.map((v) => urlFilterValue(String(v)));
    return values.length === 1 ? `${field} eq ${values[0]}` : `${field} in (${values.join(",")})`;
  });
  return parts.length ? parts.join(" and ") : null;
}

/** "Open in Power BI": the report in the Power BI service, on its opening page, with the same filters. */
export function reportWebUrl(embedOrigin: string, dashboard: Pick<Dashboard, "workspaceId" | "reportId">, pageName: string | null, filters: readonly IBasicFilter[]): string {
  const base = `${embedOrigin.replace(/\/+$/, "")}/groups/${encodeURIComponent(dashboard.workspaceId)}/reports/${encodeURIComponent(dashboard.reportId)}${pageName ? `/${encodeURIComponent(pageName)}` : ""}`;
  const filter = urlFilter(filters);
  return filter ? `${base}?filter=${encodeURIComponent(filter)}` : base;
}
