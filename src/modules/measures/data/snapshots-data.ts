import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { isConflict, updateItem } from "../../../core/data/concurrency";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import type { KeptSnapshot, SnapshotOutcome, SnapshotValues, SnapshotWrite } from "../domain/snapshot";
import { measureSnapshotsList } from "../lists";

/**
 * Keeping figures per quarter. Each figure's quarter is one item with a unique key, so when two data
 * leads keep the same quarter at once SharePoint refuses the second add: that is read back as
 * "already taken", never a second item and never a lost value. A provisional snapshot is replaced
 * with the ETag it was read with; a final one is never written over.
 */

function columnsOf(values: SnapshotValues): ItemInput<typeof measureSnapshotsList> {
  return {
    Title: values.label.slice(0, 255),
    SnapshotKey: values.key,
    SeriesKey: values.seriesKey,
    MeasureKey: values.measureKey,
    PrincipleKey: values.principleKey,
    Period: values.period,
    PeriodStart: `${values.periodStart}T00:00:00Z`,
    Value: values.value,
    Unit: values.unit,
    Better: values.better,
    Basis: values.basis,
    Breakdown: values.breakdown,
    Target: values.target,
    Final: values.final,
  };
}

async function keptByKey(sp: SPFI, key: string): Promise<KeptSnapshot | null> {
  const rows = await getItems(sp, measureSnapshotsList, { select: ["Id", "SnapshotKey", "Final"], filter: filterFor(measureSnapshotsList).eq("SnapshotKey", key), top: 1 });
  const row = rows[0];
  return row ? { id: row.Id, etag: row["odata.etag"] ?? null, key: row.SnapshotKey ?? key, final: row.Final === true } : null;
}

export interface WriteResult {
  key: string;
  outcome: SnapshotOutcome;
  error?: unknown;
}

/** What to do when someone else's snapshot is there already: a final stays; a provisional one is taken over only by a final one. */
async function settleWithExisting(sp: SPFI, values: SnapshotValues, existing: KeptSnapshot | null, error: unknown, retried: boolean): Promise<WriteResult> {
  if (!existing) return { key: values.key, outcome: "failed", error };
  if (existing.final || !values.final || retried) return { key: values.key, outcome: "already-taken" };
  return update(sp, existing, values, true);
}

async function update(sp: SPFI, existing: KeptSnapshot, values: SnapshotValues, retried: boolean): Promise<WriteResult> {
  try {
    await updateItem(sp, measureSnapshotsList, existing, columnsOf(values), () => keptByKey(sp, values.key));
    return { key: values.key, outcome: "taken" };
  } catch (error) {
    if (isConflict<KeptSnapshot | null>(error)) return settleWithExisting(sp, values, error.current, error, retried);
    return { key: values.key, outcome: "failed", error };
  }
}

async function writeOne(sp: SPFI, write: SnapshotWrite): Promise<WriteResult> {
  if (write.action === "update") return update(sp, write.existing, write.values, false);
  try {
    await addItem(sp, measureSnapshotsList, columnsOf(write.values));
    return { key: write.values.key, outcome: "taken" };
  } catch (error) {
    // A unique key refused (SharePoint's SPDuplicateValuesFoundException) or a failure after the add
    // was stored: either way, what is there now decides.
    const existing = await keptByKey(sp, write.values.key).catch(() => null);
    return settleWithExisting(sp, write.values, existing, error, false);
  }
}

/** Writes snapshots a few at a time (enough to be quick, few enough not to be throttled). */
export async function writeSnapshots(sp: SPFI, writes: readonly SnapshotWrite[], concurrency = 4): Promise<WriteResult[]> {
  const results: WriteResult[] = new Array(writes.length);
  let next = 0;
  const worker = async () => {
    while (next < writes.length) {
      const index = next++;
      results[index] = await writeOne(sp, writes[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, writes.length) }, worker));
  return results;
}
