import { Button, Field, Input, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Textarea, Title3 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import { formatDate, formatNumber } from "../../../core/domain/format";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { LineChart, type LinePoint } from "../../../core/ui/charts";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { useAsync } from "../../../core/ui/use-async";
import { QUALITY_CAPABILITIES } from "../capabilities";
import { addAudit, loadAudits } from "../data/audits-data";
import { type Audit, type AuditDraft, type AuditField, auditTrends, type DatasetAuditTrend, emptyAudit, errorRate, rateText, totalErrors, validateAudit } from "../domain/log/audits";
import { DIMENSION_LABELS, DIMENSIONS } from "../domain/log/issue";
import type { FormProblem } from "../domain/log/report-form";
import { SaveFailure, useQualityStyles } from "./parts";

function trendWords(t: DatasetAuditTrend): string {
  if (t.direction === "one audit") return "One audit so far";
  if (t.direction === "level") return `Level at ${rateText(t.latest)}`;
  const first = t.points[0]!.rate;
  return `${t.direction === "down" ? "Fewer errors" : "More errors"}: ${rateText(first)} at the first audit, ${rateText(t.latest)} at the latest`;
}

/** A dataset's error rate audit by audit, oldest first: the line that shows whether errors are falling. */
function trendLine(trend: DatasetAuditTrend): LinePoint[] {
  const seen = new Map<string, number>();
  return trend.points.map((p) => {
    const day = formatDate(p.date);
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return { period: n > 1 ? `${day} (${n})` : day, value: Math.round(p.rate * 10) / 10 };
  });
}

const PER_100 = { decimals: 1, unit: { singular: "per 100 records", plural: "per 100 records" } };

function AuditForm({ today, onAdded }: { today: string; onAdded: (audit: Audit) => void }) {
  const styles = useQualityStyles();
  const { sp } = useServices();
  const [draft, setDraft] = useState<AuditDraft>(() => emptyAudit(today));
  const [problems, setProblems] = useState<FormProblem<AuditField>[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const problem = (field: AuditField) => problems.find((p) => p.field === field)?.message;
  const state = (field: AuditField) => (problem(field) ? { validationMessage: problem(field), validationState: "error" as const } : {});
  const submit = async () => {
    const found = validateAudit(draft, today);
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    setFailure(null);
    try {
      onAdded(await addAudit(sp, draft, await currentSiteUserId(sp)));
      setDraft(emptyAudit(today, draft.dataset));
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="audit-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Title3 as="h2" id="audit-form-title">
        Record an audit
      </Title3>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: `audit-${p.field}`, message: p.message }))} />
      {failure !== null && <SaveFailure error={failure} refused="Only information asset owners and managers and the data lead can record audits." />}
      <div className={styles.pair}>
        <Field label="Dataset or system" required {...state("dataset")}>
          <Input id="audit-dataset" value={draft.dataset} maxLength={255} onChange={(_, d) => setDraft({ ...draft, dataset: d.value })} />
        </Field>
        <DateField id="audit-date" label="Audit date" required value={draft.date} onChange={(date) => setDraft({ ...draft, date })} {...(problem("date") ? { validationMessage: problem("date") } : {})} />
        <Field label="Records checked" required {...state("recordsChecked")}>
          <Input id="audit-recordsChecked" inputMode="numeric" value={draft.recordsChecked} onChange={(_, d) => setDraft({ ...draft, recordsChecked: d.value })} />
        </Field>
      </div>
      <Text weight="semibold">Errors found, by dimension (leave empty for none)</Text>
      <div className={styles.pair}>
        {DIMENSIONS.map((d) => (
          <Field key={d} label={`${DIMENSION_LABELS[d]} errors`} {...state(d)}>
            <Input id={`audit-${d}`} inputMode="numeric" value={draft.errors[d]} onChange={(_, v) => setDraft({ ...draft, errors: { ...draft.errors, [d]: v.value } })} />
          </Field>
        ))}
      </div>
      <Field label="Title" hint="Optional, such as “Quarterly audit, Q3”.">
        <Input id="audit-title" value={draft.title} maxLength={255} onChange={(_, d) => setDraft({ ...draft, title: d.value })} />
      </Field>
      <Field label="Notes" hint="What was checked and how; no personal details.">
        <Textarea id="audit-notes" value={draft.notes} resize="vertical" onChange={(_, d) => setDraft({ ...draft, notes: d.value })} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Saving…" : "Record the audit"}
        </Button>
      </div>
    </form>
  );
}

