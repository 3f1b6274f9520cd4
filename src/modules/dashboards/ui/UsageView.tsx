import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { formatNumber } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadUsage } from "../data/usage-data";
import type { Dashboard } from "../domain/dashboard";
import { departmentCountText, recentPeriods, SMALL_COUNT, summariseUsage } from "../domain/usage";

const MONTHS = 6;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroller: { overflowX: "auto" },
  note: { color: tokens.colorNeutralForeground2 },
});

const monthLabel = (period: string) => new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${period}-15T00:00:00Z`));

/** Which dashboards are opened, and by which departments: counts only, never who. */
export function UsageView({ dashboards }: { dashboards: Dashboard[] }) {
  const styles = useStyles();
  const { sp } = useServices();
  const periods = useMemo(() => recentPeriods(new Date(), MONTHS), []);
  const usage = useAsync(async () => summariseUsage(await loadUsage(sp, periods)), [sp, periods]);

  return (
    <div className={styles.page}>
      <Link href={routeHref("dashboards")}>
        <ArrowLeft20Regular aria-hidden /> All dashboards
      </Link>
      <Title2 as="h1">How dashboards are used</Title2>
      <Text as="p">
        Times each dashboard was opened in the last {MONTHS} months, by department. Data Hub counts opens per dashboard, department and month; it keeps no record of who opened what.
      </Text>
      {usage.status === "loading" && <Loading label="Counting dashboard opens…" />}
      {usage.status === "error" && <ErrorState error={usage.error} onRetry={usage.reload} />}
      {usage.status === "ready" && (
        <>
          <div className={styles.scroller}>
            <Table aria-label="Dashboard opens by month">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Dashboard</TableHeaderCell>
                  {periods.map((p) => (
                    <TableHeaderCell key={p} scope="col">
                      {monthLabel(p)}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col">Total</TableHeaderCell>
                  <TableHeaderCell scope="col">By department</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...dashboards]
                  .sort((a, b) => (usage.value.get(b.id)?.total ?? 0) - (usage.value.get(a.id)?.total ?? 0) || a.title.localeCompare(b.title, "en-GB"))
                  .map((d) => {
                    const u = usage.value.get(d.id);
                    return (
                      <TableRow key={d.id}>
                        <TableCell>
                          <Link href={routeHref("dashboards", [String(d.id)])}>{d.title}</Link>
                        </TableCell>
                        {periods.map((p) => (
                          <TableCell key={p}>{formatNumber(u?.byPeriod[p] ?? 0)}</TableCell>
                        ))}
                        <TableCell>{formatNumber(u?.total ?? 0)}</TableCell>
                        <TableCell>{u ? u.byDepartment.map((x) => `${x.department}: ${departmentCountText(x.opens)}`).join("; ") : "Not opened"}</TableCell>
                      </TableRow>
                    );
                  })}
              </TableBody>
            </Table>
          </div>
          <Text as="p" size={200} className={styles.note}>
            Department counts from 1 to {SMALL_COUNT} are shown as a range: in a small team, an exact count could point at a person.
          </Text>
        </>
      )}
    </div>
  );
}
