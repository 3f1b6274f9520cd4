import { type ItemVersion, itemVersionFromWire, versionLookup } from "../../../core/domain/versions";
import { changedFields, CONTENT_FIELDS, type ContentField, type ContentSnapshot } from "./proposal";

/**
 * Change history from SharePoint's item versions (`items(id)/versions`). SharePoint returns each
 * version's column values by internal name; a person column may come as `StewardId` or as
 * `Steward: { LookupId, LookupValue }` and the editor as `EditorId` or `Editor`, so both are read.
 */
export interface Version {
  label: string;
  /** When this version was saved. */
  saved: string;
  editorId: number | null;
  editorName: string | null;
  values: ContentSnapshot;
  approvedProposal: number | null;
  /** Proposal columns, when these are a proposal's versions. */
  proposalStatus: string | null;
  reviewComment: string | null;
}

/** A term's or proposal's version, from a version as SharePoint sends it (raw) or as core reads it. */
export function versionFromWire(version: Record<string, unknown> | ItemVersion): Version {
  const item = "values" in version && typeof version.values === "object" && version.values !== null ? (version as ItemVersion) : itemVersionFromWire(version as Record<string, unknown>);
  const raw = item.values;
  const values: ContentSnapshot = {};
  for (const field of CONTENT_FIELDS) {
    values[field] = field === "StewardId" ? versionLookup(raw, "Steward").id : field === "TermOwnerId" ? versionLookup(raw, "TermOwner").id : (raw[field] ?? null);
  }
  values.TermStatus = raw.TermStatus ?? null;
  const approved = Number(raw.ApprovedProposal);
  return {
    label: item.label,
    saved: item.saved,
    editorId: item.editorId,
    editorName: item.editorName,
    values,
    approvedProposal: raw.ApprovedProposal != null && Number.isFinite(approved) && approved > 0 ? approved : null,
    proposalStatus: typeof raw.ProposalStatus === "string" ? raw.ProposalStatus : null,
    reviewComment: typeof raw.ReviewComment === "string" && raw.ReviewComment.trim() ? raw.ReviewComment : null,
  };
}

export interface HistoryEntry {
  label: string;
  saved: string;
  editorId: number | null;
  editorName: string | null;
  /** "created" for the first version; otherwise the fields that changed from the version before. */
  change: "created" | (ContentField | "TermStatus")[];
  approvedProposal: number | null;
  /** The definition as it stood in this version, to read what changed. */
  definition: string;
}

const byLabelDesc = (a: Version, b: Version) => Number.parseFloat(b.label) - Number.parseFloat(a.label);

/** Newest first; versions that changed no content column (a bare re-save) are left out. */
export function termHistory(versions: readonly Version[]): HistoryEntry[] {
  const sorted = [...versions].sort(byLabelDesc);
  const entries: HistoryEntry[] = [];
  sorted.forEach((version, i) => {
    const previous = sorted[i + 1];
    const change = previous ? changedFields(previous.values, version.values) : "created";
    if (change !== "created" && change.length === 0) return;
    entries.push({
      label: version.label,
      saved: version.saved,
      editorId: version.editorId,
      editorName: version.editorName,
      change,
      approvedProposal: version.approvedProposal,
      definition: String(version.values.Definition ?? ""),
    });
  });
  return entries;
}

export interface ReviewEvent {
  saved: string;
  editorId: number | null;
  editorName: string | null;
  status: string;
  /** The comment made with this step, if it was new then. */
  comment: string | null;
}

/** A proposal's conversation, oldest first: each status change, with the comment made alongside it. */
export function proposalTimeline(versions: readonly Version[]): ReviewEvent[] {
  const sorted = [...versions].sort(byLabelDesc).reverse();
  const events: ReviewEvent[] = [];
  let lastStatus: string | null = null;
  let lastComment: string | null = null;
  for (const version of sorted) {
    const status = version.proposalStatus ?? "";
    const comment = version.reviewComment !== lastComment ? version.reviewComment : null;
    if (status !== lastStatus || comment) events.push({ saved: version.saved, editorId: version.editorId, editorName: version.editorName, status, comment });
    lastStatus = status;
    lastComment = version.reviewComment;
  }
  return events;
}
