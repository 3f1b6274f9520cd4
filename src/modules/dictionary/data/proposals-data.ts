import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { httpStatusOf, updateItem } from "../../../core/data/concurrency";
import { addItem, getItem, pageItems } from "../../../core/data/lists";
import { siteUserIdFor } from "../../../core/data/people";
import { type Filter, filterFor } from "../../../core/domain/odata";
import type { Version } from "../domain/history";
import {
  type ContentSnapshot,
  contentValues,
  planApproval,
  PROPOSAL_EXPAND,
  PROPOSAL_SELECT,
  type Proposal,
  proposalFromItem,
  termValues,
} from "../domain/proposal";
import { keyFromTitle, nextReviewDate, type PersonRef, type Term, uniqueKey } from "../domain/term";
import { OPEN_STATUSES, type ProposalContent, type ProposalStatus } from "../domain/workflow";
import { glossaryList, termProposalsList } from "../lists";
import { getTermById, keyTaken, loadTermVersions, loadVersions, updateTerm } from "./terms-data";

const f = filterFor(termProposalsList);

export async function getProposal(sp: SPFI, id: number): Promise<Proposal | null> {
  try {
    return proposalFromItem(await getItem(sp, termProposalsList, id, { select: PROPOSAL_SELECT, expand: PROPOSAL_EXPAND }));
  } catch (error) {
    if (httpStatusOf(error) === 404) return null;
    throw error;
  }
}

async function query(sp: SPFI, filter: Filter<typeof termProposalsList> | undefined): Promise<Proposal[]> {
  const proposals: Proposal[] = [];
  // Filtered on indexed columns and paged, so it keeps working however many proposals pile up.
  for await (const page of pageItems(sp, termProposalsList, { select: PROPOSAL_SELECT, expand: PROPOSAL_EXPAND, filter, orderBy: [["Id", "desc"]], top: 500 })) {
    proposals.push(...page.map(proposalFromItem));
  }
  return proposals;
}

/** Every proposal still in progress: the work queues and duplicate checks read these. */
export function loadOpenProposals(sp: SPFI): Promise<Proposal[]> {
  return query(sp, f.anyOf("ProposalStatus", OPEN_STATUSES));
}

/** Every proposal ever made about one term, newest first: part of its change history. */
export function loadProposalsForTerm(sp: SPFI, termId: number): Promise<Proposal[]> {
  return query(sp, f.eq("TermId", termId));
}

export const loadProposalVersions = (sp: SPFI, id: number): Promise<Version[]> => loadVersions(sp, termProposalsList, id);

/** Site user ids for the steward and owner chosen by email; people already known keep their id without a request. */
async function peopleIds(sp: SPFI, content: ProposalContent, known: readonly (PersonRef | null | undefined)[]): Promise<{ stewardId: number | null; ownerId: number | null }> {
  const idFor = async (email: string) => {
    if (!email.trim()) return null;
    const match = known.find((p) => p?.email && p.email.toLowerCase() === email.trim().toLowerCase());
    return match ? match.id : siteUserIdFor(sp, email.trim());
  };
  const [stewardId, ownerId] = await Promise.all([idFor(content.stewardEmail), idFor(content.ownerEmail)]);
  return { stewardId, ownerId };
}

/** Anyone may suggest; the term a change is about is recorded with the version it was drafted against. */
export async function createProposal(sp: SPFI, content: ProposalContent, status: ProposalStatus, term: Term | null): Promise<Proposal> {
  const ids = await peopleIds(sp, content, [term?.steward, term?.owner]);
  const added = await addItem(sp, termProposalsList, {
    ...contentValues(content, ids),
    ProposalKind: content.kind,
    ProposalStatus: status,
    TermId: term?.id ?? null,
    TermKey: term?.key ?? null,
    BaseVersion: term?.version || null,
    Reason: content.reason.trim() || null,
  });
  return (await getProposal(sp, added.id))!;
}

type ProposalWrite = ItemInput<typeof termProposalsList>;

/** Writes with the ETag the person loaded; a 412 is the hub's ConflictError carrying the proposal as it is now. */
async function writeProposal(sp: SPFI, proposal: Proposal, fields: ProposalWrite): Promise<string | null> {
  return updateItem(sp, termProposalsList, proposal, fields, async () => {
    const current = await getProposal(sp, proposal.id);
    if (!current) throw Object.assign(new Error("The proposal was deleted by someone else."), { status: 404 });
    return current;
  });
}

