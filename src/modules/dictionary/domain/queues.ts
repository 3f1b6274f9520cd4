import { approverIdOf, type Proposal } from "./proposal";
import { isReviewOverdue, type Term } from "./term";
import type { Actor } from "./workflow";

/** Who is looking, as the work queues need to know. */
export interface Viewer {
  siteUserId: number | null;
  isDataLead: boolean;
  /** Holds the role that may approve (information asset owner), so an approval would be accepted. */
  canApprove: boolean;
}

export function actorFor(proposal: Proposal, term: Term | null | undefined, viewer: Viewer): Actor {
  const me = viewer.siteUserId;
  return {
    isSteward: me !== null && proposal.stewardId === me,
    isApprover: me !== null && viewer.canApprove && approverIdOf(proposal, term) === me,
    isDataLead: viewer.isDataLead,
    isProposer: me !== null && (proposal.authorId === me || proposal.stewardId === me),
  };
}

export interface WorkQueues {
  /** In review, and this person approves them (the data lead sees every one). */
  toApprove: Proposal[];
  /** Suggested, draft or sent back, with this person as steward. */
  toDraft: Proposal[];
  /** Suggestions nobody stewards yet: the data lead and owners find someone. */
  unassigned: Proposal[];
  /** Open proposals this person made. */
  mine: Proposal[];
  /** Published terms this person owns whose review date has passed (the data lead sees all, and unowned ones). */
  overdue: Term[];
}

export function workQueues(proposals: readonly Proposal[], terms: Iterable<Term>, viewer: Viewer, today: Date): WorkQueues {
  const termsById = new Map<number, Term>();
  const overdue: Term[] = [];
  for (const term of terms) {
    termsById.set(term.id, term);
    if (isReviewOverdue(term, today) && (viewer.isDataLead || (viewer.siteUserId !== null && term.ownerId === viewer.siteUserId))) overdue.push(term);
  }
  const me = viewer.siteUserId;
  const toApprove = proposals.filter((p) => p.status === "In review" && (viewer.isDataLead || (me !== null && viewer.canApprove && approverIdOf(p, termsById.get(p.termId ?? -1)) === me)));
  const toDraft = proposals.filter((p) => (p.status === "Suggested" || p.status === "Draft" || p.status === "Sent back") && me !== null && p.stewardId === me);
  const unassigned = viewer.isDataLead || viewer.canApprove ? proposals.filter((p) => p.status === "Suggested" && p.stewardId === null) : [];
  const mine = proposals.filter((p) => me !== null && p.authorId === me);
  overdue.sort((a, b) => (a.reviewDate ?? "").localeCompare(b.reviewDate ?? ""));
  return { toApprove, toDraft, unassigned, mine, overdue };
}
