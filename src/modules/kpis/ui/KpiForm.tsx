import { Button, Checkbox, Dropdown, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Option, Radio, RadioGroup, Text, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { siteUserIdFor } from "../../../core/data/people";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { type PickedPerson, PersonPicker } from "../../../core/ui/PersonPicker";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadCatalogue } from "../../dashboards";
import { getTermsByKeys } from "../../dictionary";
import { KpiKeyTakenError, addKpi, loadKpi, saveKpi } from "../data/kpi-data";
import { type KpiFrequency, KPI_FREQUENCIES, POLARITIES, type Polarity } from "../domain/kpi";
import { draftFromKpi, emptyKpiDraft, type KpiDraft, type KpiDraftErrors, keyFromName, validateKpiDraft } from "../domain/kpi-forms";
import { type StoredKpi, kpiColumns } from "../domain/kpi-records";
import { frequencyWords, polarityWords } from "../domain/kpi-words";
import { useKpiStyles } from "./styles";

const IDS: Record<keyof KpiDraft, string> = {
  name: "kpi-name",
  key: "kpi-key",
  termKey: "kpi-term",
  statutory: "kpi-statutory",
  highlightsSuccess: "kpi-success",
  service: "kpi-service-input",
  unit: "kpi-unit",
  polarity: "kpi-polarity-higher",
  frequency: "kpi-frequency",
  toleranceKind: "kpi-tolerance-kind",
  toleranceAmount: "kpi-tolerance-amount",
  valueDueMonths: "kpi-due-months",
  valueDueDays: "kpi-due-days",
  dashboardId: "kpi-dashboard",
  trackedFrom: "kpi-tracked-from",
};

