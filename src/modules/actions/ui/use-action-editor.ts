import { useMemo, useState } from "react";
import { useServices } from "../../../core/ui/services";
import { isConflict } from "../../../core/data/concurrency";
import { type ActionValues, saveAction } from "../data/actions-data";
import type { Action } from "../domain/action";
import { analyseConflict } from "../domain/conflict";
import { type ActionDraft, type DraftErrors, draftFromAction, draftToFields, validateDraft } from "../domain/validation";
import { useAssignmentNotice } from "./use-assignment-notice";

const fieldsOf = (draft: ActionDraft) => draftToFields(draft);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Editing one action: validation, saving with the ETag it was loaded with, and the conflict path.
 * The draft lives here for the whole edit, so nothing typed is lost to a failed or refused save.
 */
export function useActionEditor(action: Action, onSaved: (saved: Action) => void) {
  const { sp } = useServices();
  const noticeAssignment = useAssignmentNotice();
  const [base, setBase] = useState(action);
  const [draft, setDraft] = useState(() => draftFromAction(action));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [current, setCurrent] = useState<Action | null>(null);

  const analysis = useMemo(
    () => (current ? analyseConflict(fieldsOf(draftFromAction(base)), fieldsOf(draft), fieldsOf(draftFromAction(current))) : null),
    [base, draft, current],
  );

  /** Sends only the fields this person changed, against the version they last saw. */
  async function save(against: Action, fields: ActionValues) {
    if (Object.keys(fields).length === 0) {
      onSaved(against);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const saved = await saveAction(sp, against, fields);
      onSaved(saved);
      noticeAssignment(against, saved);
      setCurrent(null);
    } catch (error) {
      if (isConflict<Action>(error)) setCurrent(error.current);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  const myChangedFields = () => {
    const before: Record<string, unknown> = fieldsOf(draftFromAction(base));
    const after = fieldsOf(draft);
    return Object.fromEntries(Object.entries(after).filter(([k, v]) => !same(before[k], v))) as ActionValues;
  };

  return {
    draft,
    setDraft,
    errors,
    saving,
    failure,
    conflict: current && analysis ? { current, analysis } : null,
    submit: () => {
      const found = validateDraft(draft, { today: new Date(), before: draftFromAction(base) });
      setErrors(found);
      if (Object.keys(found).length === 0) void save(base, myChangedFields());
    },
    /** Their version, with this person's changes written over it. */
    reapply: () => current && void save(current, myChangedFields()),
    /** Drop this person's edits and continue from the version now saved. */
    startAgain: () => {
      if (!current) return;
      setBase(current);
      setDraft(draftFromAction(current));
      setCurrent(null);
    },
  };
}
