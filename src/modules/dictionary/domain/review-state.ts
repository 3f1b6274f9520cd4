/**
 * A term's page: confirming it is still correct (its owner or the data lead), and its change history
 * shown on request. Pure, driven by ui/use-term-review.ts (test/unit/dictionary-screens.test.ts).
 */
export interface ReviewState {
  reviewing: boolean;
  error: unknown;
  showHistory: boolean;
}

export type ReviewEvent = { type: "confirm" } | { type: "confirmed" } | { type: "failed"; error: unknown } | { type: "show-history" };

export const INITIAL_REVIEW: ReviewState = { reviewing: false, error: null, showHistory: false };

export function reviewTransition(state: ReviewState, event: ReviewEvent): { state: ReviewState; save?: true } {
  switch (event.type) {
    case "confirm":
      // A second click while saving sends nothing more.
      return state.reviewing ? { state } : { state: { ...state, reviewing: true, error: null }, save: true };
    case "confirmed":
      return { state: { ...state, reviewing: false } };
    case "failed":
      return { state: { ...state, reviewing: false, error: event.error } };
    case "show-history":
      return { state: { ...state, showHistory: true } };
  }
}
