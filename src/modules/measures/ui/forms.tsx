import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, useId } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import { PersonPicker, type PickedPerson } from "../../../core/ui/PersonPicker";
import { ErrorState } from "../../../core/ui/states";
import { type Measure, type SeriesDefinition, type SeriesUnit, type TargetSetting, UNIT_CHOICES } from "../domain/measure";
import { checkValueDraft, draftOf, EVIDENCE_LIMIT, type RecordedValue, type ValueDraft } from "../domain/recorded";
import { checkReviewDraft, type ReviewDraft, type ReviewEntry } from "../domain/review-log";
import { checkMeasureDraft, checkTargetDraft, type MeasureDraft, measureDraftOf, type TargetDraft, targetDraftOf } from "../domain/settings";
import { REVIEW_KINDS } from "../lists";
import { addReview, saveReview } from "../data/reviews-data";
import { saveMeasure, saveTarget, TargetAlreadySetError } from "../data/settings-data";
import { addValue, saveValue, ValueAlreadyRecordedError } from "../data/values-data";
import { useServices } from "../../../core/ui/services";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { DateField } from "../../../core/ui/DateField";
import { type FieldProblem, useMeasuresStyles } from "./parts";

/**
 * The measures' forms. Each is controlled by its own state, so a failed save keeps what was typed;
 * problems are listed at the top with links to the fields; a save that met someone else's keeps the
 * draft, takes their version as the one to save over, and says so.
 */

interface SaveState<B> {
  saving: boolean;
  failure: unknown;
  /** Someone else saved first: their version is what a second save goes over. */
  notice: string | null;
  base: B;
}

/** Runs a save, turning "someone else saved first" into a notice and a new base, anything else into a failure. */
function useSave<B, R>(initialBase: B, otherSaved: (error: unknown) => { base: B; notice: string } | null) {
  const [state, setState] = useState<SaveState<B>>({ saving: false, failure: null, notice: null, base: initialBase });
  const run = async (save: (base: B) => Promise<R>, onSaved: (result: R) => void) => {
    setState((s) => ({ ...s, saving: true, failure: null }));
    try {
      const result = await save(state.base);
      setState((s) => ({ ...s, saving: false, notice: null }));
      onSaved(result);
    } catch (error) {
      const other = otherSaved(error);
      setState((s) => (other ? { ...s, saving: false, base: other.base, notice: other.notice } : { ...s, saving: false, failure: error }));
    }
  };
  return { ...state, run };
}

function Footer({ saving, failure, notice, submitLabel, onCancel }: { saving: boolean; failure: unknown; notice: string | null; submitLabel: string; onCancel: () => void }) {
  const styles = useMeasuresStyles();
  return (
    <>
      {notice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this while you were typing</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && <ErrorState error={failure} />}
      <div className={styles.buttons}>
        {/* disabledFocusable: focus stays on the button while saving. */}
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel} disabledFocusable={saving}>
          Cancel
        </Button>
      </div>
    </>
  );
}

