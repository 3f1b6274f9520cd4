import { type TheirChange, theirChanges } from "./conflict";
import type { LogEntry } from "./issue";
import type { FormProblem } from "./report-form";

/**
 * Editing a report or an issue, as a pure state machine: the screen only renders it, and a hook
 * (ui/log/use-entry-editor.ts) carries out the save it asks for. Nothing typed is ever dropped: a
 * refused or failed save leaves the draft as it was, and a conflict keeps it beside the other
 * person's version until the person chooses.
 */
export interface EditorState<D> {
  /** The version the draft was started from (its ETag is what a save sends). */
  base: LogEntry;
  /** The draft as it was when loaded from `base`, to tell the person's changes from the other person's. */
  baseDraft: D;
  draft: D;
  problems: FormProblem<string>[];
  saving: boolean;
  failure: unknown;
  conflict: { current: LogEntry; changes: TheirChange[] } | null;
  /** The last save's result, for the live region; cleared by the next edit. */
  saved: LogEntry | null;
}

export type EditorEvent<D> =
  | { type: "edit"; draft: D }
  | { type: "submit"; problems: FormProblem<string>[] }
  | { type: "saved"; entry: LogEntry }
  | { type: "conflict"; current: LogEntry }
  | { type: "failed"; error: unknown }
  | { type: "reapply" }
  | { type: "use-theirs" }
  | { type: "reload"; entry: LogEntry };

export interface EditorRules<D> {
  /** The draft a version opens with. */
  draftFor(entry: LogEntry): D;
  /** The person's changes (base → mine) put on top of the other person's version. */
  merge(base: D, mine: D, theirs: D): D;
}

export interface Transition<D> {
  state: EditorState<D>;
  /** "save": send `state.draft` with `state.base`'s version. */
  effect?: "save";
}

export function startEditor<D>(entry: LogEntry, rules: EditorRules<D>): EditorState<D> {
  const draft = rules.draftFor(entry);
  return { base: entry, baseDraft: draft, draft, problems: [], saving: false, failure: null, conflict: null, saved: null };
}

export function editorTransition<D>(rules: EditorRules<D>) {
  return (state: EditorState<D>, event: EditorEvent<D>): Transition<D> => {
    switch (event.type) {
      case "edit":
        return { state: { ...state, draft: event.draft, saved: null } };
      case "submit":
        if (state.saving) return { state };
        if (event.problems.length) return { state: { ...state, problems: event.problems, saved: null } };
        return { state: { ...state, problems: [], saving: true, failure: null, saved: null }, effect: "save" };
      case "saved":
        return { state: { ...startEditor(event.entry, rules), saved: event.entry } };
      case "conflict":
        return { state: { ...state, saving: false, conflict: { current: event.current, changes: theirChanges(state.base, event.current) } } };
      case "failed":
        return { state: { ...state, saving: false, failure: event.error } };
      case "reapply": {
        if (!state.conflict) return { state };
        const theirs = rules.draftFor(state.conflict.current);
        const merged = rules.merge(state.baseDraft, state.draft, theirs);
        return { state: { ...state, base: state.conflict.current, baseDraft: theirs, draft: merged, conflict: null, problems: [], saving: true, failure: null }, effect: "save" };
      }
      case "use-theirs":
        if (!state.conflict) return { state };
        return { state: startEditor(state.conflict.current, rules) };
      case "reload":
        return { state: startEditor(event.entry, rules) };
    }
  };
}
