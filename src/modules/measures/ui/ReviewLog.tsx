import { Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { londonDay } from "../../../core/domain/financial-quarters";
import { formatDate, plural } from "../../../core/domain/format";
import { ScrollRegion } from "../../../core/ui/charts/ScrollRegion";
import { useAnnounce } from "../../../core/ui/announcer";
import { useServices } from "../../../core/ui/services";
import { SideDrawer } from "../../../core/ui/SideDrawer";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { MEASURES_CAPABILITIES } from "../capabilities";
import type { ReviewEntry } from "../domain/review-log";
import { loadReviews } from "../data/measures-data";
import { ReviewForm } from "./forms";
import { measuresHref, SafeLink, useMeasuresStyles } from "./parts";

/**
 * The strategy's review log: when it was reviewed and what changed in it, so "Track the number of
 * updates" (Adaptability of the Data Strategy) is answered. The data lead logs and corrects reviews.
 */
export function ReviewLog() {
  const styles = useMeasuresStyles();
  const { sp, capabilities } = useServices();
  const canKeep = capabilities.has(MEASURES_CAPABILITIES.keep);
  const today = useMemo(() => londonDay(new Date()), []);
  const state = useAsync(() => loadReviews(sp), [sp]);
  const [entries, setEntries] = useState<ReviewEntry[] | null>(null);
  const [editing, setEditing] = useState<{ entry: ReviewEntry | null } | null>(null);
  const announce = useAnnounce();
  useEffect(() => setEntries(state.status === "ready" ? state.value.items : null), [state]);
  const changed = entries?.filter((e) => e.strategyChanged).length ?? 0;

  return (
    <div className={styles.page}>
      <div className={styles.stack}>
        <Link href={measuresHref([])}>Back to the measures</Link>
        <h1 className={styles.heading}>The strategy's review log</h1>
        <Text as="p">“Review and adapt the data strategy quarterly or annually to incorporate new data sources, technologies, and objectives. Track the number of updates and their effectiveness in meeting evolving organisational needs.”</Text>
      </div>
      {canKeep && (
        <div className={styles.toolbar}>
          <Button appearance="primary" onClick={() => setEditing({ entry: null })}>
            Log a review
          </Button>
        </div>
      )}
      {state.status === "loading" && <Loading label="Loading the review log…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {entries && entries.length === 0 && <EmptyState title="No reviews logged yet">{canKeep ? "Log the strategy's first review when it has happened." : "The data lead logs each review of the strategy here."}</EmptyState>}
      {entries && entries.length > 0 && (
        <>
          <Text>
            {plural(entries.length, "review")} logged; {changed} changed the strategy.
          </Text>
          <ScrollRegion label="Reviews of the strategy">
            <Table size="small" aria-label="Reviews of the strategy">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Date</TableHeaderCell>
                  <TableHeaderCell>Review</TableHeaderCell>
                  <TableHeaderCell>What changed in the strategy</TableHeaderCell>
                  <TableHeaderCell>Strategy changed</TableHeaderCell>
                  {canKeep && <TableHeaderCell>Change</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map((entry) => (
                  <StaticTableRow key={entry.id}>
                    <TableCell>{formatDate(`${entry.date}T12:00:00Z`)}</TableCell>
                    <TableCell className={styles.cell}>
                      {entry.title}
                      <Text block size={200} className={styles.meta}>
                        {entry.kind}
                        {entry.recordedBy ? `, logged by ${entry.recordedBy}` : ""}
                      </Text>
                      <SafeLink href={entry.link}>Papers for {entry.title}</SafeLink>
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <Text className={styles.text}>{entry.changes}</Text>
                    </TableCell>
                    <TableCell>{entry.strategyChanged ? "Yes" : "No"}</TableCell>
                    {canKeep && (
                      <TableCell>
                        <Button size="small" onClick={() => setEditing({ entry })} aria-label={`Correct: ${entry.title}`}>
                          Correct
                        </Button>
                      </TableCell>
                    )}
                  </StaticTableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
      <SideDrawer open={editing !== null} title={editing?.entry ? `Correct: ${editing.entry.title}` : "Log a review of the strategy"} onClose={() => setEditing(null)}>
        {editing && (
          <ReviewForm
            entry={editing.entry}
            today={today}
            onCancel={() => setEditing(null)}
            onSaved={(entry) => {
              setEntries((current) => [entry, ...(current ?? []).filter((e) => e.id !== entry.id)].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id));
              announce(`Logged: ${entry.title}, ${formatDate(`${entry.date}T12:00:00Z`)}.`);
              setEditing(null);
            }}
          />
        )}
      </SideDrawer>
    </div>
  );
}
