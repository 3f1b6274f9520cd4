import { Gauge24Regular } from "@fluentui/react-icons/svg/gauge";
import type { ModuleDefinition } from "../../core/module";

export const maturityModule: ModuleDefinition = {
  id: "maturity",
  title: "Data maturity",
  summary: "Self-assessment rounds against the Data Maturity Assessment.",
  icon: Gauge24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Finalise the Data Maturity Assessment and review conclusions / recommendations. Track improvements on how teams score their competency after outlined improvements have been delivered.",
    section: "What next?",
  },
};
