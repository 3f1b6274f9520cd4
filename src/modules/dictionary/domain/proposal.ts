import type { ItemInput, RowOf, SelectName, WireItem } from "../../../../manifest/items";
import type { glossaryList, termProposalsList } from "../lists";
import { definitionFieldsFrom, joinList, type Link, personFrom, type PersonRef, splitList, type Term, TERM_KINDS, type TermKind } from "./term";
import { PROPOSAL_KINDS, PROPOSAL_STATUSES, type ProposalContent, type ProposalKind, type ProposalStatus } from "./workflow";

/**
 * A proposal and the published term share their content columns' internal names, so one set
 * of values moves between the two lists unchanged: approval is a copy, never a translation.
 */
export const CONTENT_FIELDS = [
  "Title",
  "Definition",
  "PlainLanguage",
  "TermKind",
  "Acronym",
  "Synonyms",
  "RelatedTerms",
  "Service",
  "StewardId",
  "TermOwnerId",
  "Calculation",
  "Unit",
  "SourceSystem",
  "NationalStandard",
  "ReviewDate",
  "ReplacedBy",
] as const satisfies readonly SelectName<typeof glossaryList>[] & readonly SelectName<typeof termProposalsList>[];
export type ContentField = (typeof CONTENT_FIELDS)[number];
/** Content as the lists hold it: the same wire values in GlossaryTerms and TermProposals. */
export type ContentValues = Partial<Pick<WireItem<typeof glossaryList>, ContentField | "TermStatus">>;
/** Content as read from anywhere, version history included, where values come in several shapes (see `comparable`). */
export type ContentSnapshot = Partial<Record<ContentField | "TermStatus", unknown>>;
/** Content as a write sends it to either list. */
export type ContentWrite = Pick<ItemInput<typeof glossaryList> & ItemInput<typeof termProposalsList>, ContentField>;

export const FIELD_LABELS: Record<ContentField | "TermStatus", string> = {
  Title: "Name",
  Definition: "Definition",
  PlainLanguage: "In plain English",
  TermKind: "Kind",
  Acronym: "Acronym",
  Synonyms: "Synonyms",
  RelatedTerms: "Related terms",
  Service: "Service",
  StewardId: "Steward",
  TermOwnerId: "Owner",
  Calculation: "Calculation",
  Unit: "Unit",
  SourceSystem: "Source system",
  NationalStandard: "National standard",
  ReviewDate: "Review date",
  ReplacedBy: "Replaced by",
  TermStatus: "Status",
};

export interface Proposal {
  id: number;
  etag: string | null;
  kind: ProposalKind;
  status: ProposalStatus;
  termId: number | null;
  termKey: string | null;
  baseVersion: string | null;
  title: string;
  definition: string;
  plainLanguage: string | null;
  termKind: TermKind | null;
  acronym: string | null;
  synonyms: string[];
  related: string[];
  service: string | null;
  calculation: string | null;
  unit: string | null;
  sourceSystem: string | null;
  nationalStandard: Link | null;
  reviewDate: string | null;
  replacedBy: string | null;
  reason: string | null;
  reviewComment: string | null;
  stewardId: number | null;
  ownerId: number | null;
  authorId: number | null;
  steward?: PersonRef | null;
  owner?: PersonRef | null;
  author?: PersonRef | null;
  created: string;
  modified: string;
  /** The wire values of the content columns, for merging on approval. */
  values: ContentValues;
}

export const PROPOSAL_SELECT = [
  "Id",
  "ProposalKind",
  "ProposalStatus",
  "TermId",
  "TermKey",
  "BaseVersion",
  "Reason",
  "ReviewComment",
  "Created",
  "Modified",
  "AuthorId",
  "EditorId",
  ...CONTENT_FIELDS,
  "Steward/Id",
  "Steward/Title",
  "Steward/EMail",
  "TermOwner/Id",
  "TermOwner/Title",
  "TermOwner/EMail",
  "Author/Id",
  "Author/Title",
] as const satisfies readonly SelectName<typeof termProposalsList>[];
export const PROPOSAL_EXPAND = ["Steward", "TermOwner", "Author"] as const;

export type ProposalItem = RowOf<typeof termProposalsList, (typeof PROPOSAL_SELECT)[number]>;

/** Statuses only an approver may set. */
const DECISIONS: readonly ProposalStatus[] = ["Approved", "Sent back", "Declined"];

/**
 * Whether a decision status can be believed. SharePoint lets anyone who may write an item set any
 * column, so the status alone proves nothing; but it records who last wrote the item (Editor), which
 * nobody can forge. A decision last written by the proposal's own author or steward is a proposer
 * deciding for themselves: it is not taken as a decision.
 */
