/** The dashboard catalogue's public face: what other modules may use. */

/** Every catalogue entry (the focus group's decisions log names the dashboards a decision used); one entry by id (a KPI's Power BI report). */
export { getDashboard, loadCatalogue } from "./data/catalogue-data";
export type { Dashboard } from "./domain/dashboard";