/** Audits of datasets: each dataset's error rate over its audits ("reductions in errors from audits"), and a form to record one. */
export default function AuditsView({ today }: { today: string }) {
  const styles = useQualityStyles();
  const { sp, capabilities } = useServices();
  const audits = useAsync(() => loadAudits(sp), [sp]);
  const [added, setAdded] = useState<Audit[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const all = useMemo(() => (audits.status === "ready" ? [...audits.value, ...added] : []), [audits, added]);
  const trends = useMemo(() => auditTrends(all), [all]);
  if (audits.status === "loading") return <Loading label="Loading audits…" />;
  if (audits.status === "error") return <ErrorState error={audits.error} onRetry={audits.reload} />;
  const chosenTrend = chosen ? trends.find((t) => t.dataset === chosen) : undefined;
  const ofChosen = chosen ? all.filter((a) => a.dataset === chosen).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id) : [];

  return (
    <div className={styles.stack}>
      <Text role="status" aria-live="polite">
        {notice}
      </Text>
      <section className={styles.section} aria-labelledby="audit-trends">
        <Title3 as="h2" id="audit-trends">
          Error rates over audits
        </Title3>
        <Text>Errors found per 100 records checked. A falling rate is the "reduction in errors from audits" the strategy asks for.</Text>
        {trends.length === 0 ? (
          <Text>No audits recorded yet.</Text>
        ) : (
          <div className={styles.tableScroll}>
            <Table size="small" aria-label="Error rate by dataset">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Dataset</TableHeaderCell>
                  <TableHeaderCell>Audits</TableHeaderCell>
                  <TableHeaderCell>Latest</TableHeaderCell>
                  <TableHeaderCell>Since the first audit</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {trends.map((t) => (
                  <StaticTableRow key={t.dataset}>
                    <TableCell>
                      <Link as="button" onClick={() => setChosen(t.dataset)}>
                        {t.dataset}
                      </Link>
                    </TableCell>
                    <TableCell>{t.points.length}</TableCell>
                    <TableCell>{rateText(t.latest)}</TableCell>
                    <TableCell>{trendWords(t)}</TableCell>
                  </StaticTableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      {chosen && (
        <section className={styles.section} aria-labelledby="audit-dataset">
          <Title3 as="h2" id="audit-dataset">
            Audits of {chosen}
          </Title3>
          {chosenTrend && chosenTrend.points.length > 1 && <LineChart title={`Error rate of ${chosen}, audit by audit`} summary={`${trendWords(chosenTrend)}.`} points={trendLine(chosenTrend)} valueLabel="Errors per 100 records checked" periodLabel="Audit" format={PER_100} />}
          <div className={styles.tableScroll}>
            <Table size="small" aria-label={`Audits of ${chosen}, newest first`}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Date</TableHeaderCell>
                  <TableHeaderCell>Records checked</TableHeaderCell>
                  <TableHeaderCell>Errors</TableHeaderCell>
                  <TableHeaderCell>Per 100 records</TableHeaderCell>
                  <TableHeaderCell>By dimension</TableHeaderCell>
                  <TableHeaderCell>Auditor</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {ofChosen.map((a) => (
                  <StaticTableRow key={a.id}>
                    <TableCell>{formatDate(a.date)}</TableCell>
                    <TableCell>{formatNumber(a.recordsChecked)}</TableCell>
                    <TableCell>{formatNumber(totalErrors(a))}</TableCell>
                    <TableCell>{rateText(errorRate(a))}</TableCell>
                    <TableCell>
                      {DIMENSIONS.filter((d) => a.errors[d] > 0)
                        .map((d) => `${DIMENSION_LABELS[d]} ${a.errors[d]}`)
                        .join(", ") || "None"}
                    </TableCell>
                    <TableCell>{a.auditorName ?? ""}</TableCell>
                  </StaticTableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
      {capabilities.has(QUALITY_CAPABILITIES.audit) && (
        <AuditForm
          today={today}
          onAdded={(audit) => {
            setAdded((list) => [...list, audit]);
            setChosen(audit.dataset);
            setNotice(`Audit of ${audit.dataset} recorded: ${rateText(errorRate(audit))}.`);
          }}
        />
      )}
    </div>
  );
}
