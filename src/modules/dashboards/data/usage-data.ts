import type { SPFI } from "@pnp/sp";
import { readModifyWrite } from "../../../core/data/concurrency";
import { getItems, pageItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { periodOf, type UsageRow, usageDepartment } from "../domain/usage";
import { dashboardUsageList } from "../lists";

const f = filterFor(dashboardUsageList);

/**
 * Dashboard opens, counted without personal data.
 *
 * SharePoint stamps Created By and Modified By on every item with the person whose token wrote it,
 * so one item per open would be a record of who opened what. Instead there is one item per
 * dashboard, department and month, whose Opens column everyone increments: read it, write Opens + 1
 * with its ETag, and on 412 (someone else incremented first) read again and retry. What remains:
 * an item's Created By / Modified By name the first and latest of its many contributors, and in a
 * department of one the department is the person. Removing even that needs writes by a service
 * identity (a Power Automate flow or an Azure Function), which Data Hub deliberately does not have.
 */
/** Adds one open of a dashboard by someone in a department, this month. Resolves once counted. */
export async function recordOpen(sp: SPFI, dashboardId: number, department: string | null | undefined, when = new Date()): Promise<void> {
  const period = periodOf(when);
  const dept = usageDepartment(department);
  // Period and DashboardId are indexed; Period narrows to one month's counters, well under the threshold.
  const filter = f.and(f.eq("Period", period), f.eq("DashboardId", dashboardId), f.eq("Department", dept));
  await readModifyWrite(sp, dashboardUsageList, {
    read: async () => {
      const [item] = await getItems(sp, dashboardUsageList, { select: ["Id", "Opens"], filter, orderBy: [["Id", "asc"]], top: 1 });
      return item ? { id: item.Id, etag: item["odata.etag"] ?? null, value: item.Opens ?? 0 } : null;
    },
    change: (opens) => (opens === null ? { Title: `${period} · ${dashboardId} · ${dept}`.slice(0, 255), Period: period, DashboardId: dashboardId, Department: dept, Opens: 1 } : { Opens: opens + 1 }),
  });
}

/** Every counter of the given months. */
export async function loadUsage(sp: SPFI, periods: readonly string[]): Promise<UsageRow[]> {
  if (periods.length === 0) return [];
  const rows: UsageRow[] = [];
  for await (const page of pageItems(sp, dashboardUsageList, { select: ["Period", "DashboardId", "Department", "Opens"], filter: f.anyOf("Period", periods), top: 1000 })) {
    for (const r of page) rows.push({ period: r.Period ?? "", dashboardId: r.DashboardId ?? 0, department: usageDepartment(r.Department), opens: r.Opens ?? 0 });
  }
  return rows;
}
