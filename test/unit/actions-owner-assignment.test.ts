import { type AssignmentEvent, type AssignmentState, assignmentTransition, NO_OWNER_CHOSEN } from "../../src/modules/actions/domain/owner-assignment";

const priya = { id: 21, name: "Priya Shah" };

/** Runs events from the closed cell; returns the last state and what each step asked to save. */
function run(...events: AssignmentEvent[]): { state: AssignmentState; sent: (typeof priya | null)[] } {
  let state: AssignmentState = { step: "closed" };
  const sent: (typeof priya | null)[] = [];
  for (const event of events) {
    const next = assignmentTransition(state, event);
    state = next.state;
    sent.push(next.send);
  }
  return { state, sent };
}

describe("assigning an owner from the tracker's list", () => {
  it("opens empty, saves the person picked once, and closes when saved", () => {
    const { state, sent } = run({ type: "open" }, { type: "pick", owner: priya }, { type: "save" }, { type: "save" }, { type: "saved" });
    expect(sent).toEqual([null, null, priya, null, null]);
    expect(state).toEqual({ step: "closed" });
  });

  it("asks for a person rather than saving nobody", () => {
    const { state, sent } = run({ type: "open" }, { type: "save" });
    expect(sent).toEqual([null, null]);
    expect(state).toEqual({ step: "choosing", picked: null, problem: NO_OWNER_CHOSEN });
  });

  it("keeps the pick when the save fails, with the reason", () => {
    const { state } = run({ type: "open" }, { type: "pick", owner: priya }, { type: "save" }, { type: "failed", problem: "You're offline." });
    expect(state).toEqual({ step: "choosing", picked: priya, problem: "You're offline." });
  });

  it("on a conflict shows the owner now saved, keeps the pick, and saves again only when asked", () => {
    const conflicted = run({ type: "open" }, { type: "pick", owner: priya }, { type: "save" }, { type: "conflict", theirOwner: "Alex Okafor" });
    expect(conflicted.state).toEqual({ step: "conflict", picked: priya, theirOwner: "Alex Okafor" });
    expect(assignmentTransition(conflicted.state, { type: "save" })).toEqual({ state: { step: "saving", picked: priya }, send: priya });
  });

  it("cannot be cancelled mid-save, so the list never misses what was saved", () => {
    const saving = run({ type: "open" }, { type: "pick", owner: priya }, { type: "save" }).state;
    expect(assignmentTransition(saving, { type: "cancel" }).state).toBe(saving);
    expect(run({ type: "open" }, { type: "pick", owner: priya }, { type: "cancel" }).state).toEqual({ step: "closed" });
  });

  it("ignores what cannot happen in a step: a late answer after cancelling, a pick while closed", () => {
    expect(run({ type: "saved" }).state).toEqual({ step: "closed" });
    expect(run({ type: "pick", owner: priya }).state).toEqual({ step: "closed" });
    expect(run({ type: "open" }, { type: "open" }).state).toEqual({ step: "choosing", picked: null, problem: null });
  });
});
