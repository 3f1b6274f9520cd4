import type { SPFI } from "@pnp/sp";
import { dashboardsList } from "../../../../manifest/lists/dashboards";
import { DASHBOARD_EXPAND, DASHBOARD_SELECT, type Dashboard, type DashboardItem, dashboardFromItem } from "../domain/dashboard";

const dashboards = (sp: SPFI) => sp.web.lists.getByTitle(dashboardsList.title);

/**
 * The whole catalogue: one entry per report, so it stays far below the 5,000-item threshold and one
 * paged read is enough. Sorting and grouping by department are done in the browser (domain/catalogue.ts).
 */
export async function loadCatalogue(sp: SPFI): Promise<Dashboard[]> {
  const all: Dashboard[] = [];
  for await (const page of dashboards(sp).items.select(...DASHBOARD_SELECT).expand(...DASHBOARD_EXPAND).top(500)) {
    all.push(...(page as DashboardItem[]).map(dashboardFromItem));
  }
  return all;
}

export async function getDashboard(sp: SPFI, id: number): Promise<Dashboard> {
  const item = await dashboards(sp).items.getById(id).select(...DASHBOARD_SELECT).expand(...DASHBOARD_EXPAND)<DashboardItem>();
  return dashboardFromItem(item);
}

/** Adds an entry, owned by whoever adds it (the owner can be changed in the list itself). */
export async function addDashboard(sp: SPFI, fields: Record<string, unknown>): Promise<Dashboard> {
  const me = await sp.web.currentUser.select("Id")<{ Id: number }>();
  const added: { Id: number } = await dashboards(sp).items.add({ ...fields, DashboardOwnerId: me.Id });
  return getDashboard(sp, added.Id);
}

/** Saves with the ETag the editor loaded: someone else's change in between is a 412, never overwritten. */
export async function saveDashboard(sp: SPFI, id: number, fields: Record<string, unknown>, etag: string): Promise<Dashboard> {
  await dashboards(sp).items.getById(id).update(fields, etag);
  return getDashboard(sp, id);
}
