import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { downloadCsv } from "../../../../core/ui/download";
import { plural } from "../../../../core/domain/format";
import { navigate, routeHref } from "../../../../core/ui/router";
import { ErrorState } from "../../../../core/ui/states";
import { StaticTableRow } from "../../../../core/ui/StaticTableRow";
import { logCsv } from "../../domain/log/export";
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from "../../domain/log/issue";
import type { TargetRule } from "../../domain/log/targets";
import { countBy, type LogFilters, logFiltersToParams, type LogViewer, matchesLog, sortLog } from "../../domain/log/views";
import { useQualityStyles } from "../parts";
import { IssuesTable } from "./IssuesTable";
import { LogToolbar } from "./LogToolbar";
import type { LogState } from "./use-log";

export interface LogViewProps {
  filters: LogFilters;
  log: LogState;
  viewer: LogViewer;
  rules: readonly TargetRule[];
  today: string;
}

/** The counts behind "by dataset" and "by dimension": each group a link that narrows the list to it. */
function GroupCounts({ filters, log, rules, today, by }: LogViewProps & { by: "dataset" | "dimension" }) {
  const styles = useQualityStyles();
  const groups = countBy(log.entries, (e) => (by === "dataset" ? e.dataset : (e.dimension ?? "")), rules, today);
  const label = (key: string) => (by === "dimension" ? (DIMENSION_LABELS[key as Dimension] ?? "No dimension") : key || "No dataset");
  const caption = by === "dataset" ? "Issues by dataset" : "Issues by dimension";
  return (
    <div className={styles.tableScroll}>
      <Table size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{by === "dataset" ? "Dataset" : "Dimension"}</TableHeaderCell>
            <TableHeaderCell>Open</TableHeaderCell>
            <TableHeaderCell>Overdue</TableHeaderCell>
            <TableHeaderCell>All</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((g) => (
            <StaticTableRow key={g.key}>
              <TableCell>
                <Link href={routeHref("quality", [], logFiltersToParams({ ...filters, ...(by === "dataset" ? { dataset: g.key } : (DIMENSIONS as readonly string[]).includes(g.key) ? { dimension: g.key as Dimension } : {}) }))}>{label(g.key)}</Link>
              </TableCell>
              <TableCell>{g.open}</TableCell>
              <TableCell>{g.overdue}</TableCell>
              <TableCell>{g.total}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The log: one view at a time (mine, my service, open by age, overdue, by dataset, by dimension), filtered, searchable, exportable. */
export function LogView(props: LogViewProps) {
  const { filters, log, viewer, rules, today } = props;
  const styles = useQualityStyles();
  const params = logFiltersToParams(filters);
  const visible = useMemo(
    () => sortLog(log.entries.filter((e) => matchesLog(e, filters, viewer, rules, today)), filters.view),
    [log.entries, filters, viewer, rules, today],
  );
  const datasets = useMemo(() => [...new Set([...log.entries.map((e) => e.dataset), ...(filters.dataset ? [filters.dataset] : [])])].filter(Boolean).sort((a, b) => a.localeCompare(b, "en-GB")), [log.entries, filters.dataset]);
  const setFilters = (next: LogFilters, options?: { replace?: boolean }) => navigate(routeHref("quality", [], logFiltersToParams(next)), options);

  return (
    <div className={styles.stack}>
      <LogToolbar filters={filters} datasets={datasets} onChange={setFilters} onExport={() => downloadCsv(`data-quality-log-${today}.csv`, logCsv(visible, rules, today))} canExport={!log.loading && visible.length > 0} />
      <Text role="status" aria-live="polite" className={styles.secondary}>
        {log.loading ? `Loading the log… ${plural(log.entries.length, "issue")} so far` : `Showing ${plural(visible.length, "issue")}`}
      </Text>
      {log.error !== null && <ErrorState error={log.error} onRetry={log.reload} />}
      {!log.loading && (filters.view === "dataset" || filters.view === "dimension") && <GroupCounts {...props} by={filters.view} />}
      {visible.length > 0 ? (
        <IssuesTable entries={visible} rules={rules} today={today} params={params} showAge={filters.view === "age"} />
      ) : (
        !log.loading && log.error === null && <Text as="p">No issues match this view. Try another view or clear the filters.</Text>
      )}
    </div>
  );
}