/** The steward edits (and perhaps submits) a proposal, with the ETag they loaded. */
export async function saveProposal(sp: SPFI, proposal: Proposal, content: ProposalContent, status: ProposalStatus): Promise<Proposal> {
  const ids = await peopleIds(sp, content, [proposal.steward, proposal.owner]);
  await writeProposal(sp, proposal, { ...contentValues(content, ids), ProposalStatus: status, Reason: content.reason.trim() || null });
  return (await getProposal(sp, proposal.id))!;
}

/** A decision that changes only the status, with the comment made alongside it (send back, decline, withdraw, recall). */
export async function decideProposal(sp: SPFI, proposal: Proposal, status: ProposalStatus, comment: string | null): Promise<Proposal> {
  await writeProposal(sp, proposal, comment === null ? { ProposalStatus: status } : { ProposalStatus: status, ReviewComment: comment.trim() || null });
  return (await getProposal(sp, proposal.id))!;
}

/** The values of the term as it was when a change was drafted, or null when that version cannot be read. */
export async function baseValuesFor(sp: SPFI, proposal: Proposal, term: Term): Promise<ContentSnapshot | null> {
  if (!proposal.baseVersion) return null;
  if (proposal.baseVersion === term.version) return termValues(term);
  const versions = await loadTermVersions(sp, term.id);
  return versions.find((v) => v.label === proposal.baseVersion)?.values ?? null;
}

/**
 * Approval, as the owner (or data lead) does it:
 * 1. claim the proposal (status Approved, with its ETag): two owners can never both approve it,
 *    and a proposal the steward changed after the owner read it is refused (ConflictError);
 * 2. publish: add the new term, or write only the fields the change meant to change (a three-way
 *    merge against the version it was drafted from) with the term's ETag. SharePoint refuses
 *    anyone but an owner or the data lead here (403); a term changed meanwhile gives 412;
 * 3. if publishing fails, the claim is undone, so the proposal is back in review exactly as it was.
 */
export async function approveProposal(sp: SPFI, proposal: Proposal, term: Term | null, today: Date): Promise<Term> {
  if (proposal.kind !== "New term" && !term) throw new Error("The term this proposal changes no longer exists.");
  const base = term && proposal.kind === "Change" ? await baseValuesFor(sp, proposal, term) : null;
  let key: string | null = null;
  if (proposal.kind === "New term") {
    const wanted = keyFromTitle(proposal.title);
    const taken = new Set<string>();
    for (let candidate = wanted; ; candidate = uniqueKey(wanted, taken)) {
      if (!(await keyTaken(sp, candidate))) {
        key = candidate;
        break;
      }
      taken.add(candidate);
    }
  }

  const claimedEtag = await writeProposal(sp, proposal, { ProposalStatus: "Approved" });
  const reviewDate = (value: unknown) => (typeof value === "string" && value.slice(0, 10) > today.toISOString().slice(0, 10) ? value : nextReviewDate(today));
  try {
    if (proposal.kind === "New term") {
      const values = proposal.values;
      const added = await addItem(sp, glossaryList, {
        ...values,
        ReviewDate: reviewDate(values.ReviewDate),
        TermKey: key,
        TermStatus: "Approved",
        ApprovedProposal: proposal.id,
      });
      // Link the proposal to what it became; the published term is already right if this fails.
      await writeProposal(sp, { ...proposal, etag: claimedEtag }, { TermId: added.id, TermKey: key }).catch((error: unknown) =>
        console.warn("Data Hub: the approved proposal could not be linked to its term", error),
      );
      return (await getTermById(sp, added.id))!;
    }
    if (proposal.kind === "Deprecation") {
      return await updateTerm(sp, term!, { TermStatus: "Deprecated", ReplacedBy: proposal.replacedBy, ApprovedProposal: proposal.id });
    }
    const plan = planApproval(proposal.values, termValues(term!), base);
    return await updateTerm(sp, term!, {
      ...plan.write,
      ReviewDate: reviewDate(plan.write.ReviewDate ?? term!.reviewDate),
      TermStatus: "Approved",
      ApprovedProposal: proposal.id,
    });
  } catch (error) {
    await writeProposal(sp, { ...proposal, etag: claimedEtag }, { ProposalStatus: proposal.status }).catch((undo: unknown) =>
      console.error("Data Hub: could not return the proposal to review after a failed approval", undo),
    );
    throw error;
  }
}

