import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from "../lists";
import { isMeasurable, type TermKind } from "./term";

export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export { PROPOSAL_KINDS, PROPOSAL_STATUSES };

/**
 * The approval state machine, as the product describes it: anyone suggests, a steward drafts,
 * the owner approves or sends back with a comment.
 *
 *   Suggested ──draft──▶ Draft ──submit──▶ In review ──approve──▶ Approved
 *       │                  ▲  ▲               │  │
 *       └──────submit──────┼──┼───────────────┘  └─send back (comment)─▶ Sent back ─┐
 *                          │  └────recall (steward takes it back to edit)           │
 *                          └──────────────────────────draft / submit────────────────┘
 *   any open state ──decline (owner, comment)──▶ Declined;  ──withdraw (steward)──▶ Withdrawn
 *
 * These rules shape the screens. What makes approval binding is that only the owner (or the
 * data lead) may write GlossaryTerms at all: see ../lists.ts.
 */
export type ProposalAction = "draft" | "submit" | "recall" | "approve" | "send-back" | "decline" | "withdraw";

export const OPEN_STATUSES: readonly ProposalStatus[] = ["Suggested", "Draft", "In review", "Sent back"];
export const FINAL_STATUSES: readonly ProposalStatus[] = ["Approved", "Declined", "Withdrawn"];

/** Who is acting, relative to this proposal. */
export interface Actor {
  /** The proposal names them as steward. */
  isSteward: boolean;
  /** They approve it: the term's owner (or, for a new term, the proposed owner). */
  isApprover: boolean;
  isDataLead: boolean;
  /** They made or steward the proposal: they never decide on it, not even as the data lead. */
  isProposer?: boolean;
}

type Who = "steward" | "approver";

const TRANSITIONS: Record<ProposalAction, { from: readonly ProposalStatus[]; to: ProposalStatus; by: Who; needsComment?: boolean }> = {
  draft: { from: ["Suggested", "Draft", "Sent back"], to: "Draft", by: "steward" },
  submit: { from: ["Suggested", "Draft", "Sent back"], to: "In review", by: "steward" },
  recall: { from: ["In review"], to: "Draft", by: "steward" },
  withdraw: { from: ["Suggested", "Draft", "Sent back", "In review"], to: "Withdrawn", by: "steward" },
  approve: { from: ["In review"], to: "Approved", by: "approver" },
  "send-back": { from: ["In review"], to: "Sent back", by: "approver", needsComment: true },
  decline: { from: ["Suggested", "Draft", "In review", "Sent back"], to: "Declined", by: "approver", needsComment: true },
};

export const ACTION_LABELS: Record<ProposalAction, string> = {
  draft: "Save draft",
  submit: "Send for approval",
  recall: "Take back to edit",
  withdraw: "Withdraw",
  approve: "Approve and publish",
  "send-back": "Send back",
  decline: "Decline",
};

function mayAct(by: Who, actor: Actor): boolean {
  // A decision is someone else's: whoever proposed or drafted a change never approves it.
  if (by === "approver" && actor.isProposer) return false;
  // The data lead owns the strategy and stands in for a missing steward or owner.
  if (actor.isDataLead) return true;
  return by === "steward" ? actor.isSteward : actor.isApprover;
}

export type TransitionResult = { ok: true; next: ProposalStatus } | { ok: false; reason: string };

/** The status an action leads to, or why it is not allowed. */
export function transition(status: ProposalStatus, action: ProposalAction, actor: Actor, comment = ""): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) return { ok: false, reason: `A proposal that is ${status.toLowerCase()} cannot be ${pastTense(action)}.` };
  if (!mayAct(rule.by, actor)) {
    if (rule.by === "approver" && actor.isProposer) return { ok: false, reason: "You proposed or drafted this, so someone else decides: the term's owner or the data lead." };
    return { ok: false, reason: rule.by === "approver" ? "Only the term's owner or the data lead can do that." : "Only the proposal's steward or the data lead can do that." };
  }
  if (rule.needsComment && !comment.trim()) return { ok: false, reason: "Say what needs to change, so the steward knows what to do." };
  return { ok: true, next: rule.to };
}

/** Every action this person may take on a proposal in this status, in the order to offer them. */
export function allowedActions(status: ProposalStatus, actor: Actor): ProposalAction[] {
  const order: ProposalAction[] = ["approve", "send-back", "submit", "draft", "recall", "decline", "withdraw"];
  return order.filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(status) && mayAct(rule.by, actor);
  });
}

function pastTense(action: ProposalAction): string {
  return { draft: "saved as a draft", submit: "sent for approval", recall: "taken back", withdraw: "withdrawn", approve: "approved", "send-back": "sent back", decline: "declined" }[action];
}

/** What a proposal says about the term, as the form edits it. */
export interface ProposalContent {
  kind: ProposalKind;
  title: string;
  definition: string;
  plainLanguage: string;
  termKind: TermKind | "";
  acronym: string;
  synonyms: string[];
  related: string[];
  service: string;
  calculation: string;
  unit: string;
  sourceSystem: string;
  nationalStandardUrl: string;
  reviewDate: string;
  replacedBy: string;
  reason: string;
  stewardEmail: string;
  ownerEmail: string;
}

export type ProblemField = keyof ProposalContent;
export interface Problem {
  field: ProblemField;
  message: string;
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

/**
 * What must be true before a proposal can move on. A suggestion needs little (a name and what it
 * means, or why); a proposal sent for approval needs everything an owner must judge.
 */
export function validateProposal(content: ProposalContent, stage: "suggest" | "submit"): Problem[] {
  const problems: Problem[] = [];
  const need = (field: ProblemField, ok: boolean, message: string) => ok || problems.push({ field, message });
  need("title", content.title.trim().length > 0, "Give the term's name.");
  need("title", content.title.length <= 255, "Keep the name to 255 characters.");
  need("acronym", content.acronym.length <= 20, "Keep the acronym to 20 characters.");
  need("unit", content.unit.length <= 60, "Keep the unit to 60 characters.");
  need("sourceSystem", content.sourceSystem.length <= 120, "Keep the source system to 120 characters.");
  need("service", content.service.length <= 120, "Keep the service to 120 characters.");
  if (content.nationalStandardUrl.trim()) need("nationalStandardUrl", isHttpUrl(content.nationalStandardUrl.trim()), "Give the national standard as a web address starting https://.");
  if (content.kind === "Deprecation") need("replacedBy", content.replacedBy.trim().length > 0 || content.reason.trim().length > 0, "Say which term replaces this one, or why it is no longer used.");
  if (stage === "suggest") {
    if (content.kind !== "Deprecation") need("definition", content.definition.trim().length > 0 || content.reason.trim().length > 0, "Say what the term means, or why it is needed.");
    return problems;
  }
  if (content.kind !== "Deprecation") {
    need("definition", content.definition.trim().length > 0, "Write the definition.");
    need("termKind", content.termKind !== "", "Choose whether this is a term, metric, KPI or acronym.");
    if (content.termKind && isMeasurable(content.termKind)) {
      need("calculation", content.calculation.trim().length > 0, "Say how it is calculated.");
      need("unit", content.unit.trim().length > 0, "Give the unit it is measured in.");
    }
  }
  need("stewardEmail", content.stewardEmail.trim().length > 0, "Choose the steward who looks after this term.");
  need("ownerEmail", content.ownerEmail.trim().length > 0, "Choose the owner who approves it (the information asset owner for the service).");
  return problems;
}
