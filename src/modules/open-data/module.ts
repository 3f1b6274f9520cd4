import { GlobeArrowUp24Regular } from "@fluentui/react-icons/svg/globe-arrow-up";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { OPEN_DATA_CAPABILITIES } from "./capabilities";

/**
 * Open data for residents: a dataset is checked (schema, personal data, small numbers) before it is
 * published, packaged with CSV on the Web and DCAT metadata, and listed in a static, accessible
 * catalogue the council hosts, since residents cannot open Teams.
 */
export const openDataModule: ModuleDefinition = {
  id: "open-data",
  title: "Open data",
  summary: "Check a dataset before it is published, package it with its metadata, and build the residents' catalogue.",
  icon: GlobeArrowUp24Regular,
  load: () => import("./ui/OpenDataPage"),
  capabilities: {
    [OPEN_DATA_CAPABILITIES.publish]: ["asset-owner", "data-lead"],
  },
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
};
