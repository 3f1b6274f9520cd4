import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { siteUserIdFor } from "../../../core/data/people";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { type PickedPerson, PersonPicker } from "../../../core/ui/PersonPicker";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { type ReturnVersion, saveReturn, saveStage } from "../data/calendar-data";
import { formatCalendarDate, parseTypedDate } from "../domain/calendar-date";
import type { StoredReturn, StoredStage } from "../domain/return-records";
import { type StageEditDraft, type StageEditErrors, validateStageEdit } from "../domain/stage-edit";
import { stageFromColumns } from "../domain/stage-columns";
import { useKpiStyles } from "./styles";

const CONFLICT = "Someone else changed this while you were editing. Your changes are still in the form: save again to replace theirs.";

/** The data lead names the return's owner and the date its deadlines are tracked from. */
export function OwnerEditor({ item, onSaved }: { item: StoredReturn; onSaved: (message: string) => void }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const [owner, setOwner] = useState<PickedPerson | null>(item.ownerEmail ? { displayName: item.ownerName ?? item.ownerEmail, email: item.ownerEmail, siteUserId: item.ownerId ?? undefined } : null);
  const [trackedFrom, setTrackedFrom] = useState(item.trackedFromColumn ? formatCalendarDate(item.trackedFromColumn) : "");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [base, setBase] = useState<Pick<StoredReturn, "id" | "etag">>(item);
  const id = `tracked-from-${item.item.key}`;
  const submit = async () => {
    const date = trackedFrom.trim() ? parseTypedDate(trackedFrom) : null;
    setError(trackedFrom.trim() && !date ? `"${trackedFrom.trim()}" is not a date: write it as 01/04/2026, or leave it empty.` : null);
    if (trackedFrom.trim() && !date) return;
    setSaving(true);
    setFailure(null);
    setNotice(null);
    try {
      const ownerId = owner ? (owner.siteUserId ?? (await siteUserIdFor(sp, owner.email))) : null;
      await saveReturn(sp, base, { ReturnOwnerId: ownerId, TrackedFrom: date });
      onSaved(`${item.item.name}: ${owner ? `owner is now ${owner.displayName}` : "no owner"}${date ? `, deadlines tracked from ${formatCalendarDate(date)}` : ""}.`);
    } catch (e) {
      if (isConflict<ReturnVersion>(e)) {
        // The version now saved: the next save goes on top of it, with what this person typed.
        setBase(e.current);
        setNotice(`${CONFLICT} Theirs: ${e.current.ownerName ? `owner ${e.current.ownerName}` : "no owner"}${e.current.trackedFrom ? `, tracked from ${formatCalendarDate(e.current.trackedFrom)}` : ""}.`);
      } else setFailure(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="owner-editor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text as="h3" size={400} weight="semibold" id="owner-editor-heading">
        Owner and tracking
      </Text>
      <ErrorSummary problems={error ? [{ fieldId: id, message: error }] : []} />
      {notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Changed by someone else</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && <ErrorState error={failure} />}
      <PersonPicker label="Owner" value={owner} onChange={setOwner} hint="Marks its deadlines met; sees them under Mine and in their .ics file." />
      <Field label={{ children: "Deadlines tracked from", htmlFor: id }} hint="Deadlines before this date show as not recorded rather than overdue. Empty: the day the return was added." validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
        <Input id={id} value={trackedFrom} onChange={(_, d) => setTrackedFrom(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save owner and tracking"}
        </Button>
      </div>
    </form>
  );
}

/** The data lead moves a year's deadline (departments move dates each year) and flags dates to check. */
export function StageEditor({ stage, onSaved }: { stage: StoredStage; onSaved: (message: string) => void }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const [draft, setDraft] = useState<StageEditDraft>({ overrides: stage.columns.Overrides ?? "", checkTheDate: stage.columns.CheckTheDate, checkReason: stage.columns.CheckReason ?? "" });
  const [errors, setErrors] = useState<StageEditErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [base, setBase] = useState<Pick<StoredStage, "id" | "etag">>(stage);
  const rule = stageFromColumns(stage.columns).stage?.rule ?? null;
  const ids = { overrides: `overrides-${stage.id}`, checkTheDate: `check-${stage.id}`, checkReason: `check-reason-${stage.id}` };
  const submit = async () => {
    if (!rule) return;
    const checked = validateStageEdit(rule, draft);
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length) return;
    setSaving(true);
    setFailure(null);
    setNotice(null);
    try {
      await saveStage(sp, base, { Overrides: draft.overrides.trim() || null, CheckTheDate: draft.checkTheDate, CheckReason: draft.checkReason.trim() || null });
      onSaved(`${stage.columns.Title}: dates saved.`);
    } catch (e) {
      if (isConflict<Pick<StoredStage, "id" | "etag" | "columns">>(e)) {
        setNotice(`${CONFLICT} Their dates moved: ${e.current.columns.Overrides?.trim() || "none"}.`);
        setBase(e.current);
      } else setFailure(e);
    } finally {
      setSaving(false);
    }
  };
  if (!rule) return <Text>This stage's rule cannot be read; fix its columns in the ReportingStages list.</Text>;
  const problems: FormProblem[] = (Object.keys(ids) as (keyof StageEditDraft)[]).filter((f) => errors[f]).map((f) => ({ fieldId: ids[f], message: errors[f]! }));
  return (
    <form
      className={styles.form}
      noValidate
      aria-label={`Change the dates of ${stage.columns.Title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary problems={problems} />
      {notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Changed by someone else</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && <ErrorState error={failure} />}
      <Field label={{ children: `Dates moved for a year: ${stage.columns.Title}`, htmlFor: ids.overrides }} hint="One line a year: the period, =, the date, then the source's web address if there is one. For example: 2025/26 = 2026-07-24 https://www.gov.uk/… Write none for a year with no return." validationMessage={errors.overrides} validationState={errors.overrides ? "error" : "none"}>
        <Textarea id={ids.overrides} value={draft.overrides} onChange={(_, d) => setDraft({ ...draft, overrides: d.value })} resize="vertical" />
      </Field>
      <Checkbox id={ids.checkTheDate} label="Check the date: the rule is a reading of a vague or one-year date" checked={draft.checkTheDate} onChange={(_, d) => setDraft({ ...draft, checkTheDate: d.checked === true })} />
      {draft.checkTheDate && (
        <Field label={{ children: "Why check it", htmlFor: ids.checkReason }} required validationMessage={errors.checkReason} validationState={errors.checkReason ? "error" : "none"}>
          <Textarea id={ids.checkReason} value={draft.checkReason} onChange={(_, d) => setDraft({ ...draft, checkReason: d.value })} resize="vertical" />
        </Field>
      )}
      <div className={styles.actions}>
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : `Save the dates of ${stage.columns.Title}`}
        </Button>
      </div>
    </form>
  );
}
