import { decisionTransition, INITIAL_DECISION, type DecisionEvent, type DecisionState } from "../../src/modules/dictionary/domain/decision-state";
import { editorTransition, INITIAL_EDITOR, prepareSubmission, type SubmissionInput } from "../../src/modules/dictionary/domain/proposal-editor-state";
import { emptyContent, type Proposal } from "../../src/modules/dictionary/domain/proposal";
import { INITIAL_REVIEW, reviewTransition } from "../../src/modules/dictionary/domain/review-state";

const terms = new Map([
  ["council-tax", { key: "council-tax", title: "Council tax" }],
  ["uprn", { key: "uprn", title: "Unique Property Reference Number" }],
]);

function input(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    content: { ...emptyContent(), title: "Void property", definition: "A council home with no tenant.", termKind: "Term" },
    stage: "suggest",
    relatedText: "",
    replacedByText: "",
    stewardEmail: "",
    ownerEmail: "",
    confirmedDifferent: false,
    termsByKey: terms,
    duplicates: () => ({ similar: 0 }),
    ...overrides,
  };
}

describe("sending a proposal", () => {
  it("turns related terms typed by name or key into keys, and reports names it cannot find", () => {
    const ready = prepareSubmission(input({ relatedText: "council tax; uprn" }));
    expect(ready.content.related).toEqual(["council-tax", "uprn"]);
    expect(ready.notes).toEqual([]);
    const unknown = prepareSubmission(input({ relatedText: "Council tax; Empty homes premium" }));
    expect(unknown.content.related).toEqual(["council-tax"]);
    expect(unknown.notes).toEqual(["“Empty homes premium” is not in the dictionary: check the related term's name."]);
  });

  it("refuses a name already in the dictionary, and asks about similar ones until the person says it is different", () => {
    expect(prepareSubmission(input({ duplicates: () => ({ blocking: { title: "Council tax" }, similar: 1 }) })).notes).toEqual(["There is already a term called “Council tax”: suggest a change to it instead."]);
    expect(prepareSubmission(input({ duplicates: () => ({ similar: 2 }) })).notes).toEqual([expect.stringContaining("This is a different term")]);
    expect(prepareSubmission(input({ duplicates: () => ({ similar: 2 }), confirmedDifferent: true })).notes).toEqual([]);
  });

  it("needs a definition, steward and owner only when sent for approval", () => {
    const suggestion = prepareSubmission(input({ content: { ...emptyContent(), title: "Void property", termKind: "Term" } }));
    const submission = prepareSubmission(input({ stage: "submit", content: { ...emptyContent(), title: "Void property", termKind: "Term" } }));
    expect(submission.problems.length).toBeGreaterThan(suggestion.problems.length);
    expect(submission.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["definition"]));
  });

  it("saves only a clean form, once, and keeps the form and the other person's version after a conflict", () => {
    const clean = prepareSubmission(input());
    const started = editorTransition(INITIAL_EDITOR, { type: "checked", submission: clean });
    expect(started.save).toEqual(clean.content);
    expect(started.state.saving).toBe(true);
    expect(editorTransition(started.state, { type: "checked", submission: clean }).save).toBeUndefined();

    const dirty = prepareSubmission(input({ relatedText: "Nowhere" }));
    expect(editorTransition(INITIAL_EDITOR, { type: "checked", submission: dirty })).toEqual({ state: expect.objectContaining({ notes: dirty.notes, saving: false }) });

    const theirs = { id: 4, status: "Sent back" } as Proposal;
    const conflicted = editorTransition(started.state, { type: "failed", error: new Error("412"), current: theirs }).state;
    expect(conflicted).toMatchObject({ saving: false, conflict: theirs });
    expect(editorTransition(conflicted, { type: "saved" }).state.conflict).toBeNull();
  });
});

describe("deciding on a proposal", () => {
  const run = (events: DecisionEvent[], from: DecisionState = INITIAL_DECISION) => {
    let state = from;
    const runs: unknown[] = [];
    for (const e of events) {
      const next = decisionTransition(state, e);
      state = next.state;
      if (next.run) runs.push(next.run);
    }
    return { state, runs };
  };

  it("asks for a comment before sending back, and sends it with the decision", () => {
    const refused = run([{ type: "act", action: "send-back", verdict: { ok: false, reason: "Say what needs to change, so the steward knows what to do." }, overlapping: 0 }]);
    expect(refused).toEqual({ state: expect.objectContaining({ commentProblem: expect.stringContaining("Say what needs to change") }), runs: [] });
    const sent = run([{ type: "comment", text: "Add the service" }, { type: "act", action: "send-back", verdict: { ok: true, next: "Sent back" }, overlapping: 0 }]);
    expect(sent.runs).toEqual([{ action: "send-back", next: "Sent back", comment: "Add the service" }]);
    expect(run([{ type: "succeeded" }], sent.state).state).toMatchObject({ busy: null, comment: "" });
  });

  it("asks once more before an approval replaces wording published since the draft", () => {
    const approve: DecisionEvent = { type: "act", action: "approve", verdict: { ok: true, next: "Approved" }, overlapping: 2 };
    const first = run([approve]);
    expect(first.runs).toEqual([]);
    expect(first.state.confirmingOverlap).toBe(true);
    expect(run([approve, approve]).runs).toEqual([{ action: "approve", next: "Approved", comment: null }]);
  });

  it("runs one decision at a time and keeps the comment when a save fails", () => {
    const busy = run([{ type: "comment", text: "Needs a unit" }, { type: "act", action: "decline", verdict: { ok: true, next: "Declined" }, overlapping: 0 }]);
    expect(run([{ type: "act", action: "approve", verdict: { ok: true, next: "Approved" }, overlapping: 0 }], busy.state).runs).toEqual([]);
    const failed = run([{ type: "failed", error: new Error("403") }], busy.state).state;
    expect(failed).toMatchObject({ busy: null, comment: "Needs a unit" });
    expect(failed.error).toBeInstanceOf(Error);
  });

  it("links to the term an approval published", () => {
    expect(run([{ type: "succeeded", published: { key: "void-property", title: "Void property" } }]).state.published).toEqual({ key: "void-property", title: "Void property" });
  });
});

describe("confirming a term is still correct", () => {
  it("saves once however often the button is pressed, and shows a failure until the next try", () => {
    const first = reviewTransition(INITIAL_REVIEW, { type: "confirm" });
    expect(first.save).toBe(true);
    expect(reviewTransition(first.state, { type: "confirm" }).save).toBeUndefined();
    const failed = reviewTransition(first.state, { type: "failed", error: new Error("offline") }).state;
    expect(failed).toMatchObject({ reviewing: false });
    expect(reviewTransition(failed, { type: "confirm" }).state.error).toBeNull();
    expect(reviewTransition(INITIAL_REVIEW, { type: "show-history" }).state.showHistory).toBe(true);
  });
});
