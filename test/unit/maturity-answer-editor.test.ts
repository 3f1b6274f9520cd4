import { describe, expect, it } from "@jest/globals";
import { type AnswerEditorState, answerEditorTransition, initialAnswerEditor, MAX_EVIDENCE_LENGTH, type SavedAnswer } from "../../src/modules/maturity/domain/answer-editor";

const mine: SavedAnswer = { id: 7, etag: '"1"', level: 2, evidence: "Our notes", answeredBy: "Morgan Ellis", modified: "2026-11-25T10:00:00Z" };
const theirs: SavedAnswer = { id: 7, etag: '"2"', level: 4, evidence: "Their notes", answeredBy: "Alex Okafor", modified: "2026-11-25T10:01:00Z" };

const step = (state: AnswerEditorState, ...events: Parameters<typeof answerEditorTransition>[1][]) => events.reduce((s, e) => answerEditorTransition(s, e).state, state);

describe("answering one row", () => {
  it("refuses to save a row with no level, naming the problem, and keeps what was typed", () => {
    const typed = step(initialAnswerEditor(null), { type: "edit", draft: { evidence: "Workshop notes" } });
    const result = answerEditorTransition(typed, { type: "submit" });
    expect(result.save).toBeUndefined();
    expect(result.state.problems).toEqual([{ field: "level", message: "Choose a level for this row, or “Not assessed” if it does not apply to your team." }]);
    expect(result.state.draft.evidence).toBe("Workshop notes");
  });

  it("refuses evidence longer than the limit, saying how long it is", () => {
    const long = "x".repeat(MAX_EVIDENCE_LENGTH + 1);
    const result = answerEditorTransition(step(initialAnswerEditor(null), { type: "edit", draft: { level: 3, evidence: long } }), { type: "submit" });
    expect(result.save).toBeUndefined();
    expect(result.state.problems[0]!.message).toMatch(/^The evidence is 5,001 characters long; at most 5,000 fit\./);
  });

  it("adds an unanswered row's answer (no version) and saves once however often it is submitted", () => {
    const ready = step(initialAnswerEditor(null), { type: "edit", draft: { level: "not-assessed" } });
    const first = answerEditorTransition(ready, { type: "submit" });
    expect(first.save).toEqual({ against: null, draft: { level: "not-assessed", evidence: "" } });
    expect(answerEditorTransition(first.state, { type: "submit" }).save).toBeUndefined();
  });

  it("updates an answered row against the version loaded, and moves on without saving when nothing changed", () => {
    const loaded = initialAnswerEditor(mine);
    expect(answerEditorTransition(loaded, { type: "submit" })).toMatchObject({ advance: true });
    const changed = answerEditorTransition(step(loaded, { type: "edit", draft: { level: 3 } }), { type: "submit" });
    expect(changed.save).toEqual({ against: mine, draft: { level: 3, evidence: "Our notes" } });
    const saved = step(changed.state, { type: "saved", answer: { ...mine, level: 3, etag: '"2"' } });
    expect(saved).toMatchObject({ status: "editing", base: { level: 3, etag: '"2"' }, saves: 1 });
  });

  it("on a conflict shows their answer, keeps mine, and can take theirs without saving", () => {
    const submitted = answerEditorTransition(step(initialAnswerEditor(null), { type: "edit", draft: { level: 1, evidence: "Mine" } }), { type: "submit" }).state;
    const conflict = step(submitted, { type: "conflict", theirs });
    expect(conflict).toMatchObject({ status: "conflict", theirs, draft: { level: 1, evidence: "Mine" } });
    const kept = answerEditorTransition(conflict, { type: "keep-theirs" });
    expect(kept.save).toBeUndefined();
    expect(kept.state).toMatchObject({ status: "editing", base: theirs, draft: { level: 4, evidence: "Their notes" }, theirs: null });
  });

  it("on a conflict can save mine over theirs, against the version they were shown", () => {
    const conflict = step(initialAnswerEditor(null), { type: "edit", draft: { level: 1 } }, { type: "submit" }, { type: "conflict", theirs });
    const overwrite = answerEditorTransition(conflict, { type: "overwrite" });
    expect(overwrite.save).toEqual({ against: theirs, draft: { level: 1, evidence: "" } });
    expect(overwrite.state.status).toBe("saving");
  });

  it("keeps the draft when a save fails for another reason", () => {
    const failed = step(initialAnswerEditor(null), { type: "edit", draft: { level: 5, evidence: "Kept" } }, { type: "submit" }, { type: "failed", error: new Error("offline") });
    expect(failed).toMatchObject({ status: "editing", draft: { level: 5, evidence: "Kept" } });
    expect(failed.failure).toBeInstanceOf(Error);
  });
});