export function decisionTrusted(status: ProposalStatus, ids: { editorId: number | null; authorId: number | null; stewardId: number | null }): boolean {
  if (!DECISIONS.includes(status)) return true;
  return ids.editorId !== null && ids.editorId !== ids.authorId && ids.editorId !== ids.stewardId;
}

/** The status as written, unless it is a decision its own proposer wrote: then it is still awaiting one ("In review"). */
function trustedStatus(item: ProposalItem): ProposalStatus {
  const written = (PROPOSAL_STATUSES as readonly unknown[]).includes(item.ProposalStatus) ? (item.ProposalStatus as ProposalStatus) : "Suggested";
  return decisionTrusted(written, { editorId: item.EditorId ?? null, authorId: item.AuthorId ?? null, stewardId: item.StewardId ?? null }) ? written : "In review";
}

export function proposalFromItem(item: ProposalItem): Proposal {
  const values: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) values[field] = item[field] ?? null;
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    kind: (PROPOSAL_KINDS as readonly unknown[]).includes(item.ProposalKind) ? (item.ProposalKind as ProposalKind) : "New term",
    status: trustedStatus(item),
    termId: item.TermId ?? null,
    termKey: item.TermKey ?? null,
    baseVersion: item.BaseVersion ?? null,
    title: item.Title,
    ...definitionFieldsFrom(item),
    termKind: (TERM_KINDS as readonly unknown[]).includes(item.TermKind) ? (item.TermKind as TermKind) : null,
    reason: item.Reason ?? null,
    reviewComment: trustedStatus(item) === item.ProposalStatus ? (item.ReviewComment ?? null) : null,
    stewardId: item.StewardId ?? null,
    ownerId: item.TermOwnerId ?? null,
    authorId: item.AuthorId ?? null,
    steward: personFrom(item.Steward, item.StewardId),
    owner: personFrom(item.TermOwner, item.TermOwnerId),
    author: personFrom(item.Author, item.AuthorId),
    created: item.Created ?? "",
    modified: item.Modified ?? "",
    values: values as ContentValues,
  };
}

export function emptyContent(kind: ProposalKind = "New term"): ProposalContent {
  return {
    kind,
    title: "",
    definition: "",
    plainLanguage: "",
    termKind: "Term",
    acronym: "",
    synonyms: [],
    related: [],
    service: "",
    calculation: "",
    unit: "",
    sourceSystem: "",
    nationalStandardUrl: "",
    reviewDate: "",
    replacedBy: "",
    reason: "",
    stewardEmail: "",
    ownerEmail: "",
  };
}

/** The form's view of definition fields, read the same way from a published term or a proposal. */
function definitionContent(d: Pick<Term, "title" | "definition" | "plainLanguage" | "acronym" | "synonyms" | "related" | "service" | "calculation" | "unit" | "sourceSystem" | "nationalStandard" | "reviewDate" | "replacedBy" | "steward" | "owner">) {
  return {
    title: d.title,
    definition: d.definition,
    plainLanguage: d.plainLanguage ?? "",
    acronym: d.acronym ?? "",
    synonyms: d.synonyms,
    related: d.related,
    service: d.service ?? "",
    calculation: d.calculation ?? "",
    unit: d.unit ?? "",
    sourceSystem: d.sourceSystem ?? "",
    nationalStandardUrl: d.nationalStandard?.url ?? "",
    reviewDate: d.reviewDate ? d.reviewDate.slice(0, 10) : "",
    replacedBy: d.replacedBy ?? "",
    stewardEmail: d.steward?.email ?? "",
    ownerEmail: d.owner?.email ?? "",
  };
}

/** A change or deprecation starts from the term as published. */
export function contentFromTerm(term: Term, kind: ProposalKind): ProposalContent {
  return { ...definitionContent(term), kind, termKind: term.kind, reason: "" };
}

