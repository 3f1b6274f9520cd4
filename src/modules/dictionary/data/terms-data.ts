import type { SPFI } from "@pnp/sp";
import { glossaryList } from "../../../../manifest/lists/glossary";
import { readAllItems } from "../../../core/data/large-list";
import { odataString } from "../../../core/data/sharepoint";
import { siteUserNames } from "../../../core/data/people";
import { type Version, versionFromWire } from "../domain/history";
import { type Term, TERM_EXPAND, TERM_LIST_SELECT, TERM_SELECT, type TermItem, termFromItem } from "../domain/term";

export const termsList = (sp: SPFI) => sp.web.lists.getByTitle(glossaryList.title);

/** Terms shown before the whole dictionary has arrived: enough to fill the first screen. */
export const FIRST_SCREEN_TERMS = 100;

/** A write refused because the term changed since it was read (412), carrying the term as it is now. */
export class TermConflictError extends Error {
  readonly status = 412;
  constructor(readonly current: Term) {
    super("The term was changed by someone else.");
    this.name = "TermConflictError";
  }
}

export const statusOf = (error: unknown): number | undefined => (error as { status?: number })?.status;

/**
 * Every term, delivered as it arrives so the first screen never waits for the whole list:
 * the first FIRST_SCREEN_TERMS in Id order (always indexed, so allowed at any list size) come
 * back in one small request while `readAllItems` pages through the rest within the list view
 * threshold. A term may arrive twice (in the first screen and again in its page); callers key by id.
 */
export async function loadTerms(sp: SPFI, onPage: (terms: Term[]) => void): Promise<void> {
  const list = termsList(sp);
  const first = list.items
    .select(...TERM_LIST_SELECT)
    .orderBy("Id")
    .top(FIRST_SCREEN_TERMS)<TermItem[]>()
    .then((items) => onPage(items.map(termFromItem)));
  const rest = (async () => {
    for await (const page of readAllItems<TermItem>(list, { select: TERM_LIST_SELECT })) onPage(page.map(termFromItem));
  })();
  await Promise.all([first, rest]);
}

async function readTerm(sp: SPFI, filter: string): Promise<Term | null> {
  const items = await termsList(sp)
    .items.select(...TERM_SELECT)
    .expand(...TERM_EXPAND)
    .filter(filter)
    .top(1)<TermItem[]>();
  return items[0] ? termFromItem(items[0]) : null;
}

/** One term in full, by its key (as links use) or, failing that, by its item id. */
export async function getTerm(sp: SPFI, keyOrId: string): Promise<Term | null> {
  const byKey = await readTerm(sp, `TermKey eq ${odataString(keyOrId)}`);
  if (byKey || !/^\d+$/.test(keyOrId)) return byKey;
  return getTermById(sp, Number(keyOrId));
}

export async function getTermById(sp: SPFI, id: number): Promise<Term | null> {
  try {
    return termFromItem(await termsList(sp).items.getById(id).select(...TERM_SELECT).expand(...TERM_EXPAND)<TermItem>());
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Terms by key (related terms, replacements), in requests of 20 keys: each an OR of indexed equalities. */
export async function getTermsByKeys(sp: SPFI, keys: readonly string[]): Promise<Term[]> {
  const unique = [...new Set(keys.filter(Boolean))];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += 20) chunks.push(unique.slice(i, i + 20));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      termsList(sp)
        .items.select(...TERM_LIST_SELECT)
        .filter(chunk.map((k) => `TermKey eq ${odataString(k)}`).join(" or "))
        .top(chunk.length * 2)<TermItem[]>(),
    ),
  );
  return pages.flat().map(termFromItem);
}

/** Whether a key is already used by a published term (an indexed equality, fine at any list size). */
export async function keyTaken(sp: SPFI, key: string): Promise<boolean> {
  const items = await termsList(sp).items.select("Id").filter(`TermKey eq ${odataString(key)}`).top(1)();
  return items.length > 0;
}

/** Item versions with the editors' names, newest first. */
export async function loadVersions(sp: SPFI, listTitle: string, id: number): Promise<Version[]> {
  const raw: Record<string, unknown>[] = await sp.web.lists.getByTitle(listTitle).items.getById(id).versions();
  const versions = raw.map(versionFromWire);
  const unnamed = versions.filter((v) => !v.editorName && v.editorId !== null).map((v) => v.editorId!);
  if (unnamed.length) {
    const names = await siteUserNames(sp, unnamed);
    for (const v of versions) if (!v.editorName && v.editorId !== null) v.editorName = names.get(v.editorId) || null;
  }
  return versions;
}

export const loadTermVersions = (sp: SPFI, id: number) => loadVersions(sp, glossaryList.title, id);

/**
 * Writes to a published term with the ETag it was read with (never "*"). Only owners and the
 * data lead may; SharePoint refuses anyone else with 403. A 412 becomes TermConflictError.
 */
export async function updateTerm(sp: SPFI, term: Pick<Term, "id" | "etag">, fields: Record<string, unknown>): Promise<Term> {
  try {
    await termsList(sp).items.getById(term.id).update(fields, term.etag);
  } catch (error) {
    if (statusOf(error) === 412) {
      const current = await getTermById(sp, term.id);
      if (current) throw new TermConflictError(current);
    }
    throw error;
  }
  return (await getTermById(sp, term.id))!;
}

/** The owner confirms a term is still right: its next review is set, nothing else changes. */
export function confirmReviewed(sp: SPFI, term: Term, nextReview: string): Promise<Term> {
  return updateTerm(sp, term, { ReviewDate: nextReview });
}
