import type { SPFI } from "@pnp/sp";
import type { RowOf, SelectName } from "../../../manifest/items";
import type { ListDeclaration } from "../../../manifest/schema";
import type { Filter } from "../domain/odata";
import { getItems, itemsQuery, type ListQuery } from "./lists";

/** SharePoint Online's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
/** Id windows fetched at once: enough to fill the pipe, few enough not to be throttled. */
const WINDOW_CONCURRENCY = 4;
/** The first window is small, so the first screen of rows arrives after a few hundred items, not 5,000. */
const LEAD_WINDOW = 500;

/** Id windows covering 1..maxId: a small lead window, then windows of 5,000. */
export function idWindows(maxId: number): [number, number][] {
  const windows: [number, number][] = [[1, LEAD_WINDOW]];
  for (let from = LEAD_WINDOW + 1; from <= maxId; from = windows[windows.length - 1]![1] + 1) {
    const to = from === LEAD_WINDOW + 1 ? LIST_VIEW_THRESHOLD : from + LIST_VIEW_THRESHOLD - 1;
    windows.push([from, to]);
  }
  return windows;
}

/** What a windowed read asks for: columns and a filter (sorting and `top` are the reader's own). */
export type WindowedQuery<L extends ListDeclaration, S extends SelectName<L>> = Pick<ListQuery<L, S>, "select" | "expand" | "filter">;

/** The highest item id: sorting by Id is always allowed, whatever the list's size. */
async function highestId(sp: SPFI, list: ListDeclaration): Promise<number> {
  const last = await getItems(sp, list, { select: ["Id"], orderBy: [["Id", "desc"]], top: 1 });
  return last[0]?.Id ?? 0;
}

function windowQuery<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, query: WindowedQuery<L, S>, [from, to]: [number, number]) {
  // The Id range comes first: Id is always indexed and selects at most 5,000 rows, so
  // SharePoint can answer the rest of the filter within the list view threshold.
  const range = `Id ge ${from} and Id le ${to}` as Filter<L>;
  return itemsQuery(sp, list, { ...query, filter: query.filter ? (`${range} and (${query.filter})` as Filter<L>) : range, top: LIST_VIEW_THRESHOLD });
}

/**
 * Reads every item matching a query without ever asking SharePoint for a query its list view
 * threshold would refuse, at any list size: the list is read in Id windows of at most 5,000,
 * each filtered on the server. A small first window starts at once, alongside a one-row probe
 * for the highest Id that says how many more there are. Windows are yielded as they arrive, so the
 * first rows can be shown before the last are read.
 */
export async function* readAllItems<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, query: WindowedQuery<L, S>): AsyncGenerator<RowOf<L, S>[]> {
  type T = RowOf<L, S>;
  const fetchWindow = async (window: [number, number]) => {
    const rows: T[] = [];
    for await (const page of windowQuery(sp, list, query, window)) rows.push(...(page as T[]));
    return rows;
  };
  const probe = highestId(sp, list);
  const running = new Map<number, Promise<{ index: number; rows: T[] }>>();
  let windows = idWindows(0);
  const launch = (index: number) => {
    const pending = fetchWindow(windows[index]!).then((rows) => ({ index, rows }));
    // If one window fails the reader stops; the others' later failures must not go unhandled.
    pending.catch(() => undefined);
    running.set(index, pending);
  };
  launch(0);
  probe.catch(() => undefined);
  windows = idWindows(await probe);
  const windowCount = windows.length;
  let next = 1;
  while (next < windowCount && running.size < WINDOW_CONCURRENCY) launch(next++);
  while (running.size > 0) {
    const { index, rows } = await Promise.race(running.values());
    running.delete(index);
    if (next < windowCount) launch(next++);
    if (rows.length) yield rows;
  }
}
