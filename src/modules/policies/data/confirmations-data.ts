import type { SPFI } from "@pnp/sp";
import type { RowOf } from "../../../../manifest/items";
import { httpStatusOf } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type Confirmation, confirmationKey, duplicateOutcome, keysFor, SPARE_KEYS } from "../domain/confirmation";
import { asksForReading, type PolicyDocument } from "../domain/document";
import { policyConfirmationsList } from "../lists";

const f = filterFor(policyConfirmationsList);
const SELECT = ["Id", "DocumentId", "ReadVersion", "AuthorId", "Created"] as const;
type Row = RowOf<typeof policyConfirmationsList, (typeof SELECT)[number]>;
const toConfirmation = (row: Row): Confirmation => ({ id: row.Id, documentId: row.DocumentId ?? 0, readVersion: row.ReadVersion ?? 0, authorId: row.AuthorId, confirmedAt: row.Created });

/** Documents per request when asking for keys: 4 keys each keeps the address short. */
const DOCS_PER_REQUEST = 10;

/**
 * This person's confirmations of the current versions, by the keys they would hold (ConfirmKey is
 * indexed and unique, so this is a few small requests at any list size). Only items they authored
 * count: an item holding their key but written by someone else is that someone's.
 */
export async function loadMyConfirmations(sp: SPFI, docs: readonly PolicyDocument[], siteUserId: number): Promise<Confirmation[]> {
  const asking = docs.filter(asksForReading);
  const chunks: PolicyDocument[][] = [];
  for (let i = 0; i < asking.length; i += DOCS_PER_REQUEST) chunks.push(asking.slice(i, i + DOCS_PER_REQUEST));
  const pages = await Promise.all(
    chunks.map((chunk) => getItems(sp, policyConfirmationsList, { select: SELECT, filter: f.anyOf("ConfirmKey", chunk.flatMap((d) => keysFor(d.id, d.readVersion, siteUserId))), top: 500 })),
  );
  return pages.flat().map(toConfirmation).filter((c) => c.authorId === siteUserId);
}

/**
 * Every confirmation of the documents' current versions, for completion: read in Id windows
 * (core's readAllItems), each filtered on the indexed DocumentId and ReadVersion, so it holds at any
 * size (60,000 confirmations and more).
 */
export async function loadCurrentConfirmations(sp: SPFI, docs: readonly PolicyDocument[], onPage?: (rows: number) => void): Promise<Confirmation[]> {
  const asking = docs.filter(asksForReading);
  if (asking.length === 0) return [];
  const filter = f.or(...asking.map((d) => f.and(f.eq("DocumentId", d.id), f.eq("ReadVersion", d.readVersion))));
  const all: Confirmation[] = [];
  for await (const page of readAllItems(sp, policyConfirmationsList, { select: SELECT, filter })) {
    for (const row of page) all.push(toConfirmation(row));
    onPage?.(all.length);
  }
  return all;
}

/** SharePoint's refusal of a second item with the same value in a unique column. */
export function isDuplicateRefusal(error: unknown): boolean {
  return httpStatusOf(error) === 500 && /SPDuplicateValuesFoundException|duplicate values/i.test(String((error as { message?: unknown })?.message ?? ""));
}

/** Thrown when every key this person could hold for a version is held by other people's items. */
export class KeysTakenError extends Error {
  readonly status = 0;
  constructor() {
    super("Your confirmation could not be recorded, because items made by other people hold its place. Please tell the data lead, who can remove them.");
    this.name = "KeysTakenError";
  }
}

/**
 * "I have read and understood this", for the document's current version, as the signed-in person
 * (SharePoint makes them the item's author; nothing else says who). Recorded once: if the key is
 * already held by their own item (a double click, a retry after a 429 whose first try did arrive,
 * another tab), the refusal means "already confirmed". If someone else's item holds it, the next
 * spare key is used.
 */
export async function confirmReading(sp: SPFI, doc: PolicyDocument, siteUserId: number): Promise<{ already: boolean }> {
  if (!asksForReading(doc)) throw new Error(`${doc.title} has no approved version to confirm.`);
  for (let attempt = 0; attempt <= SPARE_KEYS; attempt++) {
    const key = confirmationKey(doc.id, doc.readVersion, siteUserId, attempt);
    try {
      const title = `${doc.title}, version ${doc.versionLabel ?? doc.readVersion}`.slice(0, 255);
      await addItem(sp, policyConfirmationsList, { Title: title, DocumentId: doc.id, ReadVersion: doc.readVersion, ConfirmKey: key });
      return { already: false };
    } catch (error) {
      if (!isDuplicateRefusal(error)) throw error;
      const [holder] = await getItems(sp, policyConfirmationsList, { select: ["Id", "AuthorId"], filter: f.eq("ConfirmKey", key), top: 1 });
      if (duplicateOutcome(holder?.AuthorId ?? null, siteUserId) === "already-confirmed") return { already: true };
    }
  }
  throw new KeysTakenError();
}
