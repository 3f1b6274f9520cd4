import { hubUrlFor } from "../../../core/domain/deep-links";

/** A dashboard's hub route without the "#/": what Teams passes back as subPageId. */
export function dashboardSubPageId(dashboardId: number): string {
  return `dashboards/${dashboardId}`;
}

/** The hub's own address for a dashboard: the current page with `#/dashboards/<id>`. */
export function hubDashboardUrl(currentHref: string, dashboardId: number): string {
  return hubUrlFor(currentHref, dashboardSubPageId(dashboardId));
}
