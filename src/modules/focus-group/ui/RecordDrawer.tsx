import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { SideDrawer } from "../../../core/ui/SideDrawer";
import { ErrorState } from "../../../core/ui/states";
import type { Draft, FormField, Problem } from "../domain/form";
import { type DashboardChoice, RecordForm } from "./RecordForm";

export interface RecordEditorProps<R> {
  /** The record being edited (its version is what the save sends), or null to add one. */
  record: R | null;
  fields: readonly FormField[];
  initialDraft: Draft;
  check: (draft: Draft) => Problem[];
  /** Adds or saves; a ConflictError carrying the current record means someone saved first. */
  save: (draft: Draft, base: R | null) => Promise<R>;
  submitLabel: string;
  onSaved: (record: R) => void;
  onCancel?: () => void;
  dashboards?: readonly DashboardChoice[];
}

/**
 * Adds or edits one record. A failed save keeps the draft; a conflict keeps it too, takes the other
 * person's version as the one to save over, and says so, so saving again puts these edits on top.
 */
export function RecordEditor<R>({ record, fields, initialDraft, check, save, submitLabel, onSaved, onCancel, dashboards }: RecordEditorProps<R>) {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [base, setBase] = useState<R | null>(record);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflicted, setConflicted] = useState(false);

  const submit = async () => {
    const found = check(draft);
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await save(draft, base);
      // The saved version is the one a further save from this form goes over.
      setBase(saved);
      setConflicted(false);
      onSaved(saved);
    } catch (error) {
      if (isConflict<R>(error)) {
        setBase(error.current);
        setConflicted(true);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const footer = (
    <>
      {conflicted && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this while you were editing</MessageBarTitle>
            Your edits are still here. Save again to put them on top of theirs, or cancel to keep their version.
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && <ErrorState error={failure} />}
    </>
  );
  return <RecordForm fields={fields} draft={draft} problems={problems} saving={saving} submitLabel={submitLabel} onChange={setDraft} onSubmit={() => void submit()} onCancel={onCancel} dashboards={dashboards} footer={footer} />;
}

/** A drawer holding one editor: core's SideDrawer (focus back on the opener when it closes). */
export function RecordDrawer({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <SideDrawer open={open} title={title} onClose={onClose}>
      {children}
    </SideDrawer>
  );
}
