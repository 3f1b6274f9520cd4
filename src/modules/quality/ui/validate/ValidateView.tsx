import { Button, Dropdown, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, ProgressBar, Text, Title3 } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { isConflict } from "../../../../core/data/concurrency";
import { formatNumber } from "../../../../core/domain/format";
import { downloadFile } from "../../../../core/ui/download";
import { ErrorSummary } from "../../../../core/ui/ErrorSummary";
import { useServices } from "../../../../core/ui/services";
import { ErrorState } from "../../../../core/ui/states";
import { useAsync } from "../../../../core/ui/use-async";
import { QUALITY_CAPABILITIES } from "../../capabilities";
import { loadReferenceLists } from "../../data/list-source";
import { loadRuleSet, loadRuleSetNames, saveRuleSet, type StoredRuleSet } from "../../data/rule-sets-data";
import { loadDatasetRuns } from "../../data/runs-data";
import { snapshotOfResult, snapshotOfStored } from "../../domain/runs";
import { checkSchema } from "../../domain/validation/compile";
import { compareRuns } from "../../domain/validation/compare-runs";
import { formFromHeader, formToSchema, type RuleSetForm, schemaToForm } from "../../domain/validation/rule-form";
import { SchemaError } from "../../domain/validation/schema-error";
import { applySuggestion, type Suggestion } from "../../domain/validation/suggest";
import { SaveFailure, useQualityStyles } from "../parts";
import { ProfilePanel } from "./ProfilePanel";
import { type ProgressBus, useProgress } from "./progress-bus";
import { columnPanelId, RuleSetEditor } from "./RuleSetEditor";
import { RunFailure } from "./RunFailure";
import { RunResults } from "./RunResults";
import { SourcePicker } from "./SourcePicker";
import { useValidation } from "./use-validation";

