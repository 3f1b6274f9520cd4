import { monthsIn } from "../../core/domain/periods";
import type { ModuleMeasures } from "../../core/module";
import { loadUsage } from "./data/usage-data";
import { DASHBOARD_FIGURES } from "./domain/strategy-figures";
import type { UsageRow } from "./domain/usage";

/** The dashboards' figures for the strategy measures: the period's usage counters, read once. */
export const measures: ModuleMeasures<readonly UsageRow[]> = {
  load: ({ sp }, period) => loadUsage(sp, monthsIn(period)),
  figures: DASHBOARD_FIGURES,
};
