import { Target24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const measuresModule: ModuleDefinition = {
  id: "measures",
  title: "Strategy measures",
  summary: "How we measure the strategy's success, from the hub's own data.",
  icon: Target24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "To evaluate the effectiveness of the council's data quality initiatives, we will use the following metrics and methods:",
    section: "Data quality: How will we measure success?",
  },
};