function Editor({ existing }: { existing: StoredKpi | null }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const [draft, setDraft] = useState<KpiDraft>(() => (existing ? draftFromKpi(existing, existing.trackedFromColumn) : emptyKpiDraft()));
  const [owner, setOwner] = useState<PickedPerson | null>(existing?.ownerEmail ? { displayName: existing.ownerName ?? existing.ownerEmail, email: existing.ownerEmail, siteUserId: existing.ownerId ?? undefined } : null);
  const [errors, setErrors] = useState<KpiDraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [base, setBase] = useState<StoredKpi | null>(existing);
  const catalogue = useAsync(() => loadCatalogue(sp), [sp]);
  const change = (patch: Partial<KpiDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    const checked = validateKpiDraft(draft);
    const found: KpiDraftErrors = { ...checked.errors };
    setNotice(null);
    setFailure(null);
    if (!checked.kpi) {
      setErrors(found);
      return;
    }
    setSaving(true);
    try {
      if (checked.kpi.termKey) {
        const [term] = await getTermsByKeys(sp, [checked.kpi.termKey]);
        if (!term) found.termKey = `The data dictionary has no term with the key “${checked.kpi.termKey}”. Use the key in the term's address, or leave it empty.`;
      }
      setErrors(found);
      if (Object.keys(found).length) return;
      const ownerId = owner ? (owner.siteUserId ?? (await siteUserIdFor(sp, owner.email))) : null;
      const columns = kpiColumns(checked.kpi, ownerId, checked.trackedFrom);
      if (base) {
        // The key links values and targets: it never changes once the KPI exists.
        const { KpiKey: _key, ...rest } = columns;
        await saveKpi(sp, base, rest);
      } else await addKpi(sp, columns);
      navigate(routeHref("kpis", ["kpi", base?.key ?? checked.kpi.key], { saved: base ? "changed" : "added" }));
    } catch (error) {
      if (error instanceof KpiKeyTakenError) setErrors({ ...found, key: `${error.message} Choose another key.` });
      else if (isConflict<StoredKpi>(error)) {
        setBase(error.current);
        setNotice("Someone else changed this KPI while you were editing. Your changes are still in the form: save again to replace theirs.");
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const problems: FormProblem[] = (Object.keys(IDS) as (keyof KpiDraft)[]).filter((f) => errors[f]).map((f) => ({ fieldId: IDS[f], message: errors[f]! }));
  const state = (f: keyof KpiDraft) => (errors[f] ? ("error" as const) : ("none" as const));
  const dashboards = catalogue.status === "ready" ? catalogue.value : [];
  const dashboardTitle = dashboards.find((d) => String(d.id) === draft.dashboardId)?.title ?? (draft.dashboardId ? `Catalogue item ${draft.dashboardId}` : "None");

  return (
    <form
      className={styles.form}
      noValidate
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
      <Field label={{ children: "Name", htmlFor: IDS.name }} required validationMessage={errors.name} validationState={state("name")}>
        <Input id={IDS.name} value={draft.name} onChange={(_, d) => change({ name: d.value })} />
      </Field>
      <Field label={{ children: "Key", htmlFor: IDS.key }} validationMessage={errors.key} validationState={state("key")} hint={existing ? "The key links the KPI's values and targets, so it cannot change." : `Used in links. Empty: made from the name (${keyFromName(draft.name) || "…"}).`}>
        <Input id={IDS.key} value={draft.key} readOnly={Boolean(existing)} onChange={(_, d) => change({ key: d.value })} />
      </Field>
      <Field label={{ children: "Data dictionary term", htmlFor: IDS.termKey }} validationMessage={errors.termKey} validationState={state("termKey")} hint="The key of the term that defines this KPI (the last part of its address); its definition is shown with the KPI.">
        <Input id={IDS.termKey} value={draft.termKey} onChange={(_, d) => change({ termKey: d.value })} />
      </Field>
      <Checkbox id={IDS.statutory} label="Statutory (reported because the law or a department requires it)" checked={draft.statutory} onChange={(_, d) => change({ statutory: d.checked === true })} />
      <Checkbox id={IDS.highlightsSuccess} label="Non-statutory and highlights a service success" checked={draft.highlightsSuccess && !draft.statutory} disabled={draft.statutory} onChange={(_, d) => change({ highlightsSuccess: d.checked === true })} />
      <div className={styles.pair}>
        <Field label={{ children: "Service", htmlFor: IDS.service }} validationMessage={errors.service} validationState={state("service")}>
          <Input id={IDS.service} value={draft.service} onChange={(_, d) => change({ service: d.value })} />
        </Field>
        <Field label={{ children: "Unit", htmlFor: IDS.unit }} validationMessage={errors.unit} validationState={state("unit")} hint="%, £, days, kg… Empty for a count.">
          <Input id={IDS.unit} value={draft.unit} onChange={(_, d) => change({ unit: d.value })} />
        </Field>
      </div>
      <PersonPicker label="Owner" value={owner} onChange={setOwner} hint="Enters the values. Type at least two letters of a name." />
      <Field label="Which is better?" required validationMessage={errors.polarity} validationState={state("polarity")}>
        <RadioGroup value={draft.polarity} onChange={(_, d) => change({ polarity: d.value as Polarity })}>
          {POLARITIES.map((p) => (
            <Radio key={p} id={p === "higher is better" ? IDS.polarity : "kpi-polarity-lower"} value={p} label={polarityWords(p)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={{ children: "Reported", htmlFor: IDS.frequency }} required validationMessage={errors.frequency} validationState={state("frequency")} hint={existing ? "Values are kept per period, so the frequency cannot change once the KPI exists." : undefined}>
        <Dropdown id={IDS.frequency} disabled={Boolean(existing)} value={frequencyWords(draft.frequency)} selectedOptions={[draft.frequency]} onOptionSelect={(_, d) => change({ frequency: d.optionValue as KpiFrequency })}>
          {KPI_FREQUENCIES.map((f) => (
            <Option key={f} value={f}>
              {frequencyWords(f)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.pair}>
        <Field label={{ children: "Amber tolerance is", htmlFor: IDS.toleranceKind }}>
          <Dropdown id={IDS.toleranceKind} value={draft.toleranceKind === "percent" ? "A percentage of the target" : "An amount in the unit"} selectedOptions={[draft.toleranceKind]} onOptionSelect={(_, d) => change({ toleranceKind: d.optionValue as KpiDraft["toleranceKind"] })}>
            <Option value="absolute">An amount in the unit</Option>
            <Option value="percent">A percentage of the target</Option>
          </Dropdown>
        </Field>
        <Field label={{ children: "Tolerance", htmlFor: IDS.toleranceAmount }} validationMessage={errors.toleranceAmount} validationState={state("toleranceAmount")} hint="0: no amber, just short is red.">
          <Input id={IDS.toleranceAmount} inputMode="decimal" value={draft.toleranceAmount} onChange={(_, d) => change({ toleranceAmount: d.value })} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={{ children: "Value due: months after the period", htmlFor: IDS.valueDueMonths }} validationMessage={errors.valueDueMonths} validationState={state("valueDueMonths")}>
          <Input id={IDS.valueDueMonths} inputMode="numeric" value={draft.valueDueMonths} onChange={(_, d) => change({ valueDueMonths: d.value })} />
        </Field>
        <Field label={{ children: "and days", htmlFor: IDS.valueDueDays }} validationMessage={errors.valueDueDays} validationState={state("valueDueDays")}>
          <Input id={IDS.valueDueDays} inputMode="numeric" value={draft.valueDueDays} onChange={(_, d) => change({ valueDueDays: d.value })} />
        </Field>
      </div>
      <Field label={{ children: "Power BI report", htmlFor: IDS.dashboardId }} validationMessage={errors.dashboardId ?? (catalogue.status === "error" ? "The dashboards catalogue could not be read; try again later." : undefined)} validationState={errors.dashboardId || catalogue.status === "error" ? "error" : "none"}>
        <Dropdown id={IDS.dashboardId} value={dashboardTitle} selectedOptions={[draft.dashboardId]} onOptionSelect={(_, d) => change({ dashboardId: d.optionValue ?? "" })}>
          <Option value="">None</Option>
          {dashboards.map((d) => (
            <Option key={d.id} value={String(d.id)} text={d.title}>
              {d.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={{ children: "Entries timed from", htmlFor: IDS.trackedFrom }} validationMessage={errors.trackedFrom} validationState={state("trackedFrom")} hint="Values for periods due before this date were back-filled and are not called late. Empty: the day the KPI is added. For example 01/04/2026.">
        <Input id={IDS.trackedFrom} value={draft.trackedFrom} onChange={(_, d) => change({ trackedFrom: d.value })} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? "Saving…" : existing ? "Save changes" : "Add the KPI"}
        </Button>
        <Button onClick={() => navigate(existing ? routeHref("kpis", ["kpi", existing.key]) : routeHref("kpis"))}>Cancel</Button>
      </div>
    </form>
  );
}

/** Add a KPI, or change one (`kpiKey`): the data lead's form. */
export function KpiForm({ kpiKey }: { kpiKey: string | null }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const data = useAsync(async () => (kpiKey ? loadKpi(sp, kpiKey) : null), [sp, kpiKey]);
  const title = kpiKey ? "Change a KPI" : "Add a KPI";
  return (
    <div className={styles.page}>
      <div>
        <Link href={routeHref("kpis")}>KPI register</Link>
        <Title2 as="h1" block>
          {title}
        </Title2>
      </div>
      {data.status === "loading" && <Loading label="Loading the KPI…" />}
      {data.status === "error" && <ErrorState error={data.error} onRetry={data.reload} />}
      {data.status === "ready" && kpiKey && !data.value && <EmptyState title={`There is no KPI with the key “${kpiKey}”.`} />}
      {data.status === "ready" && (!kpiKey || data.value) && (
        <>
          <Text>Its definition comes from the data dictionary, so the KPI and its term never disagree. Targets are added on the KPI's page.</Text>
          <Editor existing={data.value?.kpi ?? null} />
        </>
      )}
    </div>
  );
}
