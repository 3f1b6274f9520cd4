import { Gauge24Regular } from "@fluentui/react-icons/svg/gauge";
import type { ModuleDefinition } from "../../core/module";
import { MATURITY_CAPABILITIES } from "./capabilities";

/**
 * The Data Maturity Assessment, run in rounds by every team: the strategy's baseline and its
 * first "What next?" action ("Track improvements on how teams score their competency after
 * outlined improvements have been delivered").
 */
export const maturityModule: ModuleDefinition = {
  id: "maturity",
  title: "Data maturity",
  summary: "Self-assessment rounds against the Data Maturity Assessment: results and change over time.",
  icon: Gauge24Regular,
  load: () => import("./ui/MaturityPage"),
  capabilities: {
    [MATURITY_CAPABILITIES.manage]: ["data-lead"],
    [MATURITY_CAPABILITIES.assess]: ["data-lead", "manager", "asset-owner"],
  },
};
