/** The dashboards catalogue's public face: what other modules may use. */
export { getDashboard, loadCatalogue } from "./data/catalogue-data";
export type { Dashboard } from "./domain/dashboard";
