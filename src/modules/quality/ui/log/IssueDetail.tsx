import { Badge, Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { formatDate } from "../../../../core/domain/format";
import { routeHref } from "../../../../core/ui/router";
import { useServices } from "../../../../core/ui/services";
import { ErrorState, Loading } from "../../../../core/ui/states";
import { useAsync } from "../../../../core/ui/use-async";
import { loadIssueHistory } from "../../data/log-data";
import { daysText, daysToResolve } from "../../domain/log/figures";
import type { Change } from "../../domain/log/history";
import { DIMENSION_LABELS, DIMENSION_MEANINGS, type LogEntry, referenceText } from "../../domain/log/issue";
import type { TargetRule } from "../../domain/log/targets";
import { effectiveTarget, isOverdue } from "../../domain/log/views";
import { Facts, useQualityStyles } from "../parts";
import { ReporterEditForm, TriageForm } from "./EntryForms";

const useStyles = makeStyles({
  history: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  historyItem: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM },
});

function showChange(change: Change, names: Map<number, string>): string {
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === "") return "(empty)";
    if (change.field === "IssueOwnerId" && typeof value === "number") return names.get(value) ?? `person ${value}`;
    if (change.field === "TargetDate") return formatDate(String(value));
    const text = String(value);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  };
  return `${change.label}: ${show(change.from)} → ${show(change.to)}`;
}

function History({ entry }: { entry: LogEntry }) {
  const styles = useStyles();
  const { sp } = useServices();
  const history = useAsync(() => loadIssueHistory(sp, entry), [sp, entry.source, entry.itemId, entry.etag]);
  if (history.status === "loading") return <Loading label="Loading the history…" />;
  if (history.status === "error") return <ErrorState error={history.error} onRetry={history.reload} />;
  const { entries, names } = history.value;
  return (
    <ol className={styles.history} aria-label="History, newest first">
      {entries.map((h) => (
        <li key={h.label} className={styles.historyItem}>
          <Text weight="semibold" block>
            {formatDate(h.saved)}, {h.editorName ?? "someone"}
          </Text>
          {h.kind === "created" ? (
            <Text>{entry.source === "issue" ? "Triaged into the log." : "Reported."}</Text>
          ) : (
            <ul>
              {h.changes.map((c) => (
                <li key={c.field}>{showChange(c, names)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export interface IssueDetailProps {
  entry: LogEntry;
  rules: readonly TargetRule[];
  today: string;
  viewerId: number;
  canTriage: boolean;
  onSaved: (entry: LogEntry) => void;
}

/** One report or issue: what was reported, where it stands, its history; the reporter's edit or the triage form. */
export function IssueDetail({ entry, rules, today, viewerId, canTriage, onSaved }: IssueDetailProps) {
  const styles = useQualityStyles();
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const saved = useCallback(
    (e: LogEntry) => {
      onSaved(e);
      setAnnouncement(`Saved ${referenceText(e.reference)}: ${e.status.toLowerCase()}.`);
    },
    [onSaved],
  );
  const stopEditing = useCallback(() => setEditing(false), []);
  const alreadyTriaged = useCallback(
    (issue: LogEntry) => {
      onSaved(issue);
      setAnnouncement(`Someone triaged ${referenceText(issue.reference)} first${issue.ownerName ? ` (owner: ${issue.ownerName})` : ""}: it is shown now, and your choices were not saved.`);
    },
    [onSaved],
  );
  const isMine = entry.source === "report" && entry.reporterId === viewerId;
  const overdue = isOverdue(entry, rules, today);
  const resolvedIn = daysToResolve(entry);
  const rows: [string, React.ReactNode][] = [
    ["Reference", referenceText(entry.reference)],
    ["Status", <span key="status">{entry.status}{overdue && <>{" "}<Badge appearance="outline" color="danger" size="small">Overdue</Badge></>}</span>],
    ["Dataset or system", entry.dataset],
    ["Dimension", entry.dimension ? `${DIMENSION_LABELS[entry.dimension]}: ${DIMENSION_MEANINGS[entry.dimension].toLowerCase()}` : "Not given"],
    ["Severity", entry.severity ?? "Not given"],
    ["Reported", `${formatDate(entry.reportedAt)}${entry.reporterName ? ` by ${entry.reporterName}` : ""}`],
    ["Service", entry.service ?? "Not given"],
    ["How it was found", entry.foundBy ?? "Not given"],
    ["Owner", entry.ownerName ?? (entry.status === "New" ? "Not triaged yet" : "No owner")],
    ["Target date", `${formatDate(effectiveTarget(entry, rules))}${entry.targetDate === null ? " (from the severity rule, until triage)" : ""}`],
    ["Root cause", entry.rootCause ?? "Not known yet"],
    ...(entry.closedAt ? ([["Closed", `${formatDate(entry.closedAt)}${resolvedIn !== null ? `, ${daysText(resolvedIn)} after it was reported (calendar days)` : ""}`]] as [string, string][]) : []),
    ...(entry.validationRunId ? ([["Validation run", `Run ${entry.validationRunId}`]] as [string, string][]) : []),
  ];
  return (
    <div className={styles.stack}>
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
      <Facts rows={rows} />
      <section className={styles.section} aria-labelledby="issue-what">
        <Text as="h3" weight="semibold" id="issue-what">
          What is wrong
        </Text>
        <p className={styles.plain}>{entry.description || "(not loaded)"}</p>
        {entry.exampleRecords && (
          <>
            <Text weight="semibold">Example record references</Text>
            <p className={styles.plain}>{entry.exampleRecords}</p>
          </>
        )}
        {entry.resolutionNotes && (
          <>
            <Text weight="semibold">Resolution notes</Text>
            <p className={styles.plain}>{entry.resolutionNotes}</p>
          </>
        )}
        {entry.wontFixReason && (
          <>
            <Text weight="semibold">Why it will not be fixed</Text>
            <p className={styles.plain}>{entry.wontFixReason}</p>
          </>
        )}
      </section>
      {isMine && !canTriage && !editing && (
        <div className={styles.buttons}>
          <Button onClick={() => setEditing(true)}>Change my report</Button>
          <Text className={styles.secondary}>You can change it until it is triaged.</Text>
        </div>
      )}
      {isMine && !canTriage && editing && <ReporterEditForm key={entry.etag ?? ""} entry={entry} onSaved={saved} onDone={stopEditing} />}
      {canTriage && (
        <section className={styles.section} aria-labelledby="issue-triage">
          <Text as="h3" weight="semibold" id="issue-triage">
            {entry.source === "report" ? "Triage" : "Update"}
          </Text>
          <TriageForm key={`${entry.source}:${entry.itemId}`} entry={entry} rules={rules} onSaved={saved} onAlreadyTriaged={alreadyTriaged} />
        </section>
      )}
      {!canTriage && !isMine && entry.status !== "Resolved" && (
        <Text className={styles.secondary}>
          Information asset owners and managers and the data lead triage and resolve issues. To add something, <Link href={routeHref("quality", ["report"], { dataset: entry.dataset })}>report a problem</Link> and mention {referenceText(entry.reference)}.
        </Text>
      )}
      <section className={styles.section} aria-labelledby="issue-history">
        <Text as="h3" weight="semibold" id="issue-history">
          History
        </Text>
        <History entry={entry} />
      </section>
    </div>
  );
}
