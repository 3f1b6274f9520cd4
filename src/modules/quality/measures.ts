import type { ModuleMeasures } from "../../core/module";
import { loadQualityData } from "./data/quality-data";
import { QUALITY_FIGURES, type QualityData } from "./domain/strategy-figures";

/** Data quality's figures for the strategy measures: the log, audits and validation runs, read once. */
export const measures: ModuleMeasures<QualityData> = {
  load: ({ sp }) => loadQualityData(sp),
  figures: QUALITY_FIGURES,
};
