import type { SPFI } from "@pnp/sp";
import "@pnp/sp/fields";
import type { ListFieldInfo } from "../domain/schema";

/** The site's own lists (not SharePoint's hidden ones), by title, for "start a schema from a list". */
export async function listTitles(sp: SPFI): Promise<string[]> {
  const lists = await sp.web.lists.select("Title", "Hidden", "BaseTemplate").filter("Hidden eq false and BaseTemplate eq 100")<{ Title: string }[]>();
  return lists.map((l) => l.Title).sort((a, b) => a.localeCompare(b, "en-GB"));
}

/** A list's columns as SharePoint describes them. */
export async function listFields(sp: SPFI, title: string): Promise<ListFieldInfo[]> {
  return sp.web.lists.getByTitle(title).fields.select("InternalName", "Title", "TypeAsString", "Description", "Required", "Hidden", "ReadOnlyField")<ListFieldInfo[]>();
}
