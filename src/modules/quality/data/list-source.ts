import type { SPFI } from "@pnp/sp";
import "@pnp/sp/fields";
import { readAllItems } from "../../../core/data/large-list";
import type { ListDeclaration } from "../../../../manifest/schema";
import type { ReferenceLists, TableSchema } from "../domain/validation/schema-types";
import { csvText, LIST_FIELD_KINDS, type ListColumn, listValueText } from "../domain/list-table";

/**
 * A SharePoint list as a table to validate, read through PnPjs as the signed-in person: its columns
 * (display names as the header) and every item in Id windows, written as CSV text in the browser and
 * handed to the validation worker like a dropped file. Nothing is uploaded anywhere.
 */
export interface SiteList {
  title: string;
  itemCount: number;
}

/** The site's ordinary lists (not hidden, not libraries), for the "pick a list" choice. */
export async function loadSiteLists(sp: SPFI): Promise<SiteList[]> {
  const lists: { Title: string; ItemCount: number }[] = await sp.web.lists.filter("Hidden eq false and BaseTemplate eq 100").select("Title", "ItemCount")();
  return lists.map((l) => ({ title: l.Title, itemCount: l.ItemCount })).sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
}

/** The columns a list's items can be validated on: its own visible columns of kinds the reader understands, plus Title. */
export async function loadListColumns(sp: SPFI, title: string): Promise<ListColumn[]> {
  const fields: { InternalName: string; Title: string; TypeAsString: string; Hidden: boolean; ReadOnlyField: boolean; DisplayFormat?: number }[] = await sp.web.lists
    .getByTitle(title)
    .fields.filter("Hidden eq false")
    .select("InternalName", "Title", "TypeAsString", "Hidden", "ReadOnlyField", "DisplayFormat")();
  return fields
    .filter((f) => (LIST_FIELD_KINDS as readonly string[]).includes(f.TypeAsString) && (!f.ReadOnlyField || f.InternalName === "ID" || f.TypeAsString === "Calculated") && !["ContentType", "Attachments"].includes(f.InternalName))
    .map((f) => ({ internalName: f.InternalName === "ID" ? "Id" : f.InternalName, title: f.Title, kind: f.TypeAsString as ListColumn["kind"], dateOnly: f.DisplayFormat === 0 }));
}

/** An ad-hoc declaration for an existing list, so the threshold-safe reader can page through it. */
function declarationOf(title: string): ListDeclaration {
  return { title, url: "", description: "", fields: [], permissions: { add: [], edit: [] } };
}

/**
 * Reads a list as CSV text, page by page (every page is converted at once, so memory holds text,
 * not item objects). `onProgress` says how many items have been read.
 */
export async function readListAsCsv(sp: SPFI, title: string, columns: readonly ListColumn[], onProgress?: (items: number) => void, signal?: AbortSignal): Promise<Blob> {
  const parts: string[] = [csvText([columns.map((c) => c.title)])];
  let items = 0;
  const select = columns.map((c) => c.internalName) as never[];
  for await (const page of readAllItems(sp, declarationOf(title), { select })) {
    if (signal?.aborted) throw new DOMException("The list was not read: you cancelled.", "AbortError");
    const rows = (page as unknown as Record<string, unknown>[]).map((item) => columns.map((c) => listValueText(item[c.internalName], c)));
    parts.push(csvText(rows));
    items += rows.length;
    onProgress?.(items);
  }
  return new Blob(parts, { type: "text/csv" });
}

/**
 * The reference lists a rule set's foreign keys name (`"reference": {"resource": "Wards", …}`),
 * each read once from the SharePoint list of that title, keyed by column display name.
 */
export async function loadReferenceLists(sp: SPFI, schema: TableSchema): Promise<ReferenceLists> {
  const resources = [...new Set((schema.foreignKeys ?? []).map((fk) => fk.reference.resource).filter((r): r is string => Boolean(r)))];
  const lists: Record<string, Record<string, string>[]> = {};
  for (const resource of resources) {
    const columns = await loadListColumns(sp, resource);
    const rows: Record<string, string>[] = [];
    const select = columns.map((c) => c.internalName) as never[];
    for await (const page of readAllItems(sp, declarationOf(resource), { select })) {
      for (const item of page as unknown as Record<string, unknown>[]) rows.push(Object.fromEntries(columns.map((c) => [c.title, listValueText(item[c.internalName], c)])));
    }
    lists[resource] = rows;
  }
  return lists;
}
