import { type IPropertyPaneField, PropertyPaneTextField } from "@microsoft/sp-property-pane";
import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { type ConfiguredRoute, dashboardsRoute } from "../../host/route";
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
  protected override readonly paneDescription = "Power BI reports for each department, opened with the reader's own Power BI account.";

  protected override configuredRoute(properties: DashboardsWebPartProperties): ConfiguredRoute {
    return dashboardsRoute(properties);
  }

  protected override pageFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneTextField("department", {
        label: "Department",
        description: "Shows that department's dashboards first, e.g. Customer Services. Leave empty for the reader's own department first.",
      }),
      PropertyPaneTextField("dashboardId", {
        label: "One dashboard (its number)",
        description: "The number at the end of a dashboard's link (…#/dashboards/12). When set, the web part opens that report instead of the catalogue.",
        onGetErrorMessage: (value: string) => (!value.trim() || /^\d+$/.test(value.trim()) ? "" : "Enter the dashboard's number only, e.g. 12."),
      }),
    ];
  }
}
