import { Database24Regular } from "@fluentui/react-icons/svg/database";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { ASSET_CAPABILITIES } from "./capabilities";

/**
 * Data assets and the data schema/map: the register behind the ROPA and the IAR, each asset's schema
 * as a Table Schema, the flows between assets drawn as a map, reviewed every quarter.
 */
export const assetsModule: ModuleDefinition = {
  id: "assets",
  title: "Data assets",
  summary: "The data schema/map supporting the ROPA and IAR.",
  icon: Database24Regular,
  load: () => import("./ui/AssetsPage"),
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  capabilities: {
    [ASSET_CAPABILITIES.add]: ["asset-owner", "data-lead"],
    [ASSET_CAPABILITIES.editAny]: ["data-lead"],
    [ASSET_CAPABILITIES.oversee]: ["data-lead"],
    [ASSET_CAPABILITIES.keepFlows]: ["asset-owner", "data-lead"],
    [ASSET_CAPABILITIES.exportRopa]: ["asset-owner", "data-lead"],
  },
  work: () => import("./data/work"),
};