function Form({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  const styles = useMeasuresStyles();
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

const messageOf = (problems: readonly FieldProblem[], field: string) => problems.find((p) => p.field === field)?.message;
const validation = (message: string | undefined) => ({ validationMessage: message, validationState: message ? ("error" as const) : ("none" as const) });
const UNIT_HINT: Record<SeriesUnit, string> = { percent: "A percentage, 0 to 100.", count: "A whole number.", days: "A number of days.", score: "A score.", pounds: "An amount in pounds." };

// ─── A value recorded by hand ───────────────────────────────────────────────────────────────────

export interface ValueFormProps {
  measure: Measure;
  series: SeriesDefinition;
  /** The value being corrected or filled in, or null for a new one. */
  value: RecordedValue | null;
  /** Every stored value of the measure (a new value for a quarter already recorded corrects it instead). */
  stored: readonly RecordedValue[];
  /** The quarters a value may be for. */
  quarters: readonly FinancialPeriod[];
  defaultQuarter: string;
  onSaved: (value: RecordedValue) => void;
  onCancel: () => void;
}

export function ValueForm({ measure, series, value, stored, quarters, defaultQuarter, onSaved, onCancel }: ValueFormProps) {
  const { sp } = useServices();
  const prefix = useId("value-form");
  const fieldId = (field: string) => `${prefix}-${field}`;
  const [draft, setDraft] = useState<ValueDraft>(draftOf(value, value?.period ?? defaultQuarter));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSave<RecordedValue | null, RecordedValue>(value, (error) => {
    if (error instanceof ValueAlreadyRecordedError) return { base: error.current, notice: `${error.current.savedBy ?? "Someone"} recorded ${error.current.value ?? "nothing"} for ${error.current.period}. Your value is still here: save again to replace theirs, or cancel to keep it.` };
    if (isConflict<RecordedValue>(error)) return { base: error.current, notice: `${error.current.savedBy ?? "Someone"} saved ${error.current.value ?? "nothing"} for ${error.current.period}. Your value is still here: save again to put it on top, or cancel to keep theirs.` };
    return null;
  });
  const set = (change: Partial<ValueDraft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = () => {
    const found = checkValueDraft(draft, series.unit, quarters);
    setProblems(found);
    if (found.length || save.saving) return;
    const period = quarters.find((q) => q.label === draft.period)!;
    void save.run(
      (base) => {
        // Saving over the stored value for the chosen quarter, if there is one (the base, or one read with the page).
        const target = base && base.period === draft.period ? base : (stored.find((v) => v.period === draft.period) ?? null);
        return target ? saveValue(sp, target, draft) : addValue(sp, measure, period, draft);
      },
      onSaved,
    );
  };
  return (
    <Form onSubmit={submit}>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: fieldId(p.field), message: p.message }))} />
      <Field label="Quarter" required {...validation(messageOf(problems, "period"))}>
        <Select id={fieldId("period")} value={draft.period} onChange={(_, d) => set({ period: d.value })} disabled={value !== null}>
          {quarters.map((q) => (
            <option key={q.label} value={q.label}>
              {q.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={series.label} hint={UNIT_HINT[series.unit]} required {...validation(messageOf(problems, "value"))}>
        <Input id={fieldId("value")} value={draft.value} inputMode="decimal" onChange={(_, d) => set({ value: d.value })} />
      </Field>
      <Field label="Evidence" hint={`Where the value comes from: the survey, audit or report, and its date. At most ${EVIDENCE_LIMIT.toLocaleString("en-GB")} characters.`} required {...validation(messageOf(problems, "evidence"))}>
        <Textarea id={fieldId("evidence")} value={draft.evidence} resize="vertical" rows={4} onChange={(_, d) => set({ evidence: d.value })} />
      </Field>
      <Field label="Link to the evidence" hint="A web address starting https://, if it is online." {...validation(messageOf(problems, "link"))}>
        <Input id={fieldId("link")} type="url" value={draft.link} onChange={(_, d) => set({ link: d.value })} />
      </Field>
      <Footer saving={save.saving} failure={save.failure} notice={save.notice} submitLabel="Save the value" onCancel={onCancel} />
    </Form>
  );
}

// ─── A figure's target ──────────────────────────────────────────────────────────────────────────

export function TargetForm({ series, stored, onSaved, onCancel }: { series: SeriesDefinition; stored: TargetSetting | null; onSaved: (target: TargetSetting) => void; onCancel: () => void }) {
  const { sp } = useServices();
  const prefix = useId("target-form");
  const fieldId = (field: string) => `${prefix}-${field}`;
  const [draft, setDraft] = useState<TargetDraft>(targetDraftOf(stored));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSave<TargetSetting | null, TargetSetting>(stored, (error) => {
    if (error instanceof TargetAlreadySetError || isConflict<TargetSetting>(error)) {
      const current = (error as { current: TargetSetting }).current;
      return { base: current, notice: `Their target is ${current.target ?? "none"}. Yours is still here: save again to put it on top, or cancel to keep theirs.` };
    }
    return null;
  });
  const set = (change: Partial<TargetDraft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = () => {
    const found = checkTargetDraft(draft, series.unit);
    setProblems(found);
    if (found.length || save.saving) return;
    void save.run((base) => saveTarget(sp, series, base, draft), onSaved);
  };
  return (
    <Form onSubmit={submit}>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: fieldId(p.field), message: p.message }))} />
      <Field label="Target" hint={`${UNIT_HINT[series.unit]} ${series.better === "higher" ? "Higher is better" : "Lower is better"}. Leave it empty for no target.`} {...validation(messageOf(problems, "target"))}>
        <Input id={fieldId("target")} value={draft.target} inputMode="decimal" onChange={(_, d) => set({ target: d.value })} />
      </Field>
      <Field label="Why this target" hint="Where it comes from: a plan, a benchmark, last year's value." {...validation(messageOf(problems, "note"))}>
        <Textarea id={fieldId("note")} value={draft.note} resize="vertical" rows={3} onChange={(_, d) => set({ note: d.value })} />
      </Field>
      <Field hint="Home shows one figure per principle: this one leads its principle.">
        <Checkbox id={fieldId("headline")} label="Show this figure on Home as its principle's headline" checked={draft.headline} onChange={(_, d) => set({ headline: d.checked === true })} />
      </Field>
      <Footer saving={save.saving} failure={save.failure} notice={save.notice} submitLabel="Save the target" onCancel={onCancel} />
    </Form>
  );
}

// ─── A measure's owner and what is recorded ─────────────────────────────────────────────────────

