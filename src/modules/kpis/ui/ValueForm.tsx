import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Option, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { httpStatusOf, isConflict } from "../../../core/data/concurrency";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { ValueAlreadyEnteredError, addValue, correctValue } from "../data/kpi-data";
import { type CalendarDate, formatCalendarDate } from "../domain/calendar-date";
import { entryState, type KpiValue, VALUE_CONFIDENCES, type ValueConfidence, type ValueDraft, type ValueErrors, validateValue, valueDueDate } from "../domain/kpi";
import { periodsToEnter } from "../domain/kpi-forms";
import type { StoredKpi, StoredValue } from "../domain/kpi-records";
import { formatKpiValue } from "../domain/kpi-words";
import { useKpiStyles } from "./styles";

const IDS: Record<keyof ValueDraft, string> = { period: "value-period", value: "value-value", note: "value-note", source: "value-source", confidence: "value-confidence-High" };
const ORDER: (keyof ValueDraft)[] = ["period", "value", "note", "source", "confidence"];

const emptyDraft = (period = ""): ValueDraft => ({ period, value: "", note: "", source: "", confidence: "High" });
const draftOf = (v: KpiValue): ValueDraft => ({ period: v.period, value: String(v.value), note: v.note ?? "", source: v.source ?? "", confidence: v.confidence });

export interface ValueFormProps {
  kpi: StoredKpi;
  values: readonly StoredValue[];
  today: CalendarDate;
  onSaved: (value: StoredValue) => void;
}

/**
 * Enter a period's value, or correct one already entered: a note, the source and how confident the
 * owner is. The entry date is SharePoint's own (Created), so the form never asks for it; after a
 * save a live region says whether it was on time. A failed or refused save keeps everything typed.
 */
export function ValueForm({ kpi, values, today, onSaved }: ValueFormProps) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const choices = useMemo(() => periodsToEnter(kpi, values, today), [kpi, values, today]);
  // The most recent period still without a value; when every recent one has a value, the latest to correct.
  const [draft, setDraft] = useState<ValueDraft>(() => {
    const open = choices.find((c) => !c.entered);
    return open ? emptyDraft(open.period.key) : choices[0]?.entered ? draftOf(choices[0].entered) : emptyDraft();
  });
  const [errors, setErrors] = useState<ValueErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // The version being corrected: the value as entered, or as someone else saved it since.
  const [base, setBase] = useState<StoredValue | null>(null);

  const existing = base && base.period === draft.period ? base : (values.find((v) => v.period === draft.period) ?? null);
  const change = (patch: Partial<ValueDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const choosePeriod = (period: string) => {
    const entered = values.find((v) => v.period === period) ?? null;
    // Fill in the entered value to correct, unless the person has already typed one.
    setDraft((d) => (entered && !d.value.trim() && !d.note.trim() && !d.source.trim() ? draftOf(entered) : { ...d, period }));
    setBase(null);
    setNotice(null);
  };

  const submit = async () => {
    const checked = validateValue(draft, kpi, today);
    setErrors(checked.errors);
    setAnnouncement("");
    if (!checked.period || checked.value === null) return;
    const value = { period: checked.period.key, value: checked.value, note: draft.note.trim() || null, source: draft.source.trim() || null, confidence: draft.confidence as ValueConfidence };
    setSaving(true);
    setFailure(null);
    setNotice(null);
    try {
      const saved = existing ? await correctValue(sp, existing, kpi.key, value) : await addValue(sp, kpi.key, value);
      const due = valueDueDate(kpi, checked.period);
      const state = entryState(kpi, checked.period, saved, today);
      const timing = state === "Entered late" ? ` It was entered late: it was due on ${formatCalendarDate(due)}.` : state === "Back-filled" ? " It was due before this KPI's entries were timed, so it counts as back-filled." : " It was entered on time.";
      setAnnouncement(`${existing ? "Corrected" : "Saved"} ${formatKpiValue(saved.value, kpi.unit)} for ${checked.period.label}.${existing ? "" : timing}`);
      setBase(null);
      const next = choices.find((c) => !c.entered && c.period.key !== saved.period);
      setDraft(next ? emptyDraft(next.period.key) : draftOf(saved));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ValueAlreadyEnteredError || isConflict<StoredValue>(error)) {
        const current = error instanceof ValueAlreadyEnteredError ? error.current : (error.current as StoredValue);
        setBase(current);
        onSaved(current);
        setNotice(`${current.enteredBy ?? "Someone else"} saved ${formatKpiValue(current.value, kpi.unit)} for ${current.period} while you were typing. Your entry is still in the form: save again to replace theirs, or change it first.`);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const problems: FormProblem[] = ORDER.filter((f) => errors[f]).map((f) => ({ fieldId: IDS[f], message: errors[f]! }));
  const state = (f: keyof ValueDraft) => (errors[f] ? ("error" as const) : ("none" as const));
  const periodLabel = (key: string) => {
    const choice = choices.find((c) => c.period.key === key);
    return choice ? `${choice.period.label}${choice.entered ? ` (entered: ${formatKpiValue(choice.entered.value, kpi.unit)})` : ""}` : key;
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="value-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text as="h3" size={400} weight="semibold" id="value-form-heading">
        Enter a value
      </Text>
      <ErrorSummary problems={problems} />
      {notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this period first</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null &&
        (httpStatusOf(failure) === 403 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>You can't enter values for this KPI</MessageBarTitle>
              Only its owner and the data lead can. Your entry is still in the form.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorState error={failure} />
        ))}
      <Field label={{ children: "Period", htmlFor: IDS.period }} required validationMessage={errors.period} validationState={state("period")} hint={existing ? "This period has a value: saving corrects it, and the first entry's date stays." : undefined}>
        <Dropdown id={IDS.period} value={draft.period ? periodLabel(draft.period) : ""} selectedOptions={[draft.period]} onOptionSelect={(_, d) => choosePeriod(d.optionValue ?? "")} placeholder="Choose a period">
          {choices.map((c) => (
            <Option key={c.period.key} value={c.period.key} text={periodLabel(c.period.key)}>
              {periodLabel(c.period.key)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={{ children: `Value${kpi.unit ? ` (${kpi.unit})` : ""}`, htmlFor: IDS.value }} required validationMessage={errors.value} validationState={state("value")}>
        <Input id={IDS.value} inputMode="decimal" value={draft.value} onChange={(_, d) => change({ value: d.value })} />
      </Field>
      <Field label={{ children: "Note", htmlFor: IDS.note }} validationMessage={errors.note} validationState={state("note")} hint="What explains the figure: a change, a problem, a success.">
        <Textarea id={IDS.note} value={draft.note} onChange={(_, d) => change({ note: d.value })} resize="vertical" />
      </Field>
      <Field label={{ children: "Source", htmlFor: IDS.source }} validationMessage={errors.source} validationState={state("source")} hint="The system or report the figure comes from.">
        <Input id={IDS.source} value={draft.source} onChange={(_, d) => change({ source: d.value })} />
      </Field>
      <Field label="How confident are you in this value?" required validationMessage={errors.confidence} validationState={state("confidence")}>
        <RadioGroup layout="horizontal" value={draft.confidence} onChange={(_, d) => change({ confidence: d.value })}>
          {VALUE_CONFIDENCES.map((c) => (
            <Radio key={c} id={`value-confidence-${c}`} value={c} label={c} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? "Saving…" : existing ? "Save the correction" : "Save the value"}
        </Button>
      </div>
      <Text role="status" aria-live="polite" data-testid="value-saved">
        {announcement}
      </Text>
    </form>
  );
}
