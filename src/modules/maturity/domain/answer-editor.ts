import type { Answer } from "./answers";
import type { AnswerLevel } from "./levels";

/**
 * Answering one row in a workshop: the level and evidence typed, the version of the answer the
 * assessor loaded, and the conflict path when another assessor of the team answered the same row
 * first. Pure, driven by ui/use-answer-editor.ts (test/unit/maturity-answer-editor.test.ts). What
 * was typed is never lost: a refused or failed save keeps the draft.
 */
export const MAX_EVIDENCE_LENGTH = 5_000;

export interface AnswerDraft {
  level: AnswerLevel | null;
  evidence: string;
}

/** What the editor needs to know of a saved answer. */
export type SavedAnswer = Pick<Answer, "level" | "evidence" | "answeredBy" | "modified"> & { id: number; etag: string | null };

export interface AnswerProblem {
  field: "level" | "evidence";
  message: string;
}

export interface AnswerEditorState {
  draft: AnswerDraft;
  /** The version this assessor is editing (null: the row looked unanswered). */
  base: SavedAnswer | null;
  status: "editing" | "saving" | "conflict";
  problems: AnswerProblem[];
  /** The answer another assessor saved first, while in conflict. */
  theirs: SavedAnswer | null;
  failure: unknown;
  /** How many saves have landed in this editor: the screen announces each. */
  saves: number;
}

export type AnswerEditorEvent =
  | { type: "edit"; draft: Partial<AnswerDraft> }
  | { type: "submit" }
  | { type: "saved"; answer: SavedAnswer }
  | { type: "conflict"; theirs: SavedAnswer }
  | { type: "failed"; error: unknown }
  /** Take the other assessor's answer: the draft becomes theirs, nothing is saved. */
  | { type: "keep-theirs" }
  /** Save this assessor's draft over theirs, against the version they were shown. */
  | { type: "overwrite" };

export interface AnswerEditorStep {
  state: AnswerEditorState;
  /** Save the draft with this version (null: add). */
  save?: { against: SavedAnswer | null; draft: AnswerDraft };
  /** Nothing to save (the answer is as it was): move on. */
  advance?: true;
}

export function draftOf(answer: SavedAnswer | null): AnswerDraft {
  return { level: answer?.level ?? null, evidence: answer?.evidence ?? "" };
}

export function initialAnswerEditor(answer: SavedAnswer | null): AnswerEditorState {
  return { draft: draftOf(answer), base: answer, status: "editing", problems: [], theirs: null, failure: null, saves: 0 };
}

export function validateAnswer(draft: AnswerDraft): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  if (draft.level === null) problems.push({ field: "level", message: "Choose a level for this row, or “Not assessed” if it does not apply to your team." });
  if (draft.evidence.length > MAX_EVIDENCE_LENGTH) problems.push({ field: "evidence", message: `The evidence is ${draft.evidence.length.toLocaleString("en-GB")} characters long; at most ${MAX_EVIDENCE_LENGTH.toLocaleString("en-GB")} fit. Shorten it or link to a document instead.` });
  return problems;
}

/** Whether the draft differs from the answer it started from (nothing to save otherwise). */
export function isChanged(state: AnswerEditorState): boolean {
  const from = draftOf(state.base);
  return from.level !== state.draft.level || from.evidence.trim() !== state.draft.evidence.trim();
}

export function answerEditorTransition(state: AnswerEditorState, event: AnswerEditorEvent): AnswerEditorStep {
  switch (event.type) {
    case "edit":
      return { state: { ...state, draft: { ...state.draft, ...event.draft }, problems: state.problems.length ? validateAnswer({ ...state.draft, ...event.draft }) : [] } };
    case "submit": {
      if (state.status === "saving") return { state };
      const problems = validateAnswer(state.draft);
      if (problems.length) return { state: { ...state, problems } };
      if (state.base && !isChanged(state)) return { state: { ...state, problems: [], failure: null }, advance: true };
      return { state: { ...state, status: "saving", problems: [], failure: null }, save: { against: state.base, draft: state.draft } };
    }
    case "saved":
      return { state: { ...state, status: "editing", base: event.answer, draft: draftOf(event.answer), theirs: null, saves: state.saves + 1 } };
    case "conflict":
      return { state: { ...state, status: "conflict", theirs: event.theirs } };
    case "failed":
      return { state: { ...state, status: "editing", failure: event.error } };
    case "keep-theirs":
      if (!state.theirs) return { state };
      return { state: { ...state, status: "editing", base: state.theirs, draft: draftOf(state.theirs), theirs: null, problems: [] } };
    case "overwrite":
      if (!state.theirs || state.status === "saving") return { state };
      return { state: { ...state, status: "saving", base: state.theirs, failure: null }, save: { against: state.theirs, draft: state.draft } };
  }
}
