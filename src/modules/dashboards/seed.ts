import { seedList } from "../../core/module";
import { dashboardsList } from "./lists";
import { sampleDashboardItems } from "./seed/sample-dashboards";

/** Sample catalogue entries pointing at the local Power BI stand-in (see seed/sample-dashboards.ts). */
export const seed = [seedList(dashboardsList, sampleDashboardItems)];
