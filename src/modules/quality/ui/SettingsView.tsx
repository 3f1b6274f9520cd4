import { Button, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { useAsync } from "../../../core/ui/use-async";
import { loadTargetRules, saveTargetRule } from "../data/targets-data";
import { SEVERITY_MEANINGS } from "../domain/log/issue";
import { DEFAULT_TARGET_DAYS, parseTargetDays, type TargetRule } from "../domain/log/targets";
import { SaveFailure, useQualityStyles } from "./parts";

/** The severity rule, as data the data lead edits: calendar days from reporting to an issue's target date. */
export default function SettingsView() {
  const styles = useQualityStyles();
  const { sp } = useServices();
  const rules = useAsync(() => loadTargetRules(sp), [sp]);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (rules.status === "ready") setTyped(Object.fromEntries(rules.value.map((r) => [r.severity, String(r.days)])));
  }, [rules]);
  if (rules.status === "loading") return <Loading label="Loading the targets…" />;
  if (rules.status === "error") return <ErrorState error={rules.error} onRetry={rules.reload} />;

  const save = async () => {
    const found: Record<string, string> = {};
    const changes: [TargetRule, number][] = [];
    for (const rule of rules.value) {
      const days = parseTargetDays(typed[rule.severity] ?? "");
      if (typeof days === "string") found[rule.severity] = days;
      else if (days !== rule.days || !rule.saved) changes.push([rule, days]);
    }
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      for (const [rule, days] of changes) await saveTargetRule(sp, rule, days);
      setNotice("Targets saved. New triage uses them from now on; targets already set are kept.");
      rules.reload();
    } catch (error) {
      if (isConflict(error)) {
        setNotice("Someone else changed the targets meanwhile: the current values are shown. Check them and save again.");
        rules.reload();
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.stack}>
      <Title3 as="h2">Targets by severity</Title3>
      <Text>
        When an issue is triaged, its target date starts at the day it was reported plus these calendar days. Triagers can set another date. Until you save them, Data Hub's starting values apply ({Object.entries(DEFAULT_TARGET_DAYS).map(([s, d]) => `${s} ${d}`).join(", ")} days): they are not council policy.
      </Text>
      <Text role="status" aria-live="polite">
        {notice}
      </Text>
      {failure !== null && <SaveFailure error={failure} refused="Only the data lead can change the targets." />}
      <ErrorSummary problems={Object.entries(problems).map(([severity, message]) => ({ fieldId: `target-${severity}`, message: `${severity}: ${message}` }))} />
      <form
        noValidate
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className={styles.tableScroll}>
          <Table size="small" aria-label="Targets by severity">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Severity</TableHeaderCell>
                <TableHeaderCell>Calendar days to the target</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rules.value.map((rule) => (
                <StaticTableRow key={rule.severity}>
                  <TableCell>
                    <Text weight="semibold" block>
                      {rule.severity}
                    </Text>
                    <Text size={200}>{SEVERITY_MEANINGS[rule.severity]}</Text>
                  </TableCell>
                  <TableCell>
                    <Field label={`${rule.severity}: days`} validationMessage={problems[rule.severity]} validationState={problems[rule.severity] ? "error" : "none"} hint={rule.saved ? undefined : "Starting value"}>
                      <Input id={`target-${rule.severity}`} inputMode="numeric" value={typed[rule.severity] ?? ""} onChange={(_, d) => setTyped((t) => ({ ...t, [rule.severity]: d.value }))} />
                    </Field>
                  </TableCell>
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? "Saving…" : "Save targets"}
          </Button>
        </div>
      </form>
    </div>
  );
}
