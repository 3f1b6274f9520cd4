import { nameKey } from "./normalise";
import type { Proposal } from "./proposal";
import { splitList } from "./term";
import { type Problem, type ProposalContent, validateProposal } from "./workflow";

/**
 * The proposal form's sending step and its state, pure: turning typed names into keys, validating,
 * refusing a name already in the dictionary, and what the form shows while saving, after a failure
 * and after a conflict. The form's hook (ui/use-proposal-editor.ts) does the saving
 * (test/unit/dictionary-screens.test.ts).
 */

/** What a duplicate check found for a name: a published term with the very same name blocks it. */
export interface DuplicateCheck {
  blocking?: { title: string };
  similar: number;
}

export interface SubmissionInput {
  content: ProposalContent;
  stage: "suggest" | "submit";
  /** Related terms as typed: names or keys, separated by semicolons. */
  relatedText: string;
  /** For a deprecation: the term to use instead, as typed. */
  replacedByText: string;
  stewardEmail: string;
  ownerEmail: string;
  /** The person ticked "This is a different term" after seeing similar ones. */
  confirmedDifferent: boolean;
  /** The published terms, by key. */
  termsByKey: ReadonlyMap<string, { key: string; title: string }>;
  duplicates: (content: ProposalContent) => DuplicateCheck;
}

export interface Submission {
  content: ProposalContent;
  problems: Problem[];
  /** Problems that belong to no single field. */
  notes: string[];
}

/** Names typed for terms turned into keys; unknown names are reported, never dropped. */
function resolveKeys(text: string, termsByKey: SubmissionInput["termsByKey"], byName: ReadonlyMap<string, string>) {
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const entry of splitList(text)) {
    const key = termsByKey.has(entry) ? entry : byName.get(nameKey(entry));
    if (key) keys.push(key);
    else unknown.push(entry);
  }
  return { keys, unknown };
}

/** The content to send, and everything the person must fix first (nothing to fix: send it). */
export function prepareSubmission(input: SubmissionInput): Submission {
  const byName = new Map<string, string>();
  for (const t of input.termsByKey.values()) byName.set(nameKey(t.title), t.key);
  const related = resolveKeys(input.relatedText, input.termsByKey, byName);
  const deprecation = input.content.kind === "Deprecation";
  const replacement = deprecation && input.replacedByText.trim() ? resolveKeys(input.replacedByText, input.termsByKey, byName) : { keys: [], unknown: [] };
  const content: ProposalContent = { ...input.content, related: related.keys, replacedBy: replacement.keys[0] ?? "", stewardEmail: input.stewardEmail, ownerEmail: input.ownerEmail };
  const duplicates = input.duplicates(content);
  const notes = [
    ...related.unknown.map((n) => `“${n}” is not in the dictionary: check the related term's name.`),
    ...replacement.unknown.map((n) => `“${n}” is not in the dictionary: check the name of the term to use instead.`),
    ...(duplicates.blocking ? [`There is already a term called “${duplicates.blocking.title}”: suggest a change to it instead.`] : []),
    ...(!duplicates.blocking && duplicates.similar > 0 && !input.confirmedDifferent ? ["Check the similar terms below, and tick “This is a different term” if it is."] : []),
  ];
  return { content, problems: validateProposal(content, input.stage), notes };
}

export interface EditorState {
  problems: Problem[];
  notes: string[];
  saving: boolean;
  error: unknown;
  /** The proposal as someone else saved it meanwhile: the next save goes on top of it, once seen. */
  conflict: Proposal | null;
}

export type EditorEvent =
  | { type: "checked"; submission: Submission }
  | { type: "saved" }
  | { type: "failed"; error: unknown; current?: Proposal };

export const INITIAL_EDITOR: EditorState = { problems: [], notes: [], saving: false, error: null, conflict: null };

export function editorTransition(state: EditorState, event: EditorEvent): { state: EditorState; save?: ProposalContent } {
  switch (event.type) {
    case "checked": {
      const { problems, notes, content } = event.submission;
      if (problems.length || notes.length || state.saving) return { state: { ...state, problems, notes } };
      return { state: { ...state, problems, notes, saving: true, error: null }, save: content };
    }
    case "saved":
      return { state: { ...state, saving: false, conflict: null } };
    case "failed":
      // Everything typed stays in the form.
      return { state: { ...state, saving: false, error: event.error, conflict: event.current ?? state.conflict } };
  }
}
