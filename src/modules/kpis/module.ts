import { CalendarLtr24Regular } from "@fluentui/react-icons/svg/calendar-ltr";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { KPI_CAPABILITIES } from "./capabilities";

/**
 * KPIs and the reporting calendar: "Develop and improve Key Performance Indicators (KPIs), including
 * non-statutory KPIs to highlight service successes" and "Develop a calendar of statutory and
 * non-statutory reporting" (Leadership in data: What we will do). Rules and design: docs/kpis.md.
 */
export const kpisModule: ModuleDefinition = {
  id: "kpis",
  title: "KPIs and reporting",
  summary: "Statutory and non-statutory KPIs and the reporting calendar.",
  icon: CalendarLtr24Regular,
  load: () => import("./ui/KpisPage"),
  capabilities: { [KPI_CAPABILITIES.manage]: ["data-lead"] },
  home: { order: 20, load: () => import("./ui/DeadlinesOnHome") },
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  work: () => import("./data/work"),
};
