import type { ModuleDefinition } from "../core/module";
import { actionsModule } from "./actions/module";
import { assetsModule } from "./assets/module";
import { dashboardsModule } from "./dashboards/module";
import { dictionaryModule } from "./dictionary/module";
import { focusGroupModule } from "./focus-group/module";
import { homeModule } from "./home/module";
import { kpisModule } from "./kpis/module";
import { maturityModule } from "./maturity/module";
import { measuresModule } from "./measures/module";
import { myWorkModule } from "./my-work/module";
import { openDataModule } from "./open-data/module";
import { policiesModule } from "./policies/module";
import { qualityModule } from "./quality/module";
import { trainingModule } from "./training/module";

/**
 * Every module of the hub, in navigation order. Everything central is built from this list: the
 * navigation, the site's lists and seed, capabilities, channel tab views, web parts, Home's cards
 * and the strategy measures. Adding a module is its folder plus one line here.
 */
export const MODULES: readonly ModuleDefinition[] = [
  homeModule,
  myWorkModule,
  actionsModule,
  dictionaryModule,
  trainingModule,
  dashboardsModule,
  maturityModule,
  qualityModule,
  assetsModule,
  kpisModule,
  focusGroupModule,
  policiesModule,
  openDataModule,
  measuresModule,
];

export function moduleById(id: string): ModuleDefinition | undefined {
  return MODULES.find((m) => m.id === id);
}
