/**
 * Engagement with dashboards without personal data: opens counted per dashboard, department and
 * month (data/usage-data.ts keeps one list item per such triple and increments it). Never who,
 * never when within the month.
 */

export interface UsageRow {
  period: string;
  dashboardId: number;
  department: string;
  opens: number;
}

/** Department as counted: the viewer's Microsoft 365 department, or this when their profile has none. */
export const NOT_RECORDED = "Not recorded";

export function usageDepartment(department: string | null | undefined): string {
  return department?.replace(/\s+/g, " ").trim() || NOT_RECORDED;
}

export { periodOf, recentPeriods } from "../../../core/domain/periods";

/**
 * Counts from 1 to this are shown as a range in the department breakdown: in a small department a
 * count of opens can point at one person. Totals per dashboard are shown exactly.
 */
export const SMALL_COUNT = 4;

export function departmentCountText(opens: number): string {
  return opens > 0 && opens <= SMALL_COUNT ? `1–${SMALL_COUNT}` : new Intl.NumberFormat("en-GB").format(opens);
}

export interface DashboardUsage {
  dashboardId: number;
  total: number;
  /** Period → opens. */
  byPeriod: Record<string, number>;
  /** Busiest first. */
  byDepartment: { department: string; opens: number }[];
}

/**
 * Sums rows per dashboard. Two people creating the same month's counter at once make two items:
 * harmless, as every item of a triple is added up here.
 */
export function summariseUsage(rows: readonly UsageRow[]): Map<number, DashboardUsage> {
  const out = new Map<number, DashboardUsage & { departments: Map<string, number> }>();
  for (const row of rows) {
    if (!Number.isFinite(row.opens) || row.opens <= 0) continue;
    let usage = out.get(row.dashboardId);
    if (!usage) {
      usage = { dashboardId: row.dashboardId, total: 0, byPeriod: {}, byDepartment: [], departments: new Map() };
      out.set(row.dashboardId, usage);
    }
    usage.total += row.opens;
    usage.byPeriod[row.period] = (usage.byPeriod[row.period] ?? 0) + row.opens;
    usage.departments.set(row.department, (usage.departments.get(row.department) ?? 0) + row.opens);
  }
  const result = new Map<number, DashboardUsage>();
  for (const [id, { departments, ...usage }] of out) {
    usage.byDepartment = [...departments].map(([department, opens]) => ({ department, opens })).sort((a, b) => b.opens - a.opens || a.department.localeCompare(b.department, "en-GB"));
    result.set(id, usage);
  }
  return result;
}
