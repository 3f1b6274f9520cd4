import type { ProposalAction, ProposalStatus, TransitionResult } from "./workflow";

/**
 * Deciding on a proposal (approve, send back, decline, withdraw, recall) as a state machine. Pure:
 * the screen's hook (ui/use-proposal-decision.ts) runs the save the machine asks for and reports
 * back, so what a person sees after each step is unit-tested (test/unit/dictionary-screens.test.ts).
 */
export interface DecisionState {
  /** The decision being saved, if any (its button shows as busy; the others wait). */
  busy: ProposalAction | null;
  /** The comment a send-back or decline needs; kept when a save fails. */
  comment: string;
  commentProblem: string;
  error: unknown;
  /** Approving would replace changes published since the proposal was drafted: asked once more. */
  confirmingOverlap: boolean;
  /** The term an approval published, to link to it. */
  published: { key: string; title: string } | null;
  editing: boolean;
}

export type DecisionEvent =
  | { type: "comment"; text: string }
  | { type: "act"; action: ProposalAction; verdict: TransitionResult; overlapping: number }
  | { type: "succeeded"; published?: { key: string; title: string } }
  | { type: "failed"; error: unknown }
  | { type: "edit" }
  | { type: "stop-editing" };

/** The save to run: the decision, the status it leads to, and the comment to record with it. */
export interface DecisionRun {
  action: ProposalAction;
  next: ProposalStatus;
  comment: string | null;
}

export const INITIAL_DECISION: DecisionState = { busy: null, comment: "", commentProblem: "", error: null, confirmingOverlap: false, published: null, editing: false };

const needsComment = (action: ProposalAction) => action === "send-back" || action === "decline";

export function decisionTransition(state: DecisionState, event: DecisionEvent): { state: DecisionState; run?: DecisionRun } {
  switch (event.type) {
    case "comment":
      return { state: { ...state, comment: event.text } };
    case "act": {
      if (state.busy) return { state };
      const commented = needsComment(event.action);
      if (!event.verdict.ok) {
        return { state: commented ? { ...state, commentProblem: event.verdict.reason } : { ...state, error: new Error(event.verdict.reason) } };
      }
      if (event.action === "approve" && event.overlapping > 0 && !state.confirmingOverlap) return { state: { ...state, confirmingOverlap: true } };
      return {
        state: { ...state, busy: event.action, commentProblem: "", error: null },
        run: { action: event.action, next: event.verdict.next, comment: commented ? state.comment : null },
      };
    }
    case "succeeded":
      return { state: { ...state, busy: null, comment: event.published ? state.comment : "", confirmingOverlap: false, published: event.published ?? state.published } };
    case "failed":
      // The comment stays typed; the screen reloads to show a newer version after a conflict.
      return { state: { ...state, busy: null, error: event.error } };
    case "edit":
      return { state: { ...state, editing: true } };
    case "stop-editing":
      return { state: { ...state, editing: false } };
  }
}
