import { ShieldCheckmark24Regular } from "@fluentui/react-icons/svg/shield-checkmark";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { QUALITY_CAPABILITIES } from "./capabilities";

/** Data quality: report, triage and resolve problems; audit datasets; validate files and lists against their rules. */
export const qualityModule: ModuleDefinition = {
  id: "quality",
  title: "Data quality",
  summary: "Report, triage and resolve data quality issues; audit and validate datasets.",
  icon: ShieldCheckmark24Regular,
  load: () => import("./ui/QualityPage"),
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  capabilities: {
    [QUALITY_CAPABILITIES.triage]: ["asset-owner", "data-lead"],
    [QUALITY_CAPABILITIES.audit]: ["asset-owner", "data-lead"],
    [QUALITY_CAPABILITIES.targets]: ["data-lead"],
    [QUALITY_CAPABILITIES.rules]: ["asset-owner", "data-lead"],
    [QUALITY_CAPABILITIES.figures]: ["manager", "asset-owner", "data-lead"],
  },
  home: { order: 5, load: () => import("./ui/QualityOnHome") },
  work: () => import("./data/work"),
};
