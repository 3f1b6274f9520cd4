import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, MessageBar, MessageBarBody, MessageBarTitle, OverlayDrawer } from "@fluentui/react-components";
import { Dismiss24Regular } from "@fluentui/react-icons";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
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

/**
 * A drawer holding one editor. Closing it (Escape, the close button, Cancel, or a save) returns focus
 * to what opened it: Fluent does so when focus is still inside, and this does it when a save has
 * moved focus elsewhere first.
 */
export function RecordDrawer({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Noted while rendering the opening, before the drawer takes focus in its own effects.
  if (open && !wasOpen.current) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  wasOpen.current = open;
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (!target) return;
    // After the drawer's own focus handling has run.
    const frame = requestAnimationFrame(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && target.isConnected) target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
  // Mounted only while open: a closed Fluent drawer still sets up its modal focus trap, whose
  // hidden focus guards would sit at the top of every page that merely offers a form.
  if (!open) return null;
  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />}>{title}</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>{children}</DrawerBody>
    </OverlayDrawer>
  );
}
