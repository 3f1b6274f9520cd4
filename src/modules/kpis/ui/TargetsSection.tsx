import { Button, Dropdown, Field, Input, Option, Text, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { addTarget } from "../data/kpi-data";
import { emptyTargetDraft, type TargetDraft, type TargetErrors, validateTarget } from "../domain/kpi-forms";
import type { StoredKpi, StoredTarget } from "../domain/kpi-records";
import { formatKpiValue, toleranceWords } from "../domain/kpi-words";
import { useKpiStyles } from "./styles";

const IDS: Record<keyof TargetDraft, string> = { from: "target-from", to: "target-to", value: "target-value", toleranceKind: "target-tolerance-kind", toleranceAmount: "target-tolerance-amount" };
const EXAMPLE = { monthly: "2026-04", quarterly: "2026/27 Q1", annual: "2026/27" } as const;

function AddTarget({ kpi, onAdded }: { kpi: StoredKpi; onAdded: (announcement: string) => void }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const [draft, setDraft] = useState<TargetDraft>(emptyTargetDraft);
  const [errors, setErrors] = useState<TargetErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const change = (patch: Partial<TargetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async () => {
    const checked = validateTarget(draft, kpi.frequency);
    setErrors(checked.errors);
    if (!checked.target) return;
    setSaving(true);
    setFailure(null);
    try {
      await addTarget(sp, kpi.key, checked.target);
      setDraft(emptyTargetDraft());
      onAdded(`Target of ${formatKpiValue(checked.target.value, kpi.unit)} added from ${checked.target.from}${checked.target.to ? ` until ${checked.target.to}` : ""}.`);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  const problems: FormProblem[] = (Object.keys(IDS) as (keyof TargetDraft)[]).filter((f) => errors[f]).map((f) => ({ fieldId: IDS[f], message: errors[f]! }));
  const state = (f: keyof TargetDraft) => (errors[f] ? ("error" as const) : ("none" as const));
  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="add-target-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text as="h4" size={300} weight="semibold" id="add-target-heading">
        Add a target
      </Text>
      <Text size={200} className={styles.secondary}>
        Targets are never overwritten: a target from a later period replaces the one before it from then on, and the history stays.
      </Text>
      <ErrorSummary problems={problems} />
      {failure !== null && <ErrorState error={failure} />}
      <div className={styles.pair}>
        <Field label={{ children: "From", htmlFor: IDS.from }} required validationMessage={errors.from} validationState={state("from")} hint={`For example ${EXAMPLE[kpi.frequency]}`}>
          <Input id={IDS.from} value={draft.from} onChange={(_, d) => change({ from: d.value })} />
        </Field>
        <Field label={{ children: "Until (optional)", htmlFor: IDS.to }} validationMessage={errors.to} validationState={state("to")} hint="Empty: until a later target starts">
          <Input id={IDS.to} value={draft.to} onChange={(_, d) => change({ to: d.value })} />
        </Field>
        <Field label={{ children: `Target${kpi.unit ? ` (${kpi.unit})` : ""}`, htmlFor: IDS.value }} required validationMessage={errors.value} validationState={state("value")}>
          <Input id={IDS.value} inputMode="decimal" value={draft.value} onChange={(_, d) => change({ value: d.value })} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={{ children: "Tolerance for this target", htmlFor: IDS.toleranceKind }} validationState="none">
          <Dropdown
            id={IDS.toleranceKind}
            value={draft.toleranceKind === "" ? "The KPI's own" : draft.toleranceKind === "percent" ? "A percentage of the target" : `An amount${kpi.unit ? ` in ${kpi.unit}` : ""}`}
            selectedOptions={[draft.toleranceKind]}
            onOptionSelect={(_, d) => change({ toleranceKind: (d.optionValue ?? "") as TargetDraft["toleranceKind"] })}
          >
            <Option value="">The KPI's own</Option>
            <Option value="absolute">{`An amount${kpi.unit ? ` in ${kpi.unit}` : ""}`}</Option>
            <Option value="percent">A percentage of the target</Option>
          </Dropdown>
        </Field>
        {draft.toleranceKind !== "" && (
          <Field label={{ children: "Tolerance", htmlFor: IDS.toleranceAmount }} required validationMessage={errors.toleranceAmount} validationState={state("toleranceAmount")}>
            <Input id={IDS.toleranceAmount} inputMode="decimal" value={draft.toleranceAmount} onChange={(_, d) => change({ toleranceAmount: d.value })} />
          </Field>
        )}
      </div>
      <div className={styles.actions}>
        <Button type="submit" disabled={saving}>
          {saving ? "Adding…" : "Add the target"}
        </Button>
      </div>
    </form>
  );
}

/** A KPI's targets, oldest first, and (for the data lead) a form to add one. */
export function TargetsSection({ kpi, targets, canManage, onChanged }: { kpi: StoredKpi; targets: readonly StoredTarget[]; canManage: boolean; onChanged: (announcement: string) => void }) {
  const styles = useKpiStyles();
  return (
    <section className={styles.stack} aria-labelledby="targets-heading">
      <Text as="h2" size={500} weight="semibold" id="targets-heading">
        Targets
      </Text>
      <Text>{toleranceWords(kpi.tolerance, kpi.unit)} (the KPI's own tolerance).</Text>
      {targets.length === 0 ? (
        <Text>No target set yet: its values show “No target set”, never green.</Text>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby="targets-heading" tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                {["From", "Until", "Target", "Tolerance"].map((h) => (
                  <th key={h} scope="col" className={styles.th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {targets.map((t) => (
                <tr key={t.id}>
                  <td className={mergeClasses(styles.td, styles.nowrap)}>{t.from}</td>
                  <td className={mergeClasses(styles.td, styles.nowrap)}>{t.to ?? "Until a later target"}</td>
                  <td className={mergeClasses(styles.td, styles.number)}>{formatKpiValue(t.value, kpi.unit)}</td>
                  <td className={styles.td}>{t.tolerance ? toleranceWords(t.tolerance, kpi.unit) : "The KPI's own"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && <AddTarget kpi={kpi} onAdded={onChanged} />}
    </section>
  );
}
