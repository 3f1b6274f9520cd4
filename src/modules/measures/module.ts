import { Target24Regular } from "@fluentui/react-icons/svg/target";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { MEASURES_CAPABILITIES } from "./capabilities";

/**
 * The strategy measures: every "How will we measure success?" measure per principle, computed from the
 * hub's own data where a module can (through each module's `measures`), recorded by hand where it
 * cannot, kept per quarter, with targets, trends and the strategy review.
 */
export const measuresModule: ModuleDefinition = {
  id: "measures",
  title: "Strategy measures",
  summary: "How we measure the strategy's success, from the hub's own data.",
  icon: Target24Regular,
  load: () => import("./ui/MeasuresPage"),
  capabilities: { [MEASURES_CAPABILITIES.keep]: ["data-lead"] },
  // First on Home: the strategy's headline figures lead.
  home: { order: 0, load: () => import("./ui/MeasuresOnHome") },
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
};
