import type { IList } from "@pnp/sp/lists";

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

export interface ListQuery {
  select: readonly string[];
  expand?: readonly string[];
  /** An OData filter; it runs inside an Id window, so it need not be selective itself. */
  filter?: string;
}

/** The highest item id: sorting by Id is always allowed, whatever the list's size. */
async function highestId(list: IList): Promise<number> {
  const last = await list.items.select("Id").orderBy("Id", false).top(1)<{ Id: number }[]>();
  return last[0]?.Id ?? 0;
}

function windowQuery(list: IList, query: ListQuery, [from, to]: [number, number]) {
  // The Id range comes first: Id is always indexed and selects at most 5,000 rows, so
  // SharePoint can answer the rest of the filter within the list view threshold.
  const range = `Id ge ${from} and Id le ${to}`;
  let items = list.items.select(...query.select).top(LIST_VIEW_THRESHOLD).filter(query.filter ? `${range} and (${query.filter})` : range);
  if (query.expand?.length) items = items.expand(...query.expand);
  return items;
}

/**
 * Reads every item matching a query without ever asking SharePoint for a query its list view
 * threshold would refuse, at any list size: the list is read in Id windows of at most 5,000,
 * each filtered on the server. A small first window starts at once, alongside a one-row probe
 * for the highest Id that says how many more there are. Windows are yielded as they arrive, so the
 * first rows can be shown before the last are read.
 */
export async function* readAllItems<T>(list: IList, query: ListQuery): AsyncGenerator<T[]> {
  const fetchWindow = async (window: [number, number]) => {
    const rows: T[] = [];
    for await (const page of windowQuery(list, query, window)) rows.push(...(page as T[]));
    return rows;
  };
  const probe = highestId(list);
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