function ProgressLine({ label, bus, onCancel }: { label: string; bus: ProgressBus; onCancel: () => void }) {
  const styles = useQualityStyles();
  const progress = useProgress(bus);
  const share = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : undefined;
  return (
    <div className={styles.stack}>
      <Field label={label} validationMessage={progress ? `${formatNumber(progress.rows)} rows checked, ${formatNumber(progress.rowsPerSecond)} rows a second` : "Starting…"} validationState="none">
        <ProgressBar value={share} max={1} />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

/** Problems with the rules, each linked to its column where it names one ("field 3 (…)"). */
function schemaProblems(problems: readonly string[]) {
  return problems.map((message) => {
    const field = /^field (\d+)/.exec(message);
    return { fieldId: field ? columnPanelId(Number(field[1]) - 1) : "rules-record-key", message: message.charAt(0).toUpperCase() + message.slice(1) };
  });
}

/**
 * Validate a dataset: choose the dataset (its rules are kept in SharePoint), drop a file or pick a
 * list, see the profile and accept suggested rules, adjust the rules, run them in the worker with
 * progress and cancel, then read the scorecard and failing rows, download the fix list, keep the run
 * and raise an issue. The data never leaves the browser.
 */
export default function ValidateView({ params }: { params: URLSearchParams }) {
  const styles = useQualityStyles();
  const { sp, capabilities } = useServices();
  const validation = useValidation();
  const { state } = validation;
  const [typed, setTyped] = useState(params.get("dataset") ?? "");
  const [dataset, setDataset] = useState(params.get("dataset") ?? "");
  const [form, setForm] = useState<RuleSetForm | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState("");
  const [ruleSet, setRuleSet] = useState<StoredRuleSet | null>(null);
  const [saveFailure, setSaveFailure] = useState<unknown>(null);
  const [theirRules, setTheirRules] = useState<StoredRuleSet | null>(null);
  const [saving, setSaving] = useState(false);
  const [runsVersion, setRunsVersion] = useState(0);

  const names = useAsync(() => loadRuleSetNames(sp), [sp]);
  const stored = useAsync(async () => (dataset ? loadRuleSet(sp, dataset) : null), [sp, dataset]);
  const runs = useAsync(async () => (dataset ? loadDatasetRuns(sp, dataset) : []), [sp, dataset, runsVersion]);

  useEffect(() => {
    if (stored.status !== "ready") return;
    setRuleSet(stored.value);
    if (!stored.value) return;
    try {
      setForm(schemaToForm(checkSchema(stored.value.schemaText)));
      setProblems([]);
    } catch (error) {
      setProblems(error instanceof SchemaError ? [...error.problems] : [(error as Error).message]);
    }
  }, [stored]);
  // A file's header starts the form when the dataset has no rules yet.
  const profile = state.profile.profile;
  useEffect(() => {
    if (profile && !form) setForm(formFromHeader(profile.columns.map((c) => c.name)));
  }, [profile, form]);
  // A run kept (or kept by raising an issue) joins the dataset's history, for the trend and the next comparison.
  const keptId = state.kept?.id;
  useEffect(() => {
    if (keptId !== undefined) setRunsVersion((v) => v + 1);
  }, [keptId]);

  const unruled = useMemo(() => (profile && form ? profile.columns.map((c) => c.name).filter((n) => !form.columns.some((c) => c.name === n)) : []), [profile, form]);

  /** The rules as Table Schema, checked; null (with the problems shown) when they cannot be used. */
  const schemaNow = () => {
    if (!form) return null;
    try {
      const schema = checkSchema(formToSchema(form));
      setProblems([]);
      return schema;
    } catch (error) {
      setProblems(error instanceof SchemaError ? [...error.problems] : [(error as Error).message]);
      return null;
    }
  };

  const accept = (s: Suggestion) => {
    setForm((f) => applySuggestion(f ?? formFromHeader([]), s));
    validation.accepted(s.id);
    setNotice(`Accepted: ${s.text}`);
  };

  const start = async () => {
    const schema = schemaNow();
    if (!schema) return;
    try {
      validation.run(schema, schema.foreignKeys?.length ? await loadReferenceLists(sp, schema) : {});
    } catch (error) {
      setSaveFailure(error);
    }
  };

  const save = async (over: StoredRuleSet | null) => {
    const schema = schemaNow();
    if (!schema || !dataset) return;
    setSaving(true);
    setSaveFailure(null);
    setTheirRules(null);
    try {
      const saved = await saveRuleSet(sp, over, dataset, JSON.stringify(schema, null, 2));
      setRuleSet(saved);
      setNotice(`Rules for ${dataset} saved as version ${saved.version}.`);
      names.reload();
    } catch (error) {
      if (isConflict<StoredRuleSet | null>(error)) setTheirRules(error.current);
      else setSaveFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const upload = (text: string, fileName: string) => {
    try {
      setForm(schemaToForm(checkSchema(text)));
      setProblems([]);
      setNotice(`Rules read from ${fileName}. Save them to keep them for ${dataset || "the dataset"}.`);
    } catch (error) {
      setProblems((error instanceof SchemaError ? [...error.problems] : [(error as Error).message]).map((p) => `${fileName}: ${p}`));
    }
  };

  const download = () => {
    const schema = schemaNow();
    if (!schema) return;
    const slug = (dataset || "rules").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "rules";
    downloadFile(`rules-${slug}.json`, "application/json", `${JSON.stringify(schema, null, 2)}\n`);
  };

  const history = runs.status === "ready" ? runs.value : [];
  const previous = history.find((r) => r.summary && r.id !== state.kept?.id) ?? null;
  const result = state.run.result;
  const comparison = useMemo(() => {
    if (!result || !previous) return null;
    const before = snapshotOfStored(previous);
    return before ? compareRuns(before, snapshotOfResult(result)) : null;
  }, [result, previous]);
  const running = state.run.status === "running" || state.profile.status === "running";

  return (
    <div className={styles.stack}>
      <Text role="status" aria-live="polite">
        {notice}
      </Text>
      <ErrorSummary problems={schemaProblems(problems)} />

      <section className={styles.section} aria-labelledby="validate-dataset">
        <Title3 as="h2" id="validate-dataset">
          1. The dataset
        </Title3>
        <div className={styles.bar}>
          <Field label="Dataset or system" hint="Its rules are kept under this name.">
            <Input value={typed} maxLength={255} onChange={(_, d) => setTyped(d.value)} onKeyDown={(e) => e.key === "Enter" && setDataset(typed.trim())} />
          </Field>
          <Button onClick={() => setDataset(typed.trim())} disabled={!typed.trim() || typed.trim() === dataset}>
            Use this name
          </Button>
          {names.status === "ready" && names.value.length > 0 && (
            <Field label="Or a dataset with rules">
              <Dropdown
                placeholder="Choose a dataset"
                value={names.value.includes(dataset) ? dataset : ""}
                selectedOptions={names.value.includes(dataset) ? [dataset] : []}
                onOptionSelect={(_, d) => {
                  setTyped(d.optionValue ?? "");
                  setDataset(d.optionValue ?? "");
                }}
              >
                {names.value.map((n) => (
                  <Option key={n}>{n}</Option>
                ))}
              </Dropdown>
            </Field>
          )}
        </div>
        {dataset && stored.status === "ready" && <Text>{ruleSet ? `Rules for ${dataset}: version ${ruleSet.version}.` : `${dataset} has no rules yet: start from the data's columns and the suggestions.`}</Text>}
        {stored.status === "error" && <ErrorState error={stored.error} onRetry={stored.reload} />}
      </section>

      <section className={styles.section} aria-labelledby="validate-source">
        <Title3 as="h2" id="validate-source">
          2. The data
        </Title3>
        <SourcePicker source={state.source} reading={state.reading} onFile={validation.chooseFile} onList={validation.chooseList} onCancel={validation.cancel} />
        {state.failure !== null && !result && <ErrorState error={state.failure} />}
        {state.profile.status === "running" && <ProgressLine label="Profiling the data" bus={validation.progressBus} onCancel={validation.cancel} />}
        {state.profile.status === "failed" && <RunFailure error={state.profile.error} />}
      </section>

      {state.profile.profile && (
        <ProfilePanel
          profile={state.profile.profile}
          partial={state.profile.partial}
          suggestions={state.profile.suggestions}
          accepted={state.profile.accepted}
          onAccept={accept}
          onAcceptAll={() => {
            let next = form ?? formFromHeader([]);
            for (const s of state.profile.suggestions.filter((x) => !state.profile.accepted.includes(x.id))) {
              next = applySuggestion(next, s);
              validation.accepted(s.id);
            }
            setForm(next);
            setNotice("Every suggestion accepted.");
          }}
        />
      )}

      <section className={styles.section} aria-labelledby="validate-rules">
        <Title3 as="h2" id="validate-rules">
          3. The rules
        </Title3>
        <RuleSetEditor form={form ?? formFromHeader([])} unruled={unruled} onChange={setForm} onUpload={upload} onDownload={download} />
        {theirRules !== undefined && theirRules !== null && (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Someone else saved rules for {dataset} meanwhile</MessageBarTitle>
              Their version is {theirRules.version}. Your rules are still in the form.
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void save(theirRules)} disabled={saving}>
                Save mine as the next version
              </Button>
              <Button
                onClick={() => {
                  setRuleSet(theirRules);
                  setForm(schemaToForm(checkSchema(theirRules.schemaText)));
                  setTheirRules(null);
                }}
              >
                Use theirs
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {saveFailure !== null && <SaveFailure error={saveFailure} refused="Only information asset owners and managers and the data lead can save a dataset's rules. You can still run them, and download them." />}
        {capabilities.has(QUALITY_CAPABILITIES.rules) && (
          <div className={styles.buttons}>
            <Button onClick={() => void save(ruleSet)} disabled={!form || form.columns.length === 0 || !dataset || saving}>
              {saving ? "Saving…" : ruleSet ? `Save the rules (version ${ruleSet.version} now)` : "Save the rules"}
            </Button>
          </div>
        )}
      </section>

      <section className={styles.section} aria-labelledby="validate-run">
        <Title3 as="h2" id="validate-run">
          4. Check the data
        </Title3>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => void start()} disabled={!state.source || !form || form.columns.length === 0 || running || state.reading !== null}>
            Check every row
          </Button>
        </div>
        {state.run.status === "running" && <ProgressLine label="Checking every row" bus={validation.progressBus} onCancel={validation.cancel} />}
        {state.run.status === "cancelled" && <Text role="status">The run was cancelled. Nothing was saved.</Text>}
        {state.run.status === "failed" && (state.run.error instanceof SchemaError ? <ErrorSummary problems={schemaProblems(state.run.error.problems)} /> : <RunFailure error={state.run.error} />)}
        {result && state.run.status === "done" && (
          <RunResults
            result={result}
            dataset={dataset}
            sourceName={state.run.sourceName ?? ""}
            history={history}
            previous={previous}
            comparison={comparison}
            kept={state.kept}
            raised={state.raised}
            busy={state.busy}
            failure={state.failure}
            onKeep={(keepValues) => void validation.keep(dataset, ruleSet?.version ?? null, keepValues)}
            onRaise={() => void validation.raise(dataset, ruleSet?.version ?? null)}
          />
        )}
      </section>
    </div>
  );
}
