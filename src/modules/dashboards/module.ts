import { DataBarVertical24Regular } from "@fluentui/react-icons/svg/data-bar-vertical";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { DASHBOARD_CAPABILITIES } from "./capabilities";
import { dashboardsWebPart } from "./web-part";

/** Power BI reports per department, embedded with the viewer's own token. */
export const dashboardsModule: ModuleDefinition = {
  id: "dashboards",
  title: "Dashboards",
  summary: "Power BI reports for each department.",
  icon: DataBarVertical24Regular,
  // The catalogue's chunk; the report frame (and Power BI's libraries) load only when a dashboard opens.
  load: () => import("./ui/DashboardsPage"),
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  capabilities: { [DASHBOARD_CAPABILITIES.manage]: ["data-lead"] },
  channelView: {
    label: "A department's dashboards",
    fields: [{ kind: "text", param: "department", label: "Department", hint: "As it appears in people's Microsoft 365 profiles, for example Customer Services.", maxLength: 120 }],
    suggestedName: (values) => `Dashboards: ${values.department}`,
  },
  webPart: dashboardsWebPart,
};
