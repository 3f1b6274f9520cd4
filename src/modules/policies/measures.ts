import type { ModuleMeasures } from "../../core/module";
import { recentPeriods } from "../../core/domain/periods";
import { loadCurrentConfirmations } from "./data/confirmations-data";
import { loadAllReaders } from "./data/directory-data";
import { loadDocuments, loadHistory } from "./data/documents-data";
import { loadOpens } from "./data/usage-data";
import { todayOf } from "./domain/document";
import { POLICY_FIGURES, type PoliciesData } from "./domain/strategy-figures";

/** The policies figures: the library, each document's history, current confirmations, the directory and opens, read once. */
export const measures: ModuleMeasures<PoliciesData> = {
  load: async ({ sp, graph }, period) => {
    // The one reading of the clock, here at the edge.
    const now = new Date();
    const docs = await loadDocuments(sp);
    const months = [...new Set([...recentPeriods(now, 36), period.start.slice(0, 7), period.end.slice(0, 7)])];
    const [histories, confirmations, readers, opens] = await Promise.all([
      Promise.all(docs.map(async (d) => [d.id, await loadHistory(sp, d.id)] as const)).then((entries) => new Map(entries)),
      loadCurrentConfirmations(sp, docs),
      loadAllReaders(sp, graph),
      loadOpens(sp, months),
    ]);
    return { docs, histories, confirmations, readers, opens, asOf: todayOf(now) };
  },
  figures: POLICY_FIGURES,
};
