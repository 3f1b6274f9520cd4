import { mergeReportDrafts } from "../../src/modules/quality/domain/log/conflict";
import { editorTransition, type EditorRules, startEditor } from "../../src/modules/quality/domain/log/editor-state";
import { draftFromContent, type ReportDraft, validateReport } from "../../src/modules/quality/domain/log/report-form";
import { INITIAL_VALIDATE_STATE, validateTransition } from "../../src/modules/quality/domain/validate-screen";
import { entry } from "./quality-fixtures";

const rules: EditorRules<ReportDraft> = { draftFor: (e) => draftFromContent(e), merge: mergeReportDrafts };
const step = editorTransition(rules);

describe("editing a report or an issue", () => {
  it("keeps the draft and shows the problems when the form is refused, asking for no save", () => {
    const state = startEditor(entry(), rules);
    const typed = step(state, { type: "edit", draft: { ...state.draft, description: "" } }).state;
    const refused = step(typed, { type: "submit", problems: validateReport(typed.draft) });
    expect(refused.effect).toBeUndefined();
    expect(refused.state.problems.map((p) => p.field)).toEqual(["description"]);
    expect(refused.state.draft.description).toBe("");
  });

  it("asks for one save at a time, and starts again from what was saved", () => {
    const state = startEditor(entry(), rules);
    const saving = step(state, { type: "submit", problems: [] });
    expect(saving.effect).toBe("save");
    expect(step(saving.state, { type: "submit", problems: [] }).effect).toBeUndefined();
    const saved = step(saving.state, { type: "saved", entry: entry({ etag: '"2"', severity: "High" }) }).state;
    expect(saved).toMatchObject({ saving: false, saved: { etag: '"2"' }, base: { etag: '"2"' }, draft: { severity: "High" } });
  });

  it("on a conflict keeps my draft beside their changes; reapplying saves mine on top of their version", () => {
    const base = entry({ etag: '"1"' });
    let state = startEditor(base, rules);
    state = step(state, { type: "edit", draft: { ...state.draft, exampleRecords: "CT-1" } }).state;
    state = step(state, { type: "submit", problems: [] }).state;
    const theirs = entry({ etag: '"2"', severity: "Critical", modified: "2026-11-04T10:00:00Z" });
    state = step(state, { type: "conflict", current: theirs }).state;
    expect(state.conflict!.changes).toEqual([{ label: "Severity", value: "Critical" }]);
    expect(state.draft.exampleRecords).toBe("CT-1");
    const again = step(state, { type: "reapply" });
    expect(again.effect).toBe("save");
    expect(again.state.base.etag).toBe('"2"');
    expect(again.state.draft).toMatchObject({ exampleRecords: "CT-1", severity: "Critical" });
  });

  it("can take their version instead, and keeps everything typed when a save fails", () => {
    let state = startEditor(entry(), rules);
    state = step(state, { type: "edit", draft: { ...state.draft, dataset: "Mine" } }).state;
    const failed = step(step(state, { type: "submit", problems: [] }).state, { type: "failed", error: new Error("offline") }).state;
    expect(failed).toMatchObject({ saving: false, draft: { dataset: "Mine" } });
    const conflicted = step(failed, { type: "conflict", current: entry({ dataset: "Theirs", etag: '"9"' }) }).state;
    expect(step(conflicted, { type: "use-theirs" }).state).toMatchObject({ draft: { dataset: "Theirs" }, base: { etag: '"9"' }, conflict: null });
  });
});

describe("the validation screen", () => {
  const source = { kind: "file" as const, name: "casework.csv", bytes: 1000 };
  it("profiles a new source first, then runs only when asked and when nothing else is running", () => {
    const chosen = validateTransition(INITIAL_VALIDATE_STATE, { type: "source", source });
    expect(chosen.effect).toBe("profile");
    expect(validateTransition(chosen.state, { type: "start-run" }).effect).toBeUndefined();
    const profiled = validateTransition(chosen.state, { type: "profiled", profile: { rows: 1, columns: [] }, suggestions: [], partial: false }).state;
    const started = validateTransition(profiled, { type: "start-run" });
    expect(started).toMatchObject({ effect: "validate", state: { run: { status: "running", sourceName: "casework.csv" } } });
    expect(validateTransition(INITIAL_VALIDATE_STATE, { type: "start-run" }).effect).toBeUndefined();
  });

  it("tells a cancelled run from a failed one, and a new source clears the last result", () => {
    const running = validateTransition(validateTransition(validateTransition(INITIAL_VALIDATE_STATE, { type: "source", source }).state, { type: "profile-failed", error: null, cancelled: true }).state, { type: "start-run" }).state;
    expect(validateTransition(running, { type: "run-failed", error: new Error("x"), cancelled: true }).state.run).toMatchObject({ status: "cancelled", error: null });
    expect(validateTransition(running, { type: "run-failed", error: new Error("x"), cancelled: false }).state.run.status).toBe("failed");
    const again = validateTransition(running, { type: "source", source: { ...source, name: "other.csv" } }).state;
    expect(again.run.status).toBe("idle");
    expect(again.source!.name).toBe("other.csv");
  });
});
