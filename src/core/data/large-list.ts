import type { IList } from "@pnp/sp/lists";

/** SharePoint Online's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
/** Id windows fetched at once: enough to fill the pipe, few enough not to be throttled. */
const WINDOW_CONCURRENCY = 4;

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
 * threshold would refuse, at any list size: the list is read in Id windows of 5,000, each
 * filtered on the server. The first window starts at once, alongside a one-row probe for the
 * highest Id that says how many more there are. Windows are yielded as they arrive, so the
 * first rows can be shown before the last are read.
 */
export async function* readAllItems<T>(list: IList, query: ListQuery): AsyncGenerator<T[]> {
  const fetchWindow = async (window: [number, number]) => {
    const rows: T[] = [];
    for await (const page of windowQuery(list, query, window)) rows.push(...(page as T[]));
    return rows;
  };
  const windowAt = (index: number): [number, number] => [index * LIST_VIEW_THRESHOLD + 1, (index + 1) * LIST_VIEW_THRESHOLD];

  const probe = highestId(list);
  const running = new Map<number, Promise<{ index: number; rows: T[] }>>();
  const launch = (index: number) => {
    const pending = fetchWindow(windowAt(index)).then((rows) => ({ index, rows }));
    // If one window fails the reader stops; the others' later failures must not go unhandled.
    pending.catch(() => undefined);
    running.set(index, pending);
  };
  launch(0);
  probe.catch(() => undefined);
  const windowCount = Math.max(1, Math.ceil((await probe) / LIST_VIEW_THRESHOLD));
  let next = 1;
  while (next < windowCount && running.size < WINDOW_CONCURRENCY) launch(next++);
  while (running.size > 0) {
    const { index, rows } = await Promise.race(running.values());
    running.delete(index);
    if (next < windowCount) launch(next++);
    if (rows.length) yield rows;
  }
}
