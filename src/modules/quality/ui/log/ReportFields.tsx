import { Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DIMENSION_LABELS, DIMENSION_MEANINGS, DIMENSIONS, type Dimension, FOUND_BY, type FoundBy, SEVERITIES, SEVERITY_MEANINGS, type Severity } from "../../domain/log/issue";
import type { FormProblem, ReportDraft, ReportField } from "../../domain/log/report-form";

const useStyles = makeStyles({
  choices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  meaning: { color: tokens.colorNeutralForeground2, display: "block" },
});

/** The id each field's control gets, so an error summary can move focus to it. */
export function reportFieldId(prefix: string, field: ReportField): string {
  return `${prefix}-${field}`;
}

export interface ReportFieldsProps {
  idPrefix: string;
  draft: ReportDraft;
  problems: readonly FormProblem<string>[];
  onChange: (draft: ReportDraft) => void;
}

/**
 * What a reporter writes: the dataset, the dimension (with the framework's one-line meanings), the
 * severity, what is wrong, how it was found and example records. Controlled by its parent, which
 * keeps everything typed whatever happens to a save.
 */
export function ReportFields({ idPrefix, draft, problems, onChange }: ReportFieldsProps) {
  const styles = useStyles();
  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) => onChange({ ...draft, [key]: value });
  const problem = (field: ReportField) => problems.find((p) => p.field === field)?.message;
  const state = (field: ReportField) => (problem(field) ? { validationMessage: problem(field), validationState: "error" as const } : {});
  const id = (field: ReportField) => reportFieldId(idPrefix, field);
  return (
    <>
      <Field label="Dataset or system" required hint="As your service names it, such as “Council tax accounts”." {...state("dataset")}>
        <Input id={id("dataset")} value={draft.dataset} maxLength={255} onChange={(_, d) => set("dataset", d.value)} />
      </Field>
      <Field label="Dimension: which kind of problem" required {...state("dimension")}>
        <RadioGroup value={draft.dimension} onChange={(_, d) => set("dimension", d.value as Dimension)} className={styles.choices}>
          {DIMENSIONS.map((dimension, i) => (
            <Radio
              key={dimension}
              value={dimension}
              {...(i === 0 ? { id: id("dimension") } : {})}
              label={
                <>
                  {DIMENSION_LABELS[dimension]}
                  <Text size={200} className={styles.meaning}>
                    {DIMENSION_MEANINGS[dimension]}
                  </Text>
                </>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Severity" required {...state("severity")}>
        <RadioGroup value={draft.severity} onChange={(_, d) => set("severity", d.value as Severity)} className={styles.choices}>
          {SEVERITIES.map((severity, i) => (
            <Radio
              key={severity}
              value={severity}
              {...(i === 0 ? { id: id("severity") } : {})}
              label={
                <>
                  {severity}
                  <Text size={200} className={styles.meaning}>
                    {SEVERITY_MEANINGS[severity]}
                  </Text>
                </>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="What is wrong"
        required
        hint="What you saw and where. Never personal details (names, e-mail addresses, phone or National Insurance numbers): describe records by their reference."
        {...state("description")}
      >
        <Textarea id={id("description")} value={draft.description} resize="vertical" rows={4} onChange={(_, d) => set("description", d.value)} />
      </Field>
      <Field label="How it was found">
        <RadioGroup layout="horizontal" value={draft.foundBy} onChange={(_, d) => set("foundBy", d.value as FoundBy)}>
          {FOUND_BY.map((f) => (
            <Radio key={f} value={f} label={f} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Example record references" hint="Optional: reference numbers of a few affected records, such as CT-000123." {...state("exampleRecords")}>
        <Textarea id={id("exampleRecords")} value={draft.exampleRecords} resize="vertical" rows={2} onChange={(_, d) => set("exampleRecords", d.value)} />
      </Field>
      <Field label="Service" hint="The service the problem is reported in; yours to start with." {...state("service")}>
        <Input id={id("service")} value={draft.service} maxLength={120} onChange={(_, d) => set("service", d.value)} />
      </Field>
    </>
  );
}
