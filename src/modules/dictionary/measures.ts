import { monthsIn } from "../../core/domain/periods";
import type { ModuleMeasures } from "../../core/module";
import { loadUsage } from "./data/usage-data";
import { DICTIONARY_FIGURES } from "./domain/strategy-figures";
import type { UsageCounts } from "./domain/usage";

/** The dictionary's figures for the strategy measures: the period's usage counts, read once. */
export const measures: ModuleMeasures<UsageCounts> = {
  load: ({ sp }, period) => loadUsage(sp, monthsIn(period)),
  figures: DICTIONARY_FIGURES,
};
