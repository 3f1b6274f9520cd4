import type { SPFI } from "@pnp/sp";
import type { ItemInput, RowOf } from "../../../../manifest/items";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { parseChecks, parseOverrides, type Publication } from "../domain/publication";
import { publicationsList } from "../lists";

const SELECT = [
  "Id", "Title", "PublicationKey", "AssetKey", "FileName", "Description", "Identifier", "LicenceUri", "LicenceTitle", "Publisher", "PeriodStart", "PeriodEnd", "Frequency", "ConformsTo",
  "PublishedOn", "RowCount", "ChecksSummary", "FixedChecks", "OverrideCount", "Overrides", "SuppressedCells", "DisclosureRule", "ReturnKey", "DueDate", "Author/Title",
] as const;
type PublicationRow = RowOf<typeof publicationsList, (typeof SELECT)[number]>;

function toPublication(row: PublicationRow): Publication {
  return {
    id: row.Id,
    key: row.PublicationKey ?? "",
    assetKey: row.AssetKey || null,
    title: row.Title,
    description: row.Description ?? "",
    identifier: row.Identifier ?? "",
    licenceUri: row.LicenceUri ?? "",
    licenceTitle: row.LicenceTitle ?? "",
    publisher: row.Publisher ?? "",
    periodStart: row.PeriodStart ?? "",
    periodEnd: row.PeriodEnd ?? "",
    frequency: row.Frequency ?? "",
    conformsTo: row.ConformsTo ?? "",
    issued: row.PublishedOn ?? "",
    fileName: row.FileName ?? "",
    rows: row.RowCount ?? 0,
    rule: row.DisclosureRule ?? "",
    publishedBy: row.Author?.Title ?? null,
    checks: parseChecks(row.ChecksSummary),
    fixedChecks: row.FixedChecks ?? 0,
    overrides: parseOverrides(row.Overrides),
    suppressedCells: row.SuppressedCells ?? 0,
    returnKey: row.ReturnKey || null,
    dueDate: row.DueDate || null,
  };
}

/** Every publication, newest first (read in Id windows, so it keeps working past 5,000). */
export async function loadPublications(sp: SPFI): Promise<Publication[]> {
  const all: Publication[] = [];
  for await (const page of readAllItems(sp, publicationsList, { select: SELECT, expand: ["Author"] })) all.push(...page.map(toPublication));
  return all.sort((a, b) => b.issued.localeCompare(a.issued) || b.id - a.id);
}

/** The publications that answer one return of the reporting calendar, newest first (ReturnKey is indexed). */
export async function loadPublicationsForReturn(sp: SPFI, returnKey: string): Promise<Publication[]> {
  const rows = await getItems(sp, publicationsList, { select: SELECT, expand: ["Author"], filter: filterFor(publicationsList).eq("ReturnKey", returnKey), orderBy: [["PublishedOn", "desc"]], top: 500 });
  return rows.map(toPublication);
}

export async function loadPublication(sp: SPFI, id: number): Promise<Publication> {
  return toPublication(await getItem(sp, publicationsList, id, { select: SELECT, expand: ["Author"] }));
}

/**
 * Saves the record of a publication. The key is unique, so a save retried after a lost answer adds
 * nothing: the record already saved under the key is returned instead.
 */
export async function recordPublication(sp: SPFI, values: ItemInput<typeof publicationsList> & { PublicationKey: string }): Promise<Publication> {
  try {
    const added = await addItem(sp, publicationsList, values);
    return await loadPublication(sp, added.id);
  } catch (error) {
    const existing = await getItems(sp, publicationsList, { select: SELECT, expand: ["Author"], filter: filterFor(publicationsList).eq("PublicationKey", values.PublicationKey), top: 1 });
    if (existing[0]) return toPublication(existing[0]);
    throw error;
  }
}

