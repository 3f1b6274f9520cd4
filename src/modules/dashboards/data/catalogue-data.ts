import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { addItem, getItem, pageItems } from "../../../core/data/lists";
import { DASHBOARD_EXPAND, DASHBOARD_SELECT, type Dashboard, dashboardFromItem, type DashboardValues } from "../domain/dashboard";
import { dashboardsList } from "../lists";

/**
 * The whole catalogue: one entry per report, so it stays far below the 5,000-item threshold and one
 * paged read is enough. Sorting and grouping by department are done in the browser (domain/catalogue.ts).
 */
export async function loadCatalogue(sp: SPFI): Promise<Dashboard[]> {
  const all: Dashboard[] = [];
  for await (const page of pageItems(sp, dashboardsList, { select: DASHBOARD_SELECT, expand: DASHBOARD_EXPAND, top: 500 })) {
    all.push(...page.map(dashboardFromItem));
  }
  return all;
}

export async function getDashboard(sp: SPFI, id: number): Promise<Dashboard> {
  return dashboardFromItem(await getItem(sp, dashboardsList, id, { select: DASHBOARD_SELECT, expand: DASHBOARD_EXPAND }));
}

/** Adds an entry, owned by whoever adds it (the owner can be changed in the list itself). */
export async function addDashboard(sp: SPFI, fields: DashboardValues): Promise<Dashboard> {
  const me = await sp.web.currentUser.select("Id")<{ Id: number }>();
  const added = await addItem(sp, dashboardsList, { ...fields, DashboardOwnerId: me.Id });
  return getDashboard(sp, added.id);
}

/** Saves with the ETag the editor loaded: someone else's change in between is the hub's ConflictError, never overwritten. */
export async function saveDashboard(sp: SPFI, dashboard: Pick<Dashboard, "id" | "etag">, fields: DashboardValues): Promise<Dashboard> {
  await updateItem(sp, dashboardsList, dashboard, fields, () => getDashboard(sp, dashboard.id));
  return getDashboard(sp, dashboard.id);
}
