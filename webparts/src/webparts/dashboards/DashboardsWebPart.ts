import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { dashboardsModule } from "../../shared/src/modules/dashboards/module";

export interface DashboardsWebPartProperties extends DataHubWebPartProperties {
  /** A department, as people's Microsoft 365 profiles name it: the catalogue opens filtered to it. */
  department?: string;
  /** A dashboard's id in the catalogue (the number in its link, `#/dashboards/12`): opens that report. */
  dashboardId?: string;
}

/**
 * The Power BI dashboards (src/modules/dashboards): a department's catalogue, or one report. Power BI's
 * libraries load only when a report opens (the module's own lazy ReportFrame).
 */
export default class DashboardsWebPart extends DataHubWebPart<DashboardsWebPartProperties> {
  protected override readonly hubModule = dashboardsModule;
}
