import type { SPFI } from "@pnp/sp";
import { readAllItems } from "../../../core/data/large-list";
import { getItems, listOf } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { itemVersionFromWire } from "../../../core/domain/versions";
import { ACTION_STATUSES, type ActionStatus } from "../domain/action";
import { completedOnFromVersions } from "../domain/completion";
import { actionsList } from "../lists";

/** What another module may know of an action: enough to link it and to say whether, and when, it was delivered. */
export interface ActionOutcome {
  id: number;
  title: string;
  service: string | null;
  status: ActionStatus;
  /** ISO date-time it became Complete (from its version history); null while it is not. */
  completedOn: string | null;
}

const SELECT = ["Id", "Title", "Service", "Status"] as const;
const statusOf = (value: string | null): ActionStatus => ((ACTION_STATUSES as readonly string[]).includes(value ?? "") ? (value as ActionStatus) : "Not started");

/** Every action's id, title, service and status, for choosing one (Id windows, any list size). */
export async function loadActionChoices(sp: SPFI): Promise<Omit<ActionOutcome, "completedOn">[]> {
  const choices: Omit<ActionOutcome, "completedOn">[] = [];
  for await (const page of readAllItems(sp, actionsList, { select: SELECT })) {
    for (const item of page) choices.push({ id: item.Id, title: item.Title ?? "", service: item.Service ?? null, status: statusOf(item.Status) });
  }
  return choices;
}

/**
 * The given actions with when each was completed: one read of the actions (50 ids a request), then
 * the version history of those that are Complete. Ids of actions that no longer exist are left out.
 */
export async function loadActionOutcomes(sp: SPFI, ids: readonly number[]): Promise<ActionOutcome[]> {
  const unique = [...new Set(ids)];
  const f = filterFor(actionsList);
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += 50) chunks.push(unique.slice(i, i + 50));
  const pages = await Promise.all(chunks.map((chunk) => getItems(sp, actionsList, { select: SELECT, filter: f.anyOf("Id", chunk), top: chunk.length })));
  return Promise.all(
    pages.flat().map(async (item): Promise<ActionOutcome> => {
      const status = statusOf(item.Status);
      let completedOn: string | null = null;
      if (status === "Complete") {
        // Only the saved times and statuses matter here, so the editors' names are not looked up.
        const raw: Record<string, unknown>[] = await listOf(sp, actionsList).items.getById(item.Id).versions();
        completedOn = completedOnFromVersions(raw.map(itemVersionFromWire).map((v) => ({ saved: v.saved, status: typeof v.values.Status === "string" ? v.values.Status : null })));
      }
      return { id: item.Id, title: item.Title ?? "", service: item.Service ?? null, status, completedOn };
    }),
  );
}
