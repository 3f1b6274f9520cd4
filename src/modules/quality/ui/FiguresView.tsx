import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { useMemo } from "react";
import { formatNumber, plural } from "../../../core/domain/format";
import { ErrorState, Loading } from "../../../core/ui/states";
import { BarChart } from "../../../core/ui/charts";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import type { AsyncState } from "../../../core/ui/use-async";
import { auditTrends, rateText } from "../domain/log/audits";
import { monthLabel } from "../domain/log/dates";
import { byDimension, byService, daysText, openByAge, perMonth, resolutionStats, type ResolutionStats } from "../domain/log/figures";
import { QUALITY_FIGURES, type QualityData } from "../domain/strategy-figures";
import { useQualityStyles } from "./parts";

function StatsTable({ caption, first, stats }: { caption: string; first: string; stats: { overall: ResolutionStats; groups: ResolutionStats[] } }) {
  const styles = useQualityStyles();
  return (
    <div className={styles.tableScroll}>
      <Table size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{first}</TableHeaderCell>
            <TableHeaderCell>Resolved</TableHeaderCell>
            <TableHeaderCell>Mean</TableHeaderCell>
            <TableHeaderCell>Median</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...stats.groups, stats.overall].map((g) => (
            <StaticTableRow key={g.group}>
              <TableCell>{g.group}</TableCell>
              <TableCell>{formatNumber(g.resolved)}</TableCell>
              <TableCell>{daysText(g.meanDays)}</TableCell>
              <TableCell>{daysText(g.medianDays)}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The financial year so far (April to March), as the strategy measures report it. */
function financialYear(today: string) {
  const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  return { start: `${year}-04-01`, end: today, label: `${year}/${String(year + 1).slice(2)} so far` };
}

/**
 * The figures behind the log: reported and resolved per month, days to resolve per dimension and per
 * service, open issues by age, error rates per audited dataset, and the strategy measures this
 * module offers. Every figure is a table with a sentence saying what it shows.
 */
export default function FiguresView({ today, data }: { today: string; data: AsyncState<QualityData | null> & { reload: () => void } }) {
  const styles = useQualityStyles();
  const figures = useMemo(() => {
    if (data.status !== "ready" || !data.value) return null;
    const { entries, audits } = data.value;
    const period = financialYear(today);
    return {
      months: perMonth(entries, today, 12),
      dimensions: resolutionStats(entries, byDimension),
      services: resolutionStats(entries, byService),
      ages: openByAge(entries, today),
      trends: auditTrends(audits),
      period,
      measures: QUALITY_FIGURES.map((f) => ({ definition: f, figure: f.compute(data.value!, period) })),
    };
  }, [data, today]);
  if (data.status === "error") return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!figures) return <Loading label="Working out the figures…" />;
  const f = figures;
  const reported = f.months.reduce((n, m) => n + m.reported, 0);
  const resolved = f.months.reduce((n, m) => n + m.resolved, 0);
  const open = f.ages.reduce((n, a) => n + a.count, 0);
  const oldest = [...f.ages].reverse().find((a) => a.count > 0);

  return (
    <div className={styles.stack} data-testid="quality-figures">
      <section className={styles.section} aria-labelledby="figures-measures">
        <Title3 as="h2" id="figures-measures">
          Strategy measures, {f.period.label}
        </Title3>
        <div className={styles.tableScroll}>
          <Table size="small" aria-label="Strategy measures">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Measure</TableHeaderCell>
                <TableHeaderCell>Value</TableHeaderCell>
                <TableHeaderCell>How it was worked out</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {f.measures.map(({ definition, figure }) => (
                <StaticTableRow key={definition.id}>
                  <TableCell>{definition.label}</TableCell>
                  <TableCell>{figure.value === null ? "Not yet known" : definition.unit === "percent" ? `${figure.value}${definition.measureKey === "data-quality-m1" ? " per 100 records" : "%"}` : definition.unit === "days" ? daysText(figure.value) : formatNumber(figure.value)}</TableCell>
                  <TableCell>{figure.basis}</TableCell>
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="figures-months">
        <Title3 as="h2" id="figures-months">
          Reported and resolved, month by month
        </Title3>
        <Text>
          In the last 12 months {plural(reported, "issue")} {reported === 1 ? "was" : "were"} reported and {formatNumber(resolved)} resolved.
        </Text>
        <div className={styles.tableScroll}>
          <Table size="small" aria-label="Reported and resolved per month">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Month</TableHeaderCell>
                <TableHeaderCell>Reported</TableHeaderCell>
                <TableHeaderCell>Resolved</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {f.months.map((m) => (
                <StaticTableRow key={m.month}>
                  <TableCell>{monthLabel(m.month)}</TableCell>
                  <TableCell>{formatNumber(m.reported)}</TableCell>
                  <TableCell>{formatNumber(m.resolved)}</TableCell>
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="figures-resolve">
        <Title3 as="h2" id="figures-resolve">
          Days to resolve
        </Title3>
        <Text>
          Calendar days from the day a problem was reported to the day it was resolved (weekends and bank holidays count: it is how long the data stayed wrong). Issues closed as "won't fix" are left out. Overall: mean {daysText(f.dimensions.overall.meanDays)}, median {daysText(f.dimensions.overall.medianDays)}, over {plural(f.dimensions.overall.resolved, "resolved issue")}.
        </Text>
        <BarChart
          title="Median days to resolve, by dimension"
          data={f.dimensions.groups.map((g) => ({ label: g.group, value: g.medianDays === null ? null : Math.round(g.medianDays * 10) / 10 }))}
          categoryLabel="Dimension"
          valueLabel="Median days to resolve"
          noun="dimension"
          format={{ decimals: 1, unit: { singular: "day", plural: "days" } }}
        />
        <StatsTable caption="Days to resolve by dimension" first="Dimension" stats={f.dimensions} />
        <StatsTable caption="Days to resolve by service" first="Service" stats={f.services} />
      </section>

      <section className={styles.section} aria-labelledby="figures-age">
        <Title3 as="h2" id="figures-age">
          Open issues by age
        </Title3>
        <Text>
          {plural(open, "issue")} open, new reports included{oldest && open ? `; the oldest band with any is ${oldest.label.toLowerCase()}` : ""}.
        </Text>
        <BarChart title="Open issues by days since reported" data={f.ages.map((a) => ({ label: a.label, value: a.count }))} categoryLabel="Days since reported" valueLabel="Open issues" noun="age band" format={{ decimals: 0 }} tableInitiallyOpen />
      </section>

      <section className={styles.section} aria-labelledby="figures-audits">
        <Title3 as="h2" id="figures-audits">
          Error rate per audited dataset
        </Title3>
        <Text>
          {f.trends.length === 0
            ? "No audits recorded yet."
            : `${plural(f.trends.filter((t) => t.direction === "down").length, "dataset")} of ${formatNumber(f.trends.length)} show fewer errors at the latest audit than at the first; ${formatNumber(f.trends.filter((t) => t.direction === "up").length)} show more.`}
        </Text>
        {f.trends.length > 0 && (
          <div className={styles.tableScroll}>
            <Table size="small" aria-label="Error rate per audited dataset">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Dataset</TableHeaderCell>
                  <TableHeaderCell>Audits</TableHeaderCell>
                  <TableHeaderCell>First</TableHeaderCell>
                  <TableHeaderCell>Latest</TableHeaderCell>
                  <TableHeaderCell>Change</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {f.trends.map((t) => (
                  <StaticTableRow key={t.dataset}>
                    <TableCell>{t.dataset}</TableCell>
                    <TableCell>{t.points.length}</TableCell>
                    <TableCell>{rateText(t.points[0]!.rate)}</TableCell>
                    <TableCell>{rateText(t.latest)}</TableCell>
                    <TableCell>{t.change === null ? "One audit" : `${t.change <= 0 ? "−" : "+"}${(Math.round(Math.abs(t.change) * 10) / 10).toLocaleString("en-GB")} (${t.direction === "down" ? "fewer errors" : t.direction === "up" ? "more errors" : "level"})`}</TableCell>
                  </StaticTableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
