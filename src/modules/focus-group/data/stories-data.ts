import type { SPFI } from "@pnp/sp";
import { getItems } from "../../../core/data/lists";
import { type Story, storyKind } from "../domain/story";
import { storiesList } from "../lists";

/** The latest stories, newest first, for Home: one small request ordered by Id (always indexed). */
export async function loadLatestStories(sp: SPFI, count = 3): Promise<Story[]> {
  const rows = await getItems(sp, storiesList, { select: storyKind.select, expand: storyKind.expand, orderBy: [["Id", "desc"]], top: count });
  return rows.map(storyKind.fromItem);
}
