import type { FluentIcon } from "@fluentui/react-icons";
import type { ComponentType } from "react";

export interface ModulePageProps {
  /** The module being shown (a planned module's page quotes its commitment). */
  module: ModuleDefinition;
  /** Path segments after the module id, e.g. an item id. */
  rest: string[];
  params: URLSearchParams;
}

/**
 * A module adds itself to the hub from its own folder: its route, its navigation entry and
 * the page it loads on demand. The shell never names a module.
 */
export interface ModuleDefinition {
  /** Route segment and stable id: `#/<id>`. Home's is "". */
  id: string;
  title: string;
  /** One line for the navigation and the page heading's description. */
  summary: string;
  icon: FluentIcon;
  /** Loaded only when the module is opened, so one module's code never slows another. */
  load: () => Promise<{ default: ComponentType<ModulePageProps> }>;
  /** Planned modules show an honest "not yet available" page, quoting the strategy commitment. */
  planned?: { commitment: string; section: string };
}
