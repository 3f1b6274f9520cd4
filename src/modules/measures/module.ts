import { Target24Regular } from "@fluentui/react-icons/svg/target";
import type { ModuleDefinition } from "../../core/module";
import { measuresList } from "./lists";

export const measuresModule: ModuleDefinition = {
  id: "measures",
  title: "Strategy measures",
  summary: "How we measure the strategy's success, from the hub's own data.",
  icon: Target24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  lists: [measuresList],
  seed: () => import("./seed"),
  planned: {
    commitment: "To evaluate the effectiveness of the council's data quality initiatives, we will use the following metrics and methods:",
    section: "Data quality: How will we measure success?",
  },
};
