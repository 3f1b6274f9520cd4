import { CalendarLtr24Regular } from "@fluentui/react-icons/svg/calendar-ltr";
import type { ModuleDefinition } from "../../core/module";

export const kpisModule: ModuleDefinition = {
  id: "kpis",
  title: "KPIs and reporting",
  summary: "Statutory and non-statutory KPIs and the reporting calendar.",
  icon: CalendarLtr24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Develop a calendar of statutory and non-statutory reporting.",
    section: "Leadership in data: What we will do",
  },
};
