import type { Role } from "../../../../manifest/schema";
import { mustRead, type PolicyDocument } from "./document";

/**
 * Read and understood, per version. A confirmation is an item whose AUTHOR is the confirmer:
 * SharePoint sets the author from the sign-in, so nobody can confirm for someone else, and nothing
 * in the item names a person. Its key is unique on the list, so the same person confirming the same
 * version twice (a double click, a retry after 429) adds one item: the second add is refused.
 */
export interface Confirmation {
  id: number;
  documentId: number;
  readVersion: number;
  /** The confirmer: the item's author. */
  authorId: number;
  /** When it was made (the item's Created). */
  confirmedAt: string;
}

/**
 * Keys a person may hold for a version: the first, then a few spares. The key is text anyone could
 * type, so someone could add an item holding another person's key; that item is still only its
 * author's confirmation, and the person whose key was taken uses the next spare.
 */
export const SPARE_KEYS = 3;

export function confirmationKey(documentId: number, readVersion: number, siteUserId: number, attempt = 0): string {
  const base = `${documentId}.${readVersion}.${siteUserId}`;
  return attempt === 0 ? base : `${base}.${attempt + 1}`;
}

export function keysFor(documentId: number, readVersion: number, siteUserId: number): string[] {
  return Array.from({ length: SPARE_KEYS + 1 }, (_, attempt) => confirmationKey(documentId, readVersion, siteUserId, attempt));
}

const versionKey = (documentId: number, readVersion: number) => `${documentId}:${readVersion}`;

/** Who confirmed which version: distinct authors per document and version (duplicates count once). */
export function confirmersByVersion(confirmations: readonly Confirmation[]): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  for (const c of confirmations) {
    const key = versionKey(c.documentId, c.readVersion);
    let who = out.get(key);
    if (!who) out.set(key, (who = new Map()));
    const earlier = who.get(c.authorId);
    if (!earlier || c.confirmedAt < earlier) who.set(c.authorId, c.confirmedAt);
  }
  return out;
}

/** The people (site user ids) who confirmed a document's current version, with when. */
export function confirmersOf(doc: Pick<PolicyDocument, "id" | "readVersion">, byVersion: Map<string, Map<number, string>>): Map<number, string> {
  return byVersion.get(versionKey(doc.id, doc.readVersion)) ?? new Map();
}

/** When this person confirmed the document's current version, or null. Only their own items count. */
export function myConfirmation(doc: Pick<PolicyDocument, "id" | "readVersion">, mine: readonly Confirmation[], siteUserId: number): string | null {
  const own = mine.filter((c) => c.authorId === siteUserId && c.documentId === doc.id && c.readVersion === doc.readVersion);
  return own.length ? own.map((c) => c.confirmedAt).sort()[0]! : null;
}

/** "For you to read": current versions the person's roles must read and they have not confirmed, oldest approval first. */
export function forYouToRead(docs: readonly PolicyDocument[], roles: readonly Role[], mine: readonly Confirmation[], siteUserId: number): PolicyDocument[] {
  return docs
    .filter((d) => mustRead(d, roles) && myConfirmation(d, mine, siteUserId) === null)
    .sort((a, b) => (a.approvedOn ?? "").localeCompare(b.approvedOn ?? "") || a.title.localeCompare(b.title, "en-GB"));
}

/** What happened when a key was refused as a duplicate: whose item holds it decides. */
export type DuplicateOutcome = "already-confirmed" | "try-next-key";

export function duplicateOutcome(holderAuthorId: number | null, siteUserId: number): DuplicateOutcome {
  return holderAuthorId === siteUserId ? "already-confirmed" : "try-next-key";
}

/** The confirm button as a small state machine: a second press while saving or after saving does nothing. */
export type ConfirmState = { phase: "idle" } | { phase: "saving" } | { phase: "confirmed"; already: boolean } | { phase: "failed"; error: unknown };
export type ConfirmEvent = { type: "press" } | { type: "saved"; already: boolean } | { type: "failed"; error: unknown };

export function confirmTransition(state: ConfirmState, event: ConfirmEvent): { state: ConfirmState; save: boolean } {
  switch (event.type) {
    case "press":
      return state.phase === "idle" || state.phase === "failed" ? { state: { phase: "saving" }, save: true } : { state, save: false };
    case "saved":
      return { state: state.phase === "saving" ? { phase: "confirmed", already: event.already } : state, save: false };
    case "failed":
      return { state: state.phase === "saving" ? { phase: "failed", error: event.error } : state, save: false };
  }
}
