import type { MeasureDefinition } from "../../../core/domain/measures";
import type { UsageCounts } from "./usage";

/** The "metric standardisation" audit: how much each department uses the dictionary (counts only). */
export const DICTIONARY_FIGURES: readonly MeasureDefinition<UsageCounts>[] = [
  {
    measureKey: "data-literacy-m5",
    id: "dictionary.use",
    label: "Data dictionary searches and term opens",
    method: "Searches and term opens counted per department and month (GlossaryUsage list; nobody's name is kept).",
    unit: "count",
    better: "higher",
    compute: (counts) => {
      const breakdown = Object.entries(counts.byDepartment)
        .map(([label, c]) => ({ label, value: c.searches + c.opens }))
        .sort((a, b) => b.value - a.value);
      return { value: counts.searches + counts.opens, basis: `${counts.searches} searches (${counts.emptySearches} found nothing) and ${counts.opens} term opens`, breakdown };
    },
  },
];
