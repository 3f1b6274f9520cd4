/** KPIs and the reporting calendar: the public face other modules may use. */
export { kpisModule } from "./module";
export { reportingReturnsList } from "./lists";
