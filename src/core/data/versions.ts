import type { SPFI } from "@pnp/sp";
import type { ListDeclaration } from "../../../manifest/schema";
import { type ItemVersion, itemVersionFromWire, newestFirst } from "../domain/versions";
import { listOf } from "./lists";
import { siteUserNames } from "./people";

/** An item's versions with their editors' names, newest first (one request, plus one per unnamed editor). */
export async function loadItemVersions(sp: SPFI, list: ListDeclaration, id: number): Promise<ItemVersion[]> {
  const raw: Record<string, unknown>[] = await listOf(sp, list).items.getById(id).versions();
  const versions = newestFirst(raw.map(itemVersionFromWire));
  const unnamed = versions.filter((v) => !v.editorName && v.editorId !== null).map((v) => v.editorId!);
  if (!unnamed.length) return versions;
  const names = await siteUserNames(sp, unnamed);
  return versions.map((v) => (!v.editorName && v.editorId !== null ? { ...v, editorName: names.get(v.editorId) || null } : v));
}
