import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import type { Framework } from "../domain/framework";
import type { PrincipleMapping } from "../domain/principles";
import { computeRoundResults } from "../domain/results";
import { makeSnapshot, type ResultsSnapshot, type SnapshotRead, snapshotFromParts, snapshotParts, type StoredPart } from "../domain/snapshot";
import { resultsList } from "../lists";
import { loadRoundsAnswers } from "./answers-data";
import { type SiteRound, saveRound } from "./rounds-data";

const PART_SELECT = ["Id", "ResultKey", "RoundKey", "Part", "Parts", "Snapshot", "ComputedOn"] as const;

type PartItem = Awaited<ReturnType<typeof getItems<typeof resultsList, (typeof PART_SELECT)[number]>>>[number];

const partOf = (item: PartItem): StoredPart => ({ part: item.Part ?? 0, parts: item.Parts ?? 0, text: item.Snapshot ?? "", computedOn: item.ComputedOn ?? null });

/** Every closed round's anonymised results, by round key: one request (a few items of about 40 kB each). */
export async function loadSnapshots(sp: SPFI): Promise<Map<string, SnapshotRead>> {
  const items = await getItems(sp, resultsList, { select: PART_SELECT, orderBy: [["Id", "asc"]], top: 5000 });
  const byRound = new Map<string, StoredPart[]>();
  for (const item of items) if (item.RoundKey) byRound.set(item.RoundKey, [...(byRound.get(item.RoundKey) ?? []), partOf(item)]);
  return new Map([...byRound].map(([roundKey, parts]) => [roundKey, snapshotFromParts(roundKey, parts)]));
}

/**
 * Writes a round's snapshot: parts after the first, then part 1, which says how many parts there
 * are. Existing parts are updated with the version read, so a reader never pieces together two writes.
 */
export async function saveSnapshot(sp: SPFI, snapshot: ResultsSnapshot, roundName: string): Promise<void> {
  const existing = await getItems(sp, resultsList, { select: PART_SELECT, filter: filterFor(resultsList).eq("RoundKey", snapshot.roundKey), top: 5000 });
  const byPart = new Map(existing.map((item) => [item.Part ?? 0, item]));
  const texts = snapshotParts(snapshot);
  const write = async (index: number) => {
    const part = index + 1;
    const values = { ResultKey: `${snapshot.roundKey}#${part}`, Title: roundName, RoundKey: snapshot.roundKey, Part: part, Parts: texts.length, Snapshot: texts[index]!, ComputedOn: snapshot.computedOn };
    const item = byPart.get(part);
    if (item) await updateItem(sp, resultsList, { id: item.Id, etag: item["odata.etag"] ?? null }, values, async () => null);
    else await addItem(sp, resultsList, values);
  };
  for (let i = texts.length - 1; i >= 0; i--) await write(i);
}

/**
 * Closes a round: its results computed from every answer (the latest where two people answered a
 * row), saved as the anonymised snapshot everyone sees, then the round marked Closed with the
 * version the data lead saw. If the status save fails, the snapshot is there but unused: readers
 * show snapshots of closed rounds only.
 */
export async function closeRound(sp: SPFI, round: SiteRound, framework: Framework, mapping: PrincipleMapping, now: Date): Promise<SiteRound> {
  const answers = await loadRoundsAnswers(sp, [round.key]);
  await saveSnapshot(sp, makeSnapshot(computeRoundResults(framework, round.key, answers, mapping), now), round.name);
  return saveRound(sp, round, { Status: "Closed" });
}
