import type { SPFI } from "@pnp/sp";
import type { ItemInput, RowOf } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { addItem, getItem, getItems, pageItems } from "../../../core/data/lists";
import { siteUserIdFor } from "../../../core/data/people";
import { loadItemVersions } from "../../../core/data/versions";
import { filterFor } from "../../../core/domain/odata";
import { dayOf, DOCUMENT_KINDS, DOCUMENT_STATUSES, isOneOf, mustReadRoles, type PolicyDocument, REVIEW_OUTCOMES } from "../domain/document";
import { type DocumentHistory, historyOf } from "../domain/history";
import { policyDocumentsList } from "../lists";

const DOC_SELECT = [
  "Id", "Title", "DocKey", "DocKind", "PrincipleKey", "DocOwnerId", "DocOwner/Title", "DocOwner/EMail", "DocStatus", "DocVersion", "ReadVersion", "ChangeSummary",
  "ApprovedOn", "NextReview", "LastReviewed", "ReviewOutcome", "DocLink", "Summary", "MustRead", "StrategyQuote", "StrategySection",
] as const;
type DocumentRow = RowOf<typeof policyDocumentsList, (typeof DOC_SELECT)[number]>;

function toDocument(row: DocumentRow): PolicyDocument {
  return {
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    key: row.DocKey ?? "",
    title: row.Title,
    kind: isOneOf(DOCUMENT_KINDS, row.DocKind) ? row.DocKind : "Policy",
    principleKey: row.PrincipleKey,
    ownerId: row.DocOwnerId ?? null,
    ownerName: row.DocOwner?.Title ?? null,
    ownerEmail: row.DocOwner?.EMail ?? null,
    status: isOneOf(DOCUMENT_STATUSES, row.DocStatus) ? row.DocStatus : "Draft",
    versionLabel: row.DocVersion,
    readVersion: typeof row.ReadVersion === "number" && row.ReadVersion > 0 ? row.ReadVersion : 0,
    changeSummary: row.ChangeSummary,
    approvedOn: dayOf(row.ApprovedOn),
    nextReview: dayOf(row.NextReview),
    lastReviewed: dayOf(row.LastReviewed),
    reviewOutcome: isOneOf(REVIEW_OUTCOMES, row.ReviewOutcome) ? row.ReviewOutcome : null,
    link: row.DocLink?.Url ?? null,
    summary: row.Summary,
    mustRead: mustReadRoles(row.MustRead),
    strategyQuote: row.StrategyQuote,
    strategySection: row.StrategySection,
  };
}

/** The whole library (a few dozen documents: paged all the same), A to Z. */
export async function loadDocuments(sp: SPFI): Promise<PolicyDocument[]> {
  const docs: PolicyDocument[] = [];
  for await (const page of pageItems(sp, policyDocumentsList, { select: DOC_SELECT, expand: ["DocOwner"], top: 500 })) docs.push(...page.map(toDocument));
  return docs.sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
}

export async function loadDocument(sp: SPFI, id: number): Promise<PolicyDocument> {
  return toDocument(await getItem(sp, policyDocumentsList, id, { select: DOC_SELECT, expand: ["DocOwner"] }));
}

/** Versions and reviews from the document's own version history (one request). */
export async function loadHistory(sp: SPFI, id: number): Promise<DocumentHistory> {
  return historyOf(await loadItemVersions(sp, policyDocumentsList, id));
}

/** A key for a new document from its title: "Records retention standard" → "records-retention-standard". */
function keyFromTitle(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "document"
  );
}

async function keyTaken(sp: SPFI, key: string): Promise<boolean> {
  return (await getItems(sp, policyDocumentsList, { select: ["Id"], filter: filterFor(policyDocumentsList).eq("DocKey", key), top: 1 })).length > 0;
}

type DocumentValues = ItemInput<typeof policyDocumentsList>;

/**
 * Adds a document to the library (the data lead), or saves changes to one with the ETag it was
 * loaded with: someone else's save in between is a ConflictError carrying the document as it is now.
 * The owner is chosen in the directory and becomes a site user here.
 */
export async function saveDocument(sp: SPFI, existing: PolicyDocument | null, values: DocumentValues, ownerEmail: string | null): Promise<PolicyDocument> {
  const owner = ownerEmail ? { DocOwnerId: await siteUserIdFor(sp, ownerEmail) } : { DocOwnerId: null };
  if (existing) {
    await updateItem(sp, policyDocumentsList, existing, { ...values, ...owner }, () => loadDocument(sp, existing.id));
    return loadDocument(sp, existing.id);
  }
  const wanted = keyFromTitle(values.Title ?? "");
  let key = wanted;
  for (let n = 2; await keyTaken(sp, key); n++) key = `${wanted}-${n}`;
  const added = await addItem(sp, policyDocumentsList, { ...values, ...owner, DocKey: key, ReadVersion: 0 });
  return loadDocument(sp, added.id);
}

/** Records a review or publishes a version: one save with the document's ETag (domain/forms.ts says what is written). */
export async function recordReview(sp: SPFI, doc: PolicyDocument, values: DocumentValues): Promise<PolicyDocument> {
  await updateItem(sp, policyDocumentsList, doc, values, () => loadDocument(sp, doc.id));
  return loadDocument(sp, doc.id);
}
