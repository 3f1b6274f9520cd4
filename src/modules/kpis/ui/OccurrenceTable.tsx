import { Badge, Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import { ListLink } from "../../../core/ui/ListLink";
import { routeHref } from "../../../core/ui/router";
import { type CalendarDate, formatCalendarDate } from "../domain/calendar-date";
import { type OccurrenceStatus, stateWords } from "../domain/occurrence-state";
import type { StoredSubmission } from "../domain/return-records";
import { StateBadge } from "./StateBadge";
import { SubmitDialog } from "./SubmitDialog";
import { useKpiStyles } from "./styles";
import type { Viewer } from "./use-viewer";

export interface OccurrenceTableProps {
  label: string;
  occurrences: readonly OccurrenceStatus[];
  submissions: readonly StoredSubmission[];
  today: CalendarDate;
  viewer: Viewer;
  ownerName: (owner: string | null) => string;
  /** Hide the return's name (on the return's own page). */
  hideReturn?: boolean;
  onSaved: (saved: StoredSubmission, announcement?: string) => void;
}

/** Who may mark a deadline met: the return's owner and the data lead (SharePoint checks the save too). */
const canMark = (o: OccurrenceStatus, viewer: Viewer) => viewer.isStaff && (viewer.canManage || (viewer.me !== null && o.owner === viewer.me));
/** Who may correct a record: whoever recorded it, and the data lead. */
const canCorrect = (s: StoredSubmission, viewer: Viewer) => viewer.canManage || (viewer.meId !== null && s.recordedById === viewer.meId);

/**
 * Deadlines as a table: when, what, to whom, whose, where it stands (word, icon and colour), and the
 * owner's button to mark it submitted or correct the record. Check-the-date and moved dates say so.
 */
export function OccurrenceTable({ label, occurrences, submissions, today, viewer, ownerName, hideReturn, onSaved }: OccurrenceTableProps) {
  const styles = useKpiStyles();
  const [open, setOpen] = useState<{ occurrence: OccurrenceStatus; existing: StoredSubmission | null } | null>(null);
  const byKey = useMemo(() => new Map(submissions.map((s) => [s.occurrenceKey, s])), [submissions]);
  const headers = ["Deadline", hideReturn ? "Stage and period" : "Return or publication", "Recipient", "Owner", "Where it stands", ""];
  return (
    <>
      <div className={styles.scroller} role="region" aria-label={label} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.srOnly}>{label}</caption>
          <thead>
            <tr>
              {headers.map((h, i) => (
                <th key={h || i} scope="col" className={styles.th}>
                  {h || <span className={styles.srOnly}>Actions</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {occurrences.map((o) => {
              const record = byKey.get(o.key) ?? null;
              const name = hideReturn ? `${o.stageName ? `${o.stageName}, ` : ""}${o.period.label}` : `${o.returnName}${o.stageName ? `: ${o.stageName}` : ""}`;
              return (
                <tr key={o.key}>
                  <td className={mergeClasses(styles.td, styles.nowrap)}>
                    {formatCalendarDate(o.deadline)}
                    {o.fromOverride && o.ruleDeadline !== o.deadline && (
                      <>
                        <br />
                        <Text size={200} className={styles.secondary}>
                          moved from {formatCalendarDate(o.ruleDeadline)}
                        </Text>
                      </>
                    )}
                  </td>
                  <th scope="row" className={mergeClasses(styles.td, styles.name, styles.rowHeader)}>
                    {hideReturn ? name : <Link href={routeHref("kpis", ["return", o.returnKey])}>{name}</Link>}
                    {!hideReturn && (
                      <>
                        <br />
                        <Text size={200} className={styles.secondary}>
                          {o.period.label}
                          {o.statutory ? ", statutory" : ""}
                        </Text>
                      </>
                    )}
                  </th>
                  <td className={styles.td}>{o.recipient ?? "Not set"}</td>
                  <td className={styles.td}>{ownerName(o.owner)}</td>
                  <td className={mergeClasses(styles.td, styles.nowrap)}>
                    <div className={styles.plainList}>
                      <StateBadge state={o.state} words={stateWords(o, today)} />
                      {o.checkTheDate && !o.submittedOn && (
                        <Badge appearance="outline" color="important">
                          Check the date
                        </Badge>
                      )}
                      {o.submittedOn && (
                        <Text size={200}>
                          {formatCalendarDate(o.submittedOn)}
                          {o.link && safeLinkUrl(o.link) ? (
                            <>
                              {" · "}
                              <ListLink url={o.link}>
                                Link
                                <span className={styles.srOnly}> to {name}</span>
                              </ListLink>
                            </>
                          ) : o.link ? (
                            ` · ${o.link}`
                          ) : null}
                        </Text>
                      )}
                    </div>
                  </td>
                  <td className={mergeClasses(styles.td, styles.nowrap)}>
                    {/* One button in one place, so after marking it becomes "Correct" and keeps the focus the dialog returns to it. */}
                    {(record ? canCorrect(record, viewer) : canMark(o, viewer)) && (
                      <Button
                        size="small"
                        appearance={record ? "subtle" : "secondary"}
                        onClick={() => setOpen({ occurrence: o, existing: record })}
                        aria-label={record ? `Correct the submission: ${name}, ${o.period.label}` : `Mark submitted: ${name}, ${o.period.label}`}
                      >
                        {record ? "Correct" : "Mark submitted"}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open && (
        <SubmitDialog
          occurrence={open.occurrence}
          existing={open.existing}
          today={today}
          meId={viewer.meId}
          onFound={(current) => onSaved(current)}
          onSaved={(saved, announcement) => {
            setOpen(null);
            onSaved(saved, announcement);
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

