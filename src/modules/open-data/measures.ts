import type { ModuleMeasures } from "../../core/module";
import { loadPublications } from "./data/publications-data";
import { OPEN_DATA_FIGURES, type OpenDataFigures } from "./domain/strategy-figures";

/** Open data's figures for the strategy measures: every publication's record, read once. */
export const measures: ModuleMeasures<OpenDataFigures> = {
  load: async ({ sp }) => ({ publications: await loadPublications(sp) }),
  figures: OPEN_DATA_FIGURES,
};
