import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Principle } from "../../../core/data/principles";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { type ActionDraft, type DraftErrors, withPercent } from "../domain/validation";
import { WHAT_NEXT } from "../domain/views";
import { OwnerField } from "./OwnerField";
import { PrincipleDropdown } from "./PrincipleDropdown";
import { StatusDropdown } from "./StatusDropdown";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Side by side where there is room; one under the other in a narrow drawer (no clipped labels).
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))", gap: tokens.spacingHorizontalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Each field's input id, so the error summary can move focus to it. */
const FIELD_IDS: Partial<Record<keyof ActionDraft, string>> = {
  title: "action-title",
  detail: "action-detail",
  status: "action-status",
  ownerId: "action-owner",
  service: "action-service",
  startDate: "action-start",
  dueDate: "action-due",
  percentComplete: "action-percent",
  linkedMeasures: "action-measures",
};

export interface ActionFormProps {
  draft: ActionDraft;
  errors: DraftErrors;
  principles: Principle[];
  saving: boolean;
  submitLabel: string;
  onChange: (draft: ActionDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Add or edit an action. Controlled by its parent, so a failed save never loses what was typed. */
export function ActionForm({ draft, errors, principles, saving, submitLabel, onChange, onSubmit, onCancel }: ActionFormProps) {
  const styles = useStyles();
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => onChange({ ...draft, [key]: value });
  const state = (key: keyof ActionDraft) => (errors[key] ? "error" : "none");
  const problems = (Object.keys(errors) as (keyof ActionDraft)[]).filter((k) => errors[k]).map((k) => ({ fieldId: FIELD_IDS[k], message: errors[k]! }));
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary problems={problems} />
      <Field label="Title" required validationMessage={errors.title} validationState={state("title")}>
        <Input id={FIELD_IDS.title} value={draft.title} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label="Detail" validationMessage={errors.detail} validationState={state("detail")}>
        <Textarea id={FIELD_IDS.detail} value={draft.detail} onChange={(_, d) => set("detail", d.value)} resize="vertical" />
      </Field>
      <div className={styles.pair}>
        <Field label="Principle">
          {/* A draft with no principle is a cross-cutting "What next?" action. */}
          <PrincipleDropdown principles={principles} value={draft.principleKey || WHAT_NEXT} onChange={(v) => set("principleKey", v === WHAT_NEXT ? "" : v)} />
        </Field>
        <Field label="Status" required validationMessage={errors.status} validationState={state("status")}>
          <StatusDropdown id={FIELD_IDS.status} value={draft.status} onChange={(s) => set("status", s)} />
        </Field>
      </div>
      <OwnerField ownerName={draft.ownerName} onChange={(owner) => onChange({ ...draft, ownerId: owner.id, ownerName: owner.name })} validationMessage={errors.ownerId} />
      <Field label="Service" validationMessage={errors.service} validationState={state("service")}>
        <Input id={FIELD_IDS.service} value={draft.service} onChange={(_, d) => set("service", d.value)} />
      </Field>
      <div className={styles.pair}>
        <DateField id={FIELD_IDS.startDate!} label="Start date" value={draft.startDate} onChange={(v) => set("startDate", v)} validationMessage={errors.startDate} />
        <DateField id={FIELD_IDS.dueDate!} label="Due date" value={draft.dueDate} onChange={(v) => set("dueDate", v)} validationMessage={errors.dueDate} />
      </div>
      <Field label="Percent complete" validationMessage={errors.percentComplete} validationState={state("percentComplete")} hint="A whole number from 0 to 100">
        <Input id={FIELD_IDS.percentComplete} inputMode="numeric" value={draft.percentComplete} onChange={(_, d) => onChange(withPercent(draft, d.value))} />
      </Field>
      <Field label="Linked measures" validationMessage={errors.linkedMeasures} validationState={state("linkedMeasures")} hint="The strategy measures this action moves, e.g. Data Completeness">
        <Input id={FIELD_IDS.linkedMeasures} value={draft.linkedMeasures} onChange={(_, d) => set("linkedMeasures", d.value)} />
      </Field>
      <div className={styles.buttons}>
        {/* disabledFocusable: focus stays on the button while saving (disabled would drop it to the page). */}
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
