import { DataBarVertical24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const dashboardsModule: ModuleDefinition = {
  id: "dashboards",
  title: "Dashboards",
  summary: "Power BI reports for each department.",
  icon: DataBarVertical24Regular,
  // The catalogue's chunk; the report frame (and Power BI's libraries) load only when a dashboard opens.
  load: () => import("./ui/DashboardsPage"),
};
