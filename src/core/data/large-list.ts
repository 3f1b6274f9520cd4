import type { IList } from "@pnp/sp/lists";

/** SharePoint Online's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
/** Id windows fetched at once on a large list: enough to fill the pipe, few enough not to be throttled. */
const WINDOW_CONCURRENCY = 4;

export interface ListQuery {
  select: readonly string[];
  expand?: readonly string[];
  /** An OData filter; on a large list it runs inside an Id window, so it need not be selective itself. */
  filter?: string;
}

async function listSize(list: IList): Promise<{ itemCount: number; maxId: number }> {
  const [info, last] = await Promise.all([
    list.select("ItemCount")<{ ItemCount: number }>(),
    list.items.select("Id").orderBy("Id", false).top(1)<{ Id: number }[]>(),
  ]);
  return { itemCount: info.ItemCount, maxId: last[0]?.Id ?? 0 };
}

function itemsQuery(list: IList, query: ListQuery, filter: string | undefined) {
  let items = list.items.select(...query.select).top(LIST_VIEW_THRESHOLD);
  if (query.expand?.length) items = items.expand(...query.expand);
  if (filter) items = items.filter(filter);
  return items;
}

/**
 * Reads every item matching a query, page by page, without ever asking SharePoint for a query
 * its list view threshold would refuse:
 * - up to 5,000 items, one filtered query, paged;
 * - beyond, the list is cut into Id windows of 5,000 (`Id ge a and Id le b` comes first: Id is
 *   always indexed and selects at most 5,000 rows), each window filtered on the server.
 * Pages are yielded as they arrive, so the first rows can be shown before the last are read.
 */
export async function* readAllItems<T>(list: IList, query: ListQuery): AsyncGenerator<T[]> {
  const { itemCount, maxId } = await listSize(list);
  if (itemCount <= LIST_VIEW_THRESHOLD) {
    for await (const page of itemsQuery(list, query, query.filter)) yield page as T[];
    return;
  }
  const windows: [number, number][] = [];
  for (let start = 1; start <= maxId; start += LIST_VIEW_THRESHOLD) windows.push([start, start + LIST_VIEW_THRESHOLD - 1]);
  const fetchWindow = async ([from, to]: [number, number]) => {
    const range = `Id ge ${from} and Id le ${to}`;
    const rows: T[] = [];
    for await (const page of itemsQuery(list, query, query.filter ? `${range} and (${query.filter})` : range)) rows.push(...(page as T[]));
    return rows;
  };
  // A small pool: start up to WINDOW_CONCURRENCY windows, yield each as it finishes.
  const running = new Map<number, Promise<{ index: number; rows: T[] }>>();
  let next = 0;
  const launch = () => {
    const index = next++;
    const pending = fetchWindow(windows[index]!).then((rows) => ({ index, rows }));
    // If one window fails the reader stops; the others' later failures must not go unhandled.
    pending.catch(() => undefined);
    running.set(index, pending);
  };
  while (next < windows.length && running.size < WINDOW_CONCURRENCY) launch();
  while (running.size > 0) {
    const { index, rows } = await Promise.race(running.values());
    running.delete(index);
    if (next < windows.length) launch();
    if (rows.length) yield rows;
  }
}
