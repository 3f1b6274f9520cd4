import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";
import { parseIds } from "../domain/decision";
import type { Draft, FormField, Problem } from "../domain/form";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  choices: { display: "flex", flexDirection: "column", maxHeight: "14rem", overflowY: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  summaryList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A dashboard the decisions form may name. */
export interface DashboardChoice {
  id: number;
  title: string;
}

export interface RecordFormProps {
  fields: readonly FormField[];
  draft: Draft;
  problems: readonly Problem[];
  saving: boolean;
  submitLabel: string;
  onChange: (draft: Draft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
  /** For a field of kind "dashboards": the catalogue. */
  dashboards?: readonly DashboardChoice[];
  /** Shown above the buttons (a failure, a conflict notice). */
  footer?: ReactNode;
}

/**
 * One form for every record kind, from its field list. Controlled by its parent, so a failed save
 * keeps what was typed; problems are listed at the top with links that move to each field.
 */
export function RecordForm({ fields, draft, problems, saving, submitLabel, onChange, onSubmit, onCancel, dashboards = [], footer }: RecordFormProps) {
  const styles = useStyles();
  // Fluent's useId: React 17 (the SharePoint web parts) has no useId of its own.
  const prefix = useId("focus-form");
  const summary = useRef<HTMLDivElement>(null);
  const set = (name: string, value: string) => onChange({ ...draft, [name]: value });
  const problemOf = (name: string) => problems.find((p) => p.field === name)?.message;
  const fieldId = (name: string) => `${prefix}-${name}`;

  // A new set of problems moves focus to the summary, which screen readers then read.
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);

  const focusField = (name: string) => {
    const control = document.getElementById(fieldId(name))?.querySelector<HTMLElement>("input, textarea, select");
    control?.focus();
  };

  const render = (field: FormField) => {
    const value = draft[field.name] ?? "";
    const message = problemOf(field.name);
    const common = { id: fieldId(field.name), label: field.label, hint: field.hint, required: field.required, validationMessage: message, validationState: message ? ("error" as const) : ("none" as const) };
    switch (field.kind) {
      case "textarea":
        return (
          <Field key={field.name} {...common}>
            <Textarea value={value} onChange={(_, d) => set(field.name, d.value)} resize="vertical" rows={3} />
          </Field>
        );
      case "choice":
        return (
          <Field key={field.name} {...common}>
            <Select value={value} onChange={(_, d) => set(field.name, d.value)}>
              {!field.required || !value ? <option value="">{field.required ? "Choose…" : "None"}</option> : null}
              {(field.choices ?? []).map((choice) => (
                <option key={choice} value={choice}>
                  {field.choiceLabels?.[choice] ?? choice}
                </option>
              ))}
            </Select>
          </Field>
        );
      case "checkbox":
        return (
          <Field key={field.name} id={common.id} hint={field.hint} validationMessage={message} validationState={common.validationState}>
            <Checkbox label={field.label} checked={value === "true"} onChange={(_, d) => set(field.name, d.checked === true ? "true" : "")} />
          </Field>
        );
      case "dashboards": {
        const chosen = new Set(parseIds(value));
        const toggle = (id: number, on: boolean) => {
          const next = new Set(chosen);
          if (on) next.add(id);
          else next.delete(id);
          set(field.name, [...next].sort((a, b) => a - b).join(";"));
        };
        return (
          <fieldset key={field.name} id={common.id} className={styles.fieldset} aria-describedby={`${common.id}-hint`}>
            <legend className={styles.legend}>{field.label}</legend>
            <Text id={`${common.id}-hint`} size={200} className={styles.hint} block>
              {dashboards.length ? field.hint : "The dashboard catalogue is empty."}
            </Text>
            {dashboards.length > 0 && (
              <div className={styles.choices}>
                {dashboards.map((d) => (
                  <Checkbox key={d.id} label={d.title} checked={chosen.has(d.id)} onChange={(_, data) => toggle(d.id, data.checked === true)} />
                ))}
              </div>
            )}
            {message && (
              <Text role="alert" className={styles.error}>
                {message}
              </Text>
            )}
          </fieldset>
        );
      }
      default:
        return (
          <Field key={field.name} {...common}>
            <Input
              type={field.kind === "date" ? "date" : field.kind === "link" ? "url" : "text"}
              inputMode={field.kind === "number" ? "decimal" : field.kind === "whole-number" ? "numeric" : undefined}
              value={value}
              onChange={(_, d) => set(field.name, d.value)}
            />
          </Field>
        );
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) onSubmit();
      }}
    >
      {problems.length > 0 && (
        <div ref={summary} tabIndex={-1}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Please check the form</MessageBarTitle>
              <ul className={styles.summaryList}>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>
                    <Link as="button" type="button" onClick={() => focusField(p.field)}>
                      {p.message}
                    </Link>
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {fields.map(render)}
      {footer}
      <div className={styles.buttons}>
        {/* disabledFocusable: focus stays on the button while saving (disabled would drop it to the page). */}
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabledFocusable={saving}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
