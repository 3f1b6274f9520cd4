import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Action } from "../domain/action";
import { type GroupSummary, summarise } from "../domain/summary";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tables: { display: "grid", gap: tokens.spacingHorizontalXL, gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 24rem), 1fr))" },
});

function SummaryTable({ caption, groups }: { caption: string; groups: GroupSummary[] }) {
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{caption.replace(/^Actions by /, "").replace(/^./, (c) => c.toUpperCase())}</TableHeaderCell>
          <TableHeaderCell>Actions</TableHeaderCell>
          <TableHeaderCell>Red</TableHeaderCell>
          <TableHeaderCell>Amber</TableHeaderCell>
          <TableHeaderCell>Green</TableHeaderCell>
          <TableHeaderCell>Complete</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((g) => (
          <StaticTableRow key={g.key}>
            <TableCell>{g.key}</TableCell>
            <TableCell>{g.total}</TableCell>
            <TableCell>{g.byRag.Red}</TableCell>
            <TableCell>{g.byRag.Amber}</TableCell>
            <TableCell>{g.byRag.Green}</TableCell>
            <TableCell>{g.byStatus.Complete}</TableCell>
          </StaticTableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Counts and RAG for the current view, by principle and by service: the managers' overview. */
export function ActionsSummary({ actions, principleTitle, today }: { actions: Action[]; principleTitle: (key: string | null) => string; today: Date }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const byPrinciple = useMemo(() => (open ? summarise(actions, (a) => principleTitle(a.principleKey), today) : []), [open, actions, principleTitle, today]);
  const byService = useMemo(() => (open ? summarise(actions, (a) => a.service ?? "No service", today).sort((a, b) => a.key.localeCompare(b.key, "en-GB")) : []), [open, actions, today]);
  return (
    <div className={styles.wrap}>
      <div>
        <Button appearance="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide summary" : "Show summary by principle and service"}
        </Button>
      </div>
      {open && (
        <div className={styles.tables}>
          <SummaryTable caption="Actions by principle" groups={byPrinciple} />
          <SummaryTable caption="Actions by service" groups={byService} />
          <Text size={200}>RAG: red is blocked or overdue; amber is not started after its start date, or due within 30 days and under half done; green is on track or complete.</Text>
        </div>
      )}
    </div>
  );
}
