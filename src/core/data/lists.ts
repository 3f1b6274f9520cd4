import type { SPFI } from "@pnp/sp";
import type { IItems } from "@pnp/sp/items";
import type { IList } from "@pnp/sp/lists";
import type { ExpandName, FilterName, ItemInput, RowOf, SelectName } from "../../../manifest/items";
import type { ListDeclaration } from "../../../manifest/schema";
import type { Filter } from "../domain/odata";

/**
 * Typed access to the site's lists. Every read names its columns from the list's declaration
 * and every write sends only declared columns, so a renamed column fails to compile at each use.
 * This is the only place Data Hub calls PnPjs' item API.
 */

export interface ListQuery<L extends ListDeclaration, S extends SelectName<L>> {
  select: readonly S[];
  expand?: readonly ExpandName<L>[];
  filter?: Filter<L>;
  /** Sort order; after 5,000 items only indexed columns (and Id) may be used. */
  orderBy?: readonly (readonly [FilterName<L>, "asc" | "desc"])[];
  top?: number;
}

/** A PnPjs handle on a declared list. */
export function listOf(sp: SPFI, list: ListDeclaration): IList {
  return sp.web.lists.getByTitle(list.title);
}

function applyQuery<L extends ListDeclaration, S extends SelectName<L>>(items: IItems, query: ListQuery<L, S>): IItems {
  let result = items.select(...query.select);
  if (query.expand?.length) result = result.expand(...query.expand);
  if (query.filter) result = result.filter(query.filter);
  for (const [field, direction] of query.orderBy ?? []) result = result.orderBy(field, direction === "asc");
  if (query.top !== undefined) result = result.top(query.top);
  return result;
}

/** One request: the first page of items matching the query (`top` of them; SharePoint's default is 100). */
export async function getItems<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, query: ListQuery<L, S>): Promise<RowOf<L, S>[]> {
  return applyQuery(listOf(sp, list).items, query)<RowOf<L, S>[]>();
}

/** Every page of a query, following SharePoint's next links. The query must stay within the list view threshold. */
export async function* pageItems<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, query: ListQuery<L, S>): AsyncGenerator<RowOf<L, S>[]> {
  for await (const page of applyQuery(listOf(sp, list).items, query)) yield page as RowOf<L, S>[];
}

/** One item by id; a missing item is PnPjs' 404 error. */
export async function getItem<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, id: number, query: Pick<ListQuery<L, S>, "select" | "expand">): Promise<RowOf<L, S>> {
  let item = listOf(sp, list).items.getById(id).select(...query.select);
  if (query.expand?.length) item = item.expand(...query.expand);
  return item<RowOf<L, S>>();
}

/** Adds an item with declared columns only; returns its id and ETag. */
export async function addItem<L extends ListDeclaration>(sp: SPFI, list: L, values: ItemInput<L>): Promise<{ id: number; etag: string | null }> {
  const added: { Id: number; "odata.etag"?: string } = await listOf(sp, list).items.add(values);
  return { id: added.Id, etag: added["odata.etag"] ?? null };
}

/** Adds the query to a raw PnPjs items collection (for the large-list reader's Id windows). */
export function itemsQuery<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, query: ListQuery<L, S>): IItems {
  return applyQuery(listOf(sp, list).items, query);
}
