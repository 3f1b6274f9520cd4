/**
 * Assigning an owner from the tracker's list, as in Microsoft Lists: open the owner cell, pick a
 * person, save. A pure transition, so the steps (and what a failure keeps) are tested without a browser.
 * Whatever happens, the person picked stays picked until they cancel or it is saved.
 */
export interface PickedOwner {
  id: number;
  name: string;
}

export type AssignmentState =
  | { step: "closed" }
  | { step: "choosing"; picked: PickedOwner | null; problem: string | null }
  | { step: "saving"; picked: PickedOwner }
  /** Someone else saved the action since the list was read: their version is shown, the pick kept. */
  | { step: "conflict"; picked: PickedOwner; theirOwner: string | null };

export type AssignmentEvent =
  | { type: "open" }
  | { type: "pick"; owner: PickedOwner | null }
  | { type: "save" }
  | { type: "saved" }
  | { type: "failed"; problem: string }
  | { type: "conflict"; theirOwner: string | null }
  | { type: "cancel" };

export const NO_OWNER_CHOSEN = "Choose a person from the directory, or cancel.";

export function assignmentTransition(state: AssignmentState, event: AssignmentEvent): { state: AssignmentState; send: PickedOwner | null } {
  const stay = { state, send: null };
  switch (event.type) {
    case "open":
      return state.step === "closed" ? { state: { step: "choosing", picked: null, problem: null }, send: null } : stay;
    case "cancel":
      return state.step === "saving" ? stay : { state: { step: "closed" }, send: null };
    case "pick":
      if (state.step !== "choosing" && state.step !== "conflict") return stay;
      return { state: { step: "choosing", picked: event.owner, problem: null }, send: null };
    case "save":
      if (state.step !== "choosing" && state.step !== "conflict") return stay;
      if (!state.picked) return { state: { step: "choosing", picked: null, problem: NO_OWNER_CHOSEN }, send: null };
      return { state: { step: "saving", picked: state.picked }, send: state.picked };
    case "saved":
      return state.step === "saving" ? { state: { step: "closed" }, send: null } : stay;
    case "failed":
      return state.step === "saving" ? { state: { step: "choosing", picked: state.picked, problem: event.problem }, send: null } : stay;
    case "conflict":
      return state.step === "saving" ? { state: { step: "conflict", picked: state.picked, theirOwner: event.theirOwner }, send: null } : stay;
  }
}
