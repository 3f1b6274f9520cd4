import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { formatNumber } from "../../../core/domain/format";
import { recentPeriods } from "../../../core/domain/periods";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadOpens } from "../data/usage-data";
import type { PolicyDocument } from "../domain/document";
import { departmentOpensText, summariseOpens } from "../domain/usage";
import { useStyles } from "./parts";

const MONTHS = 12;

/** How often each document was opened from the hub in the last year, and from which departments; never who. */
export function UsageView({ docs }: { docs: readonly PolicyDocument[] }) {
  const styles = useStyles();
  const { sp } = useServices();
  const opens = useAsync(() => loadOpens(sp, recentPeriods(new Date(), MONTHS)), [sp]);
  if (opens.status === "loading") return <Loading label="Counting opens…" />;
  if (opens.status === "error") return <ErrorState error={opens.error} onRetry={opens.reload} />;
  const summary = summariseOpens(opens.value);
  const rows = docs.map((d) => ({ doc: d, usage: summary.get(d.id) })).filter((r) => r.usage);
  return (
    <section className={styles.stack} aria-labelledby="policies-use">
      <Text as="h2" size={500} weight="semibold" id="policies-use" className={styles.heading}>
        Opened from the hub, last {MONTHS} months
      </Text>
      <Text>Counts per month and department, never who. Anyone can add to these counters, so they show use and trends, not evidence of what a person or department did.</Text>
      {rows.length === 0 ? (
        <EmptyState title="No document has been opened from the hub yet." />
      ) : (
        <div className={styles.tableWrap}>
          <Table size="small" aria-label="Opens by document" style={{ minWidth: "28rem" }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Document</TableHeaderCell>
                <TableHeaderCell>Opens</TableHeaderCell>
                <TableHeaderCell>Departments (1–4 shown as a range)</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map(({ doc, usage }) => (
                <StaticTableRow key={doc.id}>
                  <TableCell>{doc.title}</TableCell>
                  <TableCell>{formatNumber(usage!.total)}</TableCell>
                  <TableCell>{usage!.byDepartment.map(([name, n]) => `${name}: ${departmentOpensText(n)}`).join("; ")}</TableCell>
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
