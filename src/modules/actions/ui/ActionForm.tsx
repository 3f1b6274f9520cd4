import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Principle } from "../../../core/data/principles";
import type { ActionDraft, DraftErrors } from "../domain/validation";
import { WHAT_NEXT } from "../domain/views";
import { OwnerField } from "./OwnerField";
import { PrincipleDropdown } from "./PrincipleDropdown";
import { StatusDropdown } from "./StatusDropdown";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))", gap: tokens.spacingHorizontalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

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
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Field label="Title" required validationMessage={errors.title} validationState={state("title")}>
        <Input value={draft.title} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label="Detail" validationMessage={errors.detail} validationState={state("detail")}>
        <Textarea value={draft.detail} onChange={(_, d) => set("detail", d.value)} resize="vertical" />
      </Field>
      <div className={styles.pair}>
        <Field label="Principle">
          {/* A draft with no principle is a cross-cutting "What next?" action. */}
          <PrincipleDropdown principles={principles} value={draft.principleKey || WHAT_NEXT} onChange={(v) => set("principleKey", v === WHAT_NEXT ? "" : v)} />
        </Field>
        <Field label="Status" required validationMessage={errors.status} validationState={state("status")}>
          <StatusDropdown value={draft.status} onChange={(s) => set("status", s)} />
        </Field>
      </div>
      <OwnerField ownerName={draft.ownerName} onChange={(owner) => onChange({ ...draft, ownerId: owner.id, ownerName: owner.name })} validationMessage={errors.ownerId} />
      <Field label="Service" validationMessage={errors.service} validationState={state("service")}>
        <Input value={draft.service} onChange={(_, d) => set("service", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label="Start date" validationMessage={errors.startDate} validationState={state("startDate")}>
          <Input type="date" value={draft.startDate} onChange={(_, d) => set("startDate", d.value)} />
        </Field>
        <Field label="Due date" validationMessage={errors.dueDate} validationState={state("dueDate")}>
          <Input type="date" value={draft.dueDate} onChange={(_, d) => set("dueDate", d.value)} />
        </Field>
        <Field label="Percent complete" validationMessage={errors.percentComplete} validationState={state("percentComplete")} hint="0 to 100">
          <Input inputMode="numeric" value={draft.percentComplete} onChange={(_, d) => set("percentComplete", d.value)} />
        </Field>
      </div>
      <Field label="Linked measures" validationMessage={errors.linkedMeasures} validationState={state("linkedMeasures")} hint="The strategy measures this action moves, e.g. Data Completeness">
        <Input value={draft.linkedMeasures} onChange={(_, d) => set("linkedMeasures", d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