export function MeasureForm({ measure, onSaved, onCancel }: { measure: Measure; onSaved: (measure: Measure) => void; onCancel: () => void }) {
  const { sp } = useServices();
  const prefix = useId("measure-form");
  const fieldId = (field: string) => `${prefix}-${field}`;
  const [draft, setDraft] = useState<MeasureDraft>(measureDraftOf(measure));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSave<Measure, Measure>(measure, (error) =>
    isConflict<Measure>(error) ? { base: error.current, notice: `The owner is now ${error.current.owner?.name ?? "nobody"}. Your changes are still here: save again to put them on top, or cancel to keep theirs.` } : null,
  );
  const set = (change: Partial<MeasureDraft>) => setDraft((d) => ({ ...d, ...change }));
  const owner: PickedPerson | null = draft.ownerEmail ? { displayName: draft.ownerName || draft.ownerEmail, email: draft.ownerEmail } : null;
  const submit = () => {
    const found = checkMeasureDraft(draft);
    setProblems(found);
    if (found.length || save.saving) return;
    void save.run((base) => saveMeasure(sp, base, draft), onSaved);
  };
  return (
    <Form onSubmit={submit}>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: fieldId(p.field), message: p.message }))} />
      <div id={fieldId("ownerEmail")}>
        <PersonPicker label="Owner" hint="Records this measure's values each quarter, with you. Leave it empty for none." value={owner} onChange={(p) => set({ ownerEmail: p?.email ?? "", ownerName: p?.displayName ?? "" })} />
      </div>
      <Field label="What is recorded" hint="What the number is, for example: Staff satisfied with data input (%). Leave it empty to record the measure itself as a count." {...validation(messageOf(problems, "label"))}>
        <Input id={fieldId("label")} value={draft.label} onChange={(_, d) => set({ label: d.value })} />
      </Field>
      <Field label="Unit" {...validation(messageOf(problems, "unit"))}>
        <Select id={fieldId("unit")} value={draft.unit} onChange={(_, d) => set({ unit: d.value as MeasureDraft["unit"] })}>
          <option value="">Choose…</option>
          {(Object.entries(UNIT_CHOICES) as [SeriesUnit, string][]).map(([unit, label]) => (
            <option key={unit} value={unit}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Better when the value is" {...validation(messageOf(problems, "better"))}>
        <Select id={fieldId("better")} value={draft.better} onChange={(_, d) => set({ better: d.value as MeasureDraft["better"] })}>
          <option value="">Choose…</option>
          <option value="higher">Higher</option>
          <option value="lower">Lower</option>
        </Select>
      </Field>
      <Footer saving={save.saving} failure={save.failure} notice={save.notice} submitLabel="Save" onCancel={onCancel} />
    </Form>
  );
}

// ─── A review of the strategy ───────────────────────────────────────────────────────────────────

export function ReviewForm({ entry, today, onSaved, onCancel }: { entry: ReviewEntry | null; today: string; onSaved: (entry: ReviewEntry) => void; onCancel: () => void }) {
  const { sp } = useServices();
  const prefix = useId("review-form");
  const fieldId = (field: string) => `${prefix}-${field}`;
  const [draft, setDraft] = useState<ReviewDraft>(
    entry ? { date: entry.date, kind: entry.kind, title: entry.title, changes: entry.changes, strategyChanged: entry.strategyChanged, link: entry.link } : { date: today, kind: "Quarterly review", title: "", changes: "", strategyChanged: false, link: "" },
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSave<ReviewEntry | null, ReviewEntry>(entry, (error) =>
    isConflict<ReviewEntry>(error) ? { base: error.current, notice: "Your changes are still here: save again to put them on top, or cancel to keep theirs." } : null,
  );
  const set = (change: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = () => {
    const found = checkReviewDraft(draft, today);
    setProblems(found);
    if (found.length || save.saving) return;
    void save.run((base) => (base ? saveReview(sp, base, draft) : addReview(sp, draft)), onSaved);
  };
  return (
    <Form onSubmit={submit}>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: fieldId(p.field), message: p.message }))} />
      <DateField id={fieldId("date")} label="Date of the review" required value={draft.date} onChange={(date) => set({ date })} validationMessage={messageOf(problems, "date")} />
      <Field label="Kind" required {...validation(messageOf(problems, "kind"))}>
        <Select id={fieldId("kind")} value={draft.kind} onChange={(_, d) => set({ kind: d.value })}>
          {REVIEW_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Title" required {...validation(messageOf(problems, "title"))}>
        <Input id={fieldId("title")} value={draft.title} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      <Field label="What changed in the strategy" hint="New data sources, technologies or objectives; or that nothing changed." required {...validation(messageOf(problems, "changes"))}>
        <Textarea id={fieldId("changes")} value={draft.changes} resize="vertical" rows={5} onChange={(_, d) => set({ changes: d.value })} />
      </Field>
      <Field hint="Counts as an update to the strategy in the measure 'Adaptability of the Data Strategy'.">
        <Checkbox id={fieldId("strategyChanged")} label="The strategy was changed" checked={draft.strategyChanged} onChange={(_, d) => set({ strategyChanged: d.checked === true })} />
      </Field>
      <Field label="Link to the minutes or papers" hint="A web address starting https://, if they are online." {...validation(messageOf(problems, "link"))}>
        <Input id={fieldId("link")} type="url" value={draft.link} onChange={(_, d) => set({ link: d.value })} />
      </Field>
      <Footer saving={save.saving} failure={save.failure} notice={save.notice} submitLabel={entry ? "Save the review" : "Log the review"} onCancel={onCancel} />
    </Form>
  );
}
