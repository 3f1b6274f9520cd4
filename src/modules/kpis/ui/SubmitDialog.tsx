import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useState } from "react";
import { httpStatusOf, isConflict } from "../../../core/data/concurrency";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { useReturnFocusOnUnmount } from "../../../core/ui/focus";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { AlreadyRecordedError, correctSubmission, recordSubmission } from "../data/calendar-data";
import { type CalendarDate, formatCalendarDate } from "../domain/calendar-date";
import { type OccurrenceStatus, type SubmissionDraft, type SubmissionErrors, validateSubmission } from "../domain/occurrence-state";
import { occurrenceTitle } from "../domain/occurrences";
import type { StoredSubmission } from "../domain/return-records";
import { useKpiStyles } from "./styles";

const IDS: Record<keyof SubmissionDraft, string> = { submittedOn: "submitted-on", link: "submitted-link" };

export interface SubmitDialogProps {
  occurrence: OccurrenceStatus;
  /** The record being corrected, or null to mark the deadline met. */
  existing: StoredSubmission | null;
  today: CalendarDate;
  meId: number | null;
  /** Saved: the page shows it, announces it and closes the dialog. */
  onSaved: (saved: StoredSubmission, announcement: string) => void;
  /** Found saved by someone else: the page shows theirs while the dialog stays open. */
  onFound: (current: StoredSubmission) => void;
  onClose: () => void;
}

/**
 * Mark a deadline submitted or published, with the date and a link; or correct that record. The
 * date may be before the deadline (early is on time), never after today. What was typed stays in
 * the dialog if the save fails; closing it returns focus to the button that opened it.
 */
export function SubmitDialog({ occurrence, existing, today, meId, onSaved, onFound, onClose }: SubmitDialogProps) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const [draft, setDraft] = useState<SubmissionDraft>({ submittedOn: formatCalendarDate(existing?.submittedOn ?? today), link: existing?.link ?? "" });
  const [errors, setErrors] = useState<SubmissionErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<StoredSubmission | null>(null);
  const [base, setBase] = useState<StoredSubmission | null>(existing);
  const title = occurrenceTitle(occurrence);
  // Mounted only while open and closed by its owner after a save: Fluent alone would leave focus on the body.
  useReturnFocusOnUnmount();

  const submit = async () => {
    const checked = validateSubmission(draft, today);
    setErrors(checked.errors);
    if (!checked.submittedOn || Object.keys(checked.errors).length) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = base ? await correctSubmission(sp, base, checked.submittedOn, checked.link) : await recordSubmission(sp, occurrence, checked.submittedOn, checked.link, meId);
      const onTime = saved.submittedOn <= occurrence.deadline;
      onSaved(saved, `${title}: ${base ? "corrected to" : "marked"} submitted on ${formatCalendarDate(saved.submittedOn)}, ${onTime ? "on time" : "after the deadline"}.`);
    } catch (error) {
      if (error instanceof AlreadyRecordedError || isConflict<StoredSubmission>(error)) {
        const current = error instanceof AlreadyRecordedError ? error.current : (error.current as StoredSubmission);
        setTheirs(current);
        setBase(current);
        onFound(current);
      } else setFailure(error);
      setSaving(false);
    }
  };

  const problems: FormProblem[] = (Object.keys(IDS) as (keyof SubmissionDraft)[]).filter((f) => errors[f]).map((f) => ({ fieldId: IDS[f], message: errors[f]! }));
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby="submit-dialog-deadline">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{existing ? "Correct the submission" : "Mark as submitted"}</DialogTitle>
            <DialogContent className={styles.stack}>
              <Text id="submit-dialog-deadline">
                {title}. Deadline {formatCalendarDate(occurrence.deadline)}.
              </Text>
              <ErrorSummary problems={problems} />
              {theirs && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>Already recorded</MessageBarTitle>
                    {theirs.byName ?? "Someone else"} recorded it as submitted on {formatCalendarDate(theirs.submittedOn)}. Your date is still in the form: save again to correct their record, or close.
                  </MessageBarBody>
                </MessageBar>
              )}
              {failure !== null &&
                (httpStatusOf(failure) === 403 ? (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>You can't {base ? "correct this record" : "mark this deadline"}</MessageBarTitle>
                      {base ? "Only whoever recorded it and the data lead can correct it." : "Councillors can read the calendar; the return's owner or the data lead marks it."} Your date is still in the form.
                    </MessageBarBody>
                  </MessageBar>
                ) : (
                  <ErrorState error={failure} />
                ))}
              <Field label={{ children: "Submitted or published on", htmlFor: IDS.submittedOn }} required hint="For example 25/11/2026. Early counts as on time." validationMessage={errors.submittedOn} validationState={errors.submittedOn ? "error" : "none"}>
                <Input id={IDS.submittedOn} value={draft.submittedOn} onChange={(_, d) => setDraft({ ...draft, submittedOn: d.value })} />
              </Field>
              <Field label={{ children: "Link (optional)", htmlFor: IDS.link }} hint="Where it was published, or the confirmation. Starts with https://" validationMessage={errors.link} validationState={errors.link ? "error" : "none"}>
                <Input id={IDS.link} type="url" value={draft.link} onChange={(_, d) => setDraft({ ...draft, link: d.value })} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={saving}>
                {saving ? "Saving…" : base ? "Save the correction" : "Mark as submitted"}
              </Button>
              <Button onClick={onClose}>{theirs ? "Close" : "Cancel"}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
