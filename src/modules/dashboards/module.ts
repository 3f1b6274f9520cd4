import { DataBarVertical24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const dashboardsModule: ModuleDefinition = {
  id: "dashboards",
  title: "Dashboards",
  summary: "Power BI reports for each department.",
  icon: DataBarVertical24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Develop user-friendly dashboards that display relevant key metrics tailored to each department's needs.",
    section: "Creating accessible dashboards",
  },
};
