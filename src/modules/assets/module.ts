import { Database24Regular } from "@fluentui/react-icons/svg/database";
import type { ModuleDefinition } from "../../core/module";

export const assetsModule: ModuleDefinition = {
  id: "assets",
  title: "Data assets",
  summary: "The data schema/map supporting the ROPA and IAR.",
  icon: Database24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Create and maintain a data schema/Map to support the ROPA and IAR.",
    section: "Data ethics and responsibility: What we will do",
  },
};