export function contentFromProposal(p: Proposal): ProposalContent {
  return { ...definitionContent(p), kind: p.kind, termKind: p.termKind ?? "", reason: p.reason ?? "" };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The content columns of a proposal as SharePoint takes them. People are site user ids, resolved by the data layer. */
export function contentValues(content: ProposalContent, people: { stewardId: number | null; ownerId: number | null }): ContentWrite {
  const url = content.nationalStandardUrl.trim();
  return {
    Title: content.title.trim(),
    Definition: orNull(content.definition),
    PlainLanguage: orNull(content.plainLanguage),
    TermKind: content.termKind || null,
    Acronym: orNull(content.acronym),
    Synonyms: joinList(content.synonyms),
    RelatedTerms: joinList(content.related),
    Service: orNull(content.service),
    StewardId: people.stewardId,
    TermOwnerId: people.ownerId,
    Calculation: orNull(content.calculation),
    Unit: orNull(content.unit),
    SourceSystem: orNull(content.sourceSystem),
    NationalStandard: url ? { Url: url, Description: url } : null,
    ReviewDate: content.reviewDate ? `${content.reviewDate}T00:00:00Z` : null,
    ReplacedBy: orNull(content.replacedBy),
  };
}

/**
 * One canonical string per value, so values read from items, from version history (where
 * SharePoint may give a person as `{LookupId}` and a link as JSON text) and from the form compare alike.
 */
export function comparable(field: ContentField | "TermStatus", value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (field === "StewardId" || field === "TermOwnerId") {
    const id = typeof value === "object" ? (value as { LookupId?: unknown; Id?: unknown }).LookupId ?? (value as { Id?: unknown }).Id : value;
    return id === null || id === undefined ? "" : String(id);
  }
  if (field === "NationalStandard") {
    let link = value;
    if (typeof link === "string") {
      try {
        link = link.trim().startsWith("{") ? JSON.parse(link) : { Url: link.split(",")[0] };
      } catch {
        link = { Url: value };
      }
    }
    return String((link as { Url?: unknown })?.Url ?? "").trim();
  }
  if (field === "ReviewDate") return String(value).slice(0, 10);
  if (field === "Synonyms" || field === "RelatedTerms") return splitList(String(value)).join("; ");
  return String(value).replace(/\r\n/g, "\n").trim();
}

const differs = (field: ContentField | "TermStatus", a: ContentSnapshot, b: ContentSnapshot) => comparable(field, a[field]) !== comparable(field, b[field]);

/** The content fields that differ between two sets of values (two versions of a term, or a proposal and a term). */
export function changedFields(before: ContentSnapshot, after: ContentSnapshot, fields: readonly (ContentField | "TermStatus")[] = [...CONTENT_FIELDS, "TermStatus"]): (ContentField | "TermStatus")[] {
  return fields.filter((field) => differs(field, before, after));
}

export interface ApprovalPlan {
  /** What to write to the published term: only what the proposal changes. */
  write: Partial<ContentWrite>;
  /** Fields someone else changed on the term since the proposal was drafted. */
  theirs: ContentField[];
  /** Of those, fields the proposal changes too: approving replaces the other change. */
  overlapping: ContentField[];
}

/**
 * A three-way merge for approving a change: the proposal was drafted against `base` (the term's
 * version then), the term is `current` now. Only fields the proposal meant to change are written,
 * so an approval never quietly undoes a change published in the meantime. Without a base (it
 * could not be read) every field that differs from the current term is written, and the UI says so.
 */
export function planApproval(proposed: ContentValues, current: ContentSnapshot, base: ContentSnapshot | null): ApprovalPlan {
  const mine = CONTENT_FIELDS.filter((f) => (base ? differs(f, proposed, base) : differs(f, proposed, current)));
  const theirs = base ? CONTENT_FIELDS.filter((f) => differs(f, current, base)) : [];
  const write: Record<string, unknown> = {};
  for (const field of mine) if (differs(field, proposed, current)) write[field] = proposed[field] ?? null;
  return { write: write as Partial<ContentWrite>, theirs, overlapping: mine.filter((f) => theirs.includes(f) && differs(f, proposed, current)) };
}

/** The published term's content as values, to merge against. */
export function termValues(term: Term): ContentValues {
  return {
    Title: term.title,
    Definition: term.definition,
    PlainLanguage: term.plainLanguage,
    TermKind: term.kind,
    Acronym: term.acronym,
    Synonyms: joinList(term.synonyms),
    RelatedTerms: joinList(term.related),
    Service: term.service,
    StewardId: term.stewardId,
    TermOwnerId: term.ownerId,
    Calculation: term.calculation,
    Unit: term.unit,
    SourceSystem: term.sourceSystem,
    NationalStandard: term.nationalStandard ? { Url: term.nationalStandard.url, Description: term.nationalStandard.description } : null,
    ReviewDate: term.reviewDate,
    ReplacedBy: term.replacedBy,
    TermStatus: term.status,
  };
}

/** Who approves a proposal: the published term's owner for a change; the proposed owner for a new term. */
export function approverIdOf(proposal: Pick<Proposal, "kind" | "ownerId">, term: Pick<Term, "ownerId"> | null | undefined): number | null {
  return proposal.kind === "New term" ? proposal.ownerId : (term?.ownerId ?? null);
}
