import { Button, Checkbox, Link, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatDate, formatNumber, plural } from "../../../../core/domain/format";
import { BarChart, LineChart, type LinePoint } from "../../../../core/ui/charts";
import { downloadCsv } from "../../../../core/ui/download";
import { routeHref } from "../../../../core/ui/router";
import { StaticTableRow } from "../../../../core/ui/StaticTableRow";
import { referenceText, type LogEntry } from "../../domain/log/issue";
import { checkSuccessRate, percentText, rowSuccessRate, runTrend, type StoredRun } from "../../domain/runs";
import type { RunComparison } from "../../domain/validation/compare-runs";
import { DIMENSION_LABELS, DIMENSIONS } from "../../domain/validation/dimensions";
import { fixListCsv, fixListFileName } from "../../domain/validation/fix-list";
import type { RuleStatus, ValidationResult } from "../../domain/validation/result-types";
import { SaveFailure, useQualityStyles } from "../parts";

const STATUS_WORDS: Record<RuleStatus, string> = { pass: "Pass", warn: "Warning", fail: "Fail" };
const SHOWN_FAILURES = 100;
const STATUS_RAG = { pass: "Green", warn: "Amber", fail: "Red" } as const;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Share of checks passing per dimension that has rules, as bars (the table above has the counts). */
function ScorecardChart({ result }: { result: ValidationResult }) {
  const data = DIMENSIONS.filter((d) => result.dimensions[d].checked > 0).map((d) => {
    const s = result.dimensions[d];
    return { label: DIMENSION_LABELS[d], value: oneDecimal(((s.checked - s.failed) / s.checked) * 100) };
  });
  if (data.length === 0) return null;
  return <BarChart title="Checks passing by dimension" data={data} categoryLabel="Dimension" valueLabel="Checks passing" noun="dimension" format={{ kind: "percent" }} domain={[0, 100]} />;
}

