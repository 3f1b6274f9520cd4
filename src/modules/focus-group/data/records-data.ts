import type { SPFI } from "@pnp/sp";
import type { ItemInput, SelectName } from "../../../../manifest/items";
import type { ListDeclaration } from "../../../../manifest/schema";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem } from "../../../core/data/lists";
import type { Filter } from "../../../core/domain/odata";
import type { RecordKind, Versioned } from "../domain/record-kind";

/**
 * The group's records, read and written one way for every kind: whole lists through the
 * threshold-safe reader (any size), saves with the ETag the person loaded (a 412 is the hub's
 * ConflictError carrying the record as it is now).
 */

export async function loadRecords<L extends ListDeclaration, S extends SelectName<L>, R extends Versioned>(sp: SPFI, kind: RecordKind<L, S, R>, filter?: Filter<L>): Promise<R[]> {
  const records: R[] = [];
  for await (const page of readAllItems(sp, kind.list, { select: kind.select, expand: kind.expand, filter })) records.push(...page.map(kind.fromItem));
  return records;
}

export async function getRecord<L extends ListDeclaration, S extends SelectName<L>, R extends Versioned>(sp: SPFI, kind: RecordKind<L, S, R>, id: number): Promise<R> {
  return kind.fromItem(await getItem(sp, kind.list, id, { select: kind.select, expand: kind.expand }));
}

export async function addRecord<L extends ListDeclaration, S extends SelectName<L>, R extends Versioned>(sp: SPFI, kind: RecordKind<L, S, R>, values: ItemInput<L>): Promise<R> {
  const added = await addItem(sp, kind.list, values);
  return getRecord(sp, kind, added.id);
}

export async function saveRecord<L extends ListDeclaration, S extends SelectName<L>, R extends Versioned>(sp: SPFI, kind: RecordKind<L, S, R>, version: Versioned, values: ItemInput<L>): Promise<R> {
  await updateItem(sp, kind.list, version, values, () => getRecord(sp, kind, version.id));
  return getRecord(sp, kind, version.id);
}
