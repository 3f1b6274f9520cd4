import { isConflict } from "../../../core/data/concurrency";
import { useServices } from "../../../core/ui/services";
import { useMachine } from "../../../core/ui/use-machine";
import { type AnswerTarget, saveAnswer, type StoredAnswer } from "../data/answers-data";
import { type AnswerDraft, type AnswerEditorStep, answerEditorTransition, initialAnswerEditor } from "../domain/answer-editor";

/** One row's answer: saving as it is given, and the conflict path (domain/answer-editor.ts). */
export function useAnswerEditor(target: AnswerTarget, initial: StoredAnswer | null, onSaved: (answer: StoredAnswer | null) => void) {
  const { sp } = useServices();
  const { state, apply } = useMachine(answerEditorTransition, () => initialAnswerEditor(initial));

  const run = async (step: AnswerEditorStep) => {
    if (step.advance) onSaved(null);
    if (!step.save) return;
    const { draft, against } = step.save;
    try {
      const saved = await saveAnswer(sp, target, { level: draft.level!, evidence: draft.evidence.trim() || null }, against);
      apply({ type: "saved", answer: saved });
      onSaved(saved);
    } catch (error) {
      if (isConflict<StoredAnswer>(error)) apply({ type: "conflict", theirs: error.current });
      else apply({ type: "failed", error });
    }
  };

  return {
    state,
    edit: (draft: Partial<AnswerDraft>) => apply({ type: "edit", draft }),
    submit: () => void run(apply({ type: "submit" })),
    keepTheirs: () => apply({ type: "keep-theirs" }),
    overwrite: () => void run(apply({ type: "overwrite" })),
  };
}
