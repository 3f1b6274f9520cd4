import type { SPFI } from "@pnp/sp";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import type { ItemInput } from "../../../../manifest/items";
import { RUN_DETAIL_SELECT, RUN_EXPAND, RUN_FACT_SELECT, RUN_SELECT, runFromItem, type StoredRun } from "../domain/runs";
import { runsList } from "../lists";

/** Keeps a run's totals and sample (runToFields); returns it as stored. */
export async function saveRun(sp: SPFI, fields: ItemInput<typeof runsList>): Promise<StoredRun> {
  const added = await addItem(sp, runsList, fields);
  return runFromItem(await getItem(sp, runsList, added.id, { select: RUN_DETAIL_SELECT, expand: RUN_EXPAND }));
}

/** A dataset's runs, newest first, with the detail (scorecard and sample) of the newest few. */
export async function loadDatasetRuns(sp: SPFI, dataset: string, detailed = 2): Promise<StoredRun[]> {
  const rows = await getItems(sp, runsList, { select: RUN_SELECT, expand: RUN_EXPAND, filter: filterFor(runsList).eq("Dataset", dataset), orderBy: [["RunAt", "desc"]], top: 500 });
  const runs = rows.map(runFromItem);
  const details = await Promise.all(runs.slice(0, detailed).map((r) => getItem(sp, runsList, r.id, { select: RUN_DETAIL_SELECT, expand: RUN_EXPAND })));
  details.forEach((row, i) => (runs[i] = runFromItem(row)));
  return runs;
}

/** Every run's totals (no detail), for the strategy figures. */
export async function loadAllRuns(sp: SPFI): Promise<StoredRun[]> {
  const runs: StoredRun[] = [];
  for await (const page of readAllItems(sp, runsList, { select: RUN_FACT_SELECT })) runs.push(...page.map(runFromItem));
  return runs;
}