function Scorecard({ result }: { result: ValidationResult }) {
  const styles = useQualityStyles();
  return (
    <div className={styles.tableScroll}>
      <Table size="small" aria-label="Scorecard by dimension">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Dimension</TableHeaderCell>
            <TableHeaderCell>Checks</TableHeaderCell>
            <TableHeaderCell>Failed</TableHeaderCell>
            <TableHeaderCell>Passing</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {DIMENSIONS.map((d) => {
            const s = result.dimensions[d];
            return (
              <StaticTableRow key={d}>
                <TableCell>{DIMENSION_LABELS[d]}</TableCell>
                <TableCell>{s.checked ? formatNumber(s.checked) : "No rules"}</TableCell>
                <TableCell>{s.checked ? formatNumber(s.failed) : "–"}</TableCell>
                <TableCell>{s.checked ? percentText(((s.checked - s.failed) / s.checked) * 100) : "–"}</TableCell>
              </StaticTableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function RulesTable({ result }: { result: ValidationResult }) {
  const styles = useQualityStyles();
  return (
    <div className={styles.tableScroll}>
      <Table size="small" aria-label="Failures by rule">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Rule</TableHeaderCell>
            <TableHeaderCell>Dimension</TableHeaderCell>
            <TableHeaderCell>Checked</TableHeaderCell>
            <TableHeaderCell>Failed</TableHeaderCell>
            <TableHeaderCell>Result</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.rules.map((r) => (
            <StaticTableRow key={r.id}>
              <TableCell>{r.description}</TableCell>
              <TableCell>{DIMENSION_LABELS[r.dimension]}</TableCell>
              <TableCell>{formatNumber(r.checked)}</TableCell>
              <TableCell>{formatNumber(r.failed)}</TableCell>
              <TableCell>{STATUS_WORDS[r.status]}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function FailuresTable({ result }: { result: ValidationResult }) {
  const styles = useQualityStyles();
  const shown = result.failures.slice(0, SHOWN_FAILURES);
  const total = result.rules.reduce((n, r) => n + r.failed, 0);
  return (
    <>
      <Text>
        {total === 0
          ? "No failing values."
          : `Showing ${formatNumber(shown.length)} of ${plural(total, "failing value")}${result.failuresTruncated ? `; the fix list holds the first ${formatNumber(result.failures.length)}` : "; the fix list holds them all"}.`}
      </Text>
      {shown.length > 0 && (
        <div className={styles.tableScroll}>
          <Table size="small" aria-label="Failing rows">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Row</TableHeaderCell>
                <TableHeaderCell>Record</TableHeaderCell>
                <TableHeaderCell>Column</TableHeaderCell>
                <TableHeaderCell>Value</TableHeaderCell>
                <TableHeaderCell>Problem</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((f, i) => (
                <StaticTableRow key={`${f.row}-${f.ruleId}-${i}`}>
                  <TableCell>{f.row > 0 ? f.row : "Whole file"}</TableCell>
                  <TableCell>{f.key}</TableCell>
                  <TableCell>{f.field ?? "Several"}</TableCell>
                  <TableCell>{f.value}</TableCell>
                  <TableCell>{f.reason}</TableCell>
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

function Comparison({ comparison, previous }: { comparison: RunComparison; previous: StoredRun }) {
  return (
    <Text as="p">
      Against the previous run ({formatDate(previous.runAt)}): checks passing {percentText(comparison.successRate.before * 100)} then, {percentText(comparison.successRate.after * 100)} now.{" "}
      {comparison.byRecord
        ? `${plural(comparison.newFailures.length, "new failure")}, ${plural(comparison.fixed.length, "failure")} fixed, ${formatNumber(comparison.stillFailing)} still failing, by record and rule${comparison.partialRules.length ? ` (not counted for ${plural(comparison.partialRules.length, "rule")} with too many failures to keep each one; their totals are in the trend)` : ""}.`
        : "Records have no key in these rules, so only the totals can be compared: choose a record key to see new and fixed failures."}
    </Text>
  );
}

function Trend({ runs }: { runs: readonly StoredRun[] }) {
  const styles = useQualityStyles();
  const points = runTrend(runs);
  // Two runs on one day get "(2)" so each point of the line has its own label.
  const seen = new Map<string, number>();
  const line: LinePoint[] = points.map((p) => {
    const day = p.day ? formatDate(p.day) : "Undated";
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return { period: n > 1 ? `${day} (${n})` : day, value: p.rowRate === null ? null : oneDecimal(p.rowRate), status: { rag: STATUS_RAG[p.outcome], text: STATUS_WORDS[p.outcome] } };
  });
  return (
    <>
      {line.length > 1 && <LineChart title="Records passing every rule, run by run" points={line} valueLabel="Records passing every rule" periodLabel="Run" format={{ kind: "percent" }} domain={[0, 100]} />}
      <div className={styles.tableScroll}>
        <Table size="small" aria-label="Runs of this dataset, oldest first">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Run</TableHeaderCell>
              <TableHeaderCell>Rows</TableHeaderCell>
              <TableHeaderCell>Records passing every rule</TableHeaderCell>
              <TableHeaderCell>Checks passing</TableHeaderCell>
              <TableHeaderCell>Outcome</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((p) => (
              <StaticTableRow key={p.runId}>
                <TableCell>{formatDate(p.day)}</TableCell>
                <TableCell>{formatNumber(p.rows)}</TableCell>
                <TableCell>{percentText(p.rowRate)}</TableCell>
                <TableCell>{percentText(p.checkRate)}</TableCell>
                <TableCell>{STATUS_WORDS[p.outcome]}</TableCell>
              </StaticTableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

export interface RunResultsProps {
  result: ValidationResult;
  dataset: string;
  sourceName: string;
  history: readonly StoredRun[];
  previous: StoredRun | null;
  comparison: RunComparison | null;
  kept: StoredRun | null;
  raised: LogEntry | null;
  busy: boolean;
  failure: unknown;
  onKeep: (keepValues: boolean) => void;
  onRaise: () => void;
}

/** A run's results: outcome, scorecard per dimension, failures per rule, the failing rows and their fix list, change since last time, and what to do next. */
export function RunResults({ result, dataset, sourceName, history, previous, comparison, kept, raised, busy, failure, onKeep, onRaise }: RunResultsProps) {
  const styles = useQualityStyles();
  const [keepValues, setKeepValues] = useState(false);
  const failedRows = result.rows - result.valid;
  const runs = kept ? [...history.filter((r) => r.id !== kept.id), kept] : history;
  return (
    <div className={styles.stack}>
      <MessageBar intent={result.outcome === "pass" ? "success" : result.outcome === "warn" ? "warning" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{result.outcome === "pass" ? "Passed" : result.outcome === "warn" ? "Passed with warnings" : "Failed"}</MessageBarTitle>
          {formatNumber(result.valid)} of {plural(result.rows, "row")} passed every rule ({percentText(rowSuccessRate({ rows: result.rows, validRows: result.valid }))}); {plural(failedRows, "row")} need a look. Checks passing: {percentText(checkSuccessRate({ checks: result.rules.reduce((n, r) => n + r.checked, 0), checksFailed: result.rules.reduce((n, r) => n + r.failed, 0) }))}.
        </MessageBarBody>
      </MessageBar>
      {result.notes.length > 0 && (
        <ul aria-label="Notes on the file">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <section className={styles.section} aria-labelledby="results-scorecard">
        <Title3 as="h3" id="results-scorecard">
          Scorecard by dimension
        </Title3>
        <Scorecard result={result} />
        <ScorecardChart result={result} />
      </section>
      <section className={styles.section} aria-labelledby="results-rules">
        <Title3 as="h3" id="results-rules">
          Rule by rule
        </Title3>
        <RulesTable result={result} />
      </section>
      <section className={styles.section} aria-labelledby="results-failures">
        <Title3 as="h3" id="results-failures">
          Failing rows
        </Title3>
        <div className={styles.buttons}>
          <Button icon={<ArrowDownload20Regular />} disabled={result.failures.length === 0} onClick={() => downloadCsv(fixListFileName(dataset || sourceName, result.runDate), fixListCsv(result))}>
            Download the fix list (CSV)
          </Button>
        </div>
        <FailuresTable result={result} />
      </section>
      <section className={styles.section} aria-labelledby="results-trend">
        <Title3 as="h3" id="results-trend">
          Over time
        </Title3>
        {previous && comparison ? <Comparison comparison={comparison} previous={previous} /> : <Text>No earlier run of {dataset || "this dataset"} has been kept, so there is nothing to compare with yet.</Text>}
        {runs.length > 0 && <Trend runs={runs} />}
      </section>
      <section className={styles.section} aria-labelledby="results-next">
        <Title3 as="h3" id="results-next">
          Keep the run, raise an issue
        </Title3>
        {failure !== null && <SaveFailure error={failure} refused="Your account cannot keep validation runs or report issues here: ask the data lead." />}
        <div role="status" aria-live="polite">
          {kept && <Text block>Kept in the history of {dataset}: totals, and a sample of up to 100 failures by row, record and rule{kept.sample?.values ? ", with their values" : ", without their values"}.</Text>}
          {raised && (
            <Text block>
              Issue raised: <Link href={routeHref("quality", ["validate", "issue", String(raised.reference)])}>{referenceText(raised.reference)}</Link>, {raised.dimension ? DIMENSION_LABELS[raised.dimension].toLowerCase() : ""}, {raised.severity?.toLowerCase()} severity.
            </Text>
          )}
        </div>
        {!kept && (
          <>
            <Text>
              Keeping a run saves its totals and a sample of up to 100 failures (row number, record key, column, rule and reason) to SharePoint, so the trend and "new versus fixed" work next time. The file itself is never saved.
            </Text>
            <Checkbox
              checked={keepValues}
              onChange={(_, d) => setKeepValues(Boolean(d.checked))}
              label="Also keep the failing values in the sample. Leave this off if the data holds personal details (names, addresses, e-mail addresses, phone numbers): failing values often are such details."
            />
          </>
        )}
        <div className={styles.buttons}>
          {!kept && (
            <Button appearance="primary" disabled={busy || !dataset.trim()} onClick={() => onKeep(keepValues)}>
              Keep this run
            </Button>
          )}
          {!raised && (
            <Button disabled={busy || !dataset.trim() || failedRows === 0} onClick={onRaise}>
              Raise a data quality issue
            </Button>
          )}
        </div>
        {!dataset.trim() && <Text className={styles.secondary}>Name the dataset at the top to keep the run or raise an issue.</Text>}
      </section>
    </div>
  );
}
