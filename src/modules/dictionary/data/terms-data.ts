import type { SPFI } from "@pnp/sp";
import type { ListDeclaration } from "../../../../manifest/schema";
import { httpStatusOf, updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { getItem, getItems } from "../../../core/data/lists";
import { loadItemVersions } from "../../../core/data/versions";
import { filterFor } from "../../../core/domain/odata";
import { type ContentWrite } from "../domain/proposal";
import { type Version, versionFromWire } from "../domain/history";
import { type Term, TERM_EXPAND, TERM_LIST_SELECT, TERM_SELECT, termFromItem } from "../domain/term";
import { glossaryList } from "../lists";

const f = filterFor(glossaryList);

/** Terms shown before the whole dictionary has arrived: enough to fill the first screen. */
export const FIRST_SCREEN_TERMS = 100;


/**
 * Every term, delivered as it arrives so the first screen never waits for the whole list:
 * the first FIRST_SCREEN_TERMS in Id order (always indexed, so allowed at any list size) come
 * back in one small request while `readAllItems` pages through the rest within the list view
 * threshold. A term may arrive twice (in the first screen and again in its page); callers key by id.
 */
export async function loadTerms(sp: SPFI, onPage: (terms: Term[]) => void): Promise<void> {
  const first = getItems(sp, glossaryList, { select: TERM_LIST_SELECT, orderBy: [["Id", "asc"]], top: FIRST_SCREEN_TERMS }).then((items) => onPage(items.map(termFromItem)));
  const rest = (async () => {
    for await (const page of readAllItems(sp, glossaryList, { select: TERM_LIST_SELECT })) onPage(page.map(termFromItem));
  })();
  await Promise.all([first, rest]);
}

async function readTermByKey(sp: SPFI, key: string): Promise<Term | null> {
  const items = await getItems(sp, glossaryList, { select: TERM_SELECT, expand: TERM_EXPAND, filter: f.eq("TermKey", key), top: 1 });
  return items[0] ? termFromItem(items[0]) : null;
}

/** One term in full, by its key (as links use) or, failing that, by its item id. */
export async function getTerm(sp: SPFI, keyOrId: string): Promise<Term | null> {
  const byKey = await readTermByKey(sp, keyOrId);
  if (byKey || !/^\d+$/.test(keyOrId)) return byKey;
  return getTermById(sp, Number(keyOrId));
}

export async function getTermById(sp: SPFI, id: number): Promise<Term | null> {
  try {
    return termFromItem(await getItem(sp, glossaryList, id, { select: TERM_SELECT, expand: TERM_EXPAND }));
  } catch (error) {
    if (httpStatusOf(error) === 404) return null;
    throw error;
  }
}

/** Terms by key (related terms, replacements), in requests of 20 keys: each an OR of indexed equalities. */
export async function getTermsByKeys(sp: SPFI, keys: readonly string[]): Promise<Term[]> {
  const unique = [...new Set(keys.filter(Boolean))];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += 20) chunks.push(unique.slice(i, i + 20));
  const pages = await Promise.all(
    chunks.map((chunk) => getItems(sp, glossaryList, { select: TERM_LIST_SELECT, filter: f.anyOf("TermKey", chunk), top: chunk.length * 2 })),
  );
  return pages.flat().map(termFromItem);
}

/** Whether a key is already used by a published term (an indexed equality, fine at any list size). */
export async function keyTaken(sp: SPFI, key: string): Promise<boolean> {
  const items = await getItems(sp, glossaryList, { select: ["Id"], filter: f.eq("TermKey", key), top: 1 });
  return items.length > 0;
}

/** Item versions with the editors' names, newest first. */
export async function loadVersions(sp: SPFI, list: ListDeclaration, id: number): Promise<Version[]> {
  return (await loadItemVersions(sp, list, id)).map(versionFromWire);
}

export const loadTermVersions = (sp: SPFI, id: number) => loadVersions(sp, glossaryList, id);

/** What a write to a published term may change: its content, status and the proposal that approved it. */
export type TermWrite = Partial<ContentWrite> & { ReviewDate?: string | null; TermStatus?: Term["status"]; ReplacedBy?: string | null; ApprovedProposal?: number | null };

/**
 * Writes to a published term with the ETag it was read with (never "*"). Only owners and the
 * data lead may; SharePoint refuses anyone else with 403. A 412 becomes the hub's ConflictError.
 */
export async function updateTerm(sp: SPFI, term: Pick<Term, "id" | "etag">, fields: TermWrite): Promise<Term> {
  const reread = async () => {
    const current = await getTermById(sp, term.id);
    if (!current) throw Object.assign(new Error("The term was deleted by someone else."), { status: 404 });
    return current;
  };
  await updateItem(sp, glossaryList, term, fields, reread);
  return reread();
}

/** The owner confirms a term is still right: its next review is set, nothing else changes. */
export function confirmReviewed(sp: SPFI, term: Term, nextReview: string): Promise<Term> {
  return updateTerm(sp, term, { ReviewDate: nextReview });
}
