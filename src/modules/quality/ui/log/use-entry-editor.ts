import { useCallback, useMemo } from "react";
import { isConflict } from "../../../../core/data/concurrency";
import { useMachine } from "../../../../core/ui/use-machine";
import { type EditorRules, type EditorState, editorTransition, startEditor, type Transition } from "../../domain/log/editor-state";
import type { LogEntry } from "../../domain/log/issue";
import type { FormProblem } from "../../domain/log/report-form";

/**
 * Drives the pure editor machine (domain/log/editor-state.ts) and carries out its saves: `save`
 * sends the draft with the version it was started from; a 412 comes back as ConflictError and
 * becomes the machine's conflict, anything else its failure.
 */
export function useEntryEditor<D>(entry: LogEntry, rules: EditorRules<D>, save: (draft: D, base: LogEntry) => Promise<LogEntry>, onSaved: (entry: LogEntry) => void) {
  const transition = useMemo(() => editorTransition(rules), [rules]);
  const { state, apply } = useMachine<EditorState<D>, Parameters<typeof transition>[1], Transition<D>>(transition, () => startEditor(entry, rules));

  const run = useCallback(
    async (next: Transition<D>) => {
      if (next.effect !== "save") return;
      try {
        const saved = await save(next.state.draft, next.state.base);
        apply({ type: "saved", entry: saved });
        onSaved(saved);
      } catch (error) {
        if (isConflict<LogEntry>(error)) {
          apply({ type: "conflict", current: error.current });
          onSaved(error.current);
        } else apply({ type: "failed", error });
      }
    },
    [apply, save, onSaved],
  );

  return {
    state,
    edit: (draft: D) => apply({ type: "edit", draft }),
    submit: (problems: FormProblem<string>[]) => void run(apply({ type: "submit", problems })),
    reapply: () => void run(apply({ type: "reapply" })),
    useTheirs: () => apply({ type: "use-theirs" }),
    reload: (latest: LogEntry) => apply({ type: "reload", entry: latest }),
  };
}
