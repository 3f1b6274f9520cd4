import type { SPFI } from "@pnp/sp";
import { dashboardUsageList } from "../../../../manifest/lists/dashboards";
import { odataString } from "../../../core/data/sharepoint";
import { periodOf, type UsageRow, usageDepartment } from "../domain/usage";

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
 *
 * Self-contained on purpose: the dictionary module counts its usage the same way in its own folder
 * (src/modules/dictionary/data/usage-data.ts), and src/core/data/ has no shared counter yet.
 */
const usage = (sp: SPFI) => sp.web.lists.getByTitle(dashboardUsageList.title);

interface CounterItem {
  Id: number;
  Opens: number | null;
  "odata.etag"?: string;
}

const statusOf = (error: unknown) => (error as { status?: unknown })?.status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Adds one open of a dashboard by someone in a department, this month. Resolves once counted. */
export async function recordOpen(sp: SPFI, dashboardId: number, department: string | null | undefined, when = new Date(), attempts = 8): Promise<void> {
  const period = periodOf(when);
  const dept = usageDepartment(department);
  // Period and DashboardId are indexed; Period narrows to one month's counters, well under the threshold.
  const filter = `Period eq ${odataString(period)} and DashboardId eq ${dashboardId} and Department eq ${odataString(dept)}`;
  for (let attempt = 1; ; attempt++) {
    const [item] = await usage(sp).items.select("Id", "Opens").filter(filter).orderBy("Id").top(1)<CounterItem[]>();
    try {
      if (!item) await usage(sp).items.add({ Title: `${period} · ${dashboardId} · ${dept}`.slice(0, 255), Period: period, DashboardId: dashboardId, Department: dept, Opens: 1 });
      else await usage(sp).items.getById(item.Id).update({ Opens: (item.Opens ?? 0) + 1 }, item["odata.etag"] ?? "*");
      return;
    } catch (error) {
      if (statusOf(error) !== 412 || attempt >= attempts) throw error;
      // Someone counted between our read and write: back off a little, with jitter, and count again.
      await sleep(15 * attempt + Math.random() * 40);
    }
  }
}

/** Every counter of the given months. */
export async function loadUsage(sp: SPFI, periods: readonly string[]): Promise<UsageRow[]> {
  if (periods.length === 0) return [];
  const rows: UsageRow[] = [];
  const filter = periods.map((p) => `Period eq ${odataString(p)}`).join(" or ");
  for await (const page of usage(sp).items.select("Period", "DashboardId", "Department", "Opens").filter(filter).top(1000)) {
    for (const r of page as { Period: string; DashboardId: number; Department: string | null; Opens: number | null }[]) {
      rows.push({ period: r.Period, dashboardId: r.DashboardId, department: usageDepartment(r.Department), opens: r.Opens ?? 0 });
    }
  }
  return rows;
}
