import { Button, Link, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { plural } from "../../../core/domain/format";
import { Sparkline } from "../../../core/ui/charts";
import { ScrollRegion } from "../../../core/ui/charts/ScrollRegion";
import { downloadCsv } from "../../../core/ui/download";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { ErrorState, Loading } from "../../../core/ui/states";
import type { PrincipleView, SeriesView } from "../domain/assemble";
import { formatFor } from "../domain/measure";
import { coverage, reviewCsv, reviewFileName, reviewRows } from "../domain/review";
import { linePoints, writeValue } from "../domain/trend";
import { TargetBadge } from "./TargetBadge";
import { measuresHref, useMeasuresStyles } from "./parts";
import { KeepNowButton, QuarterChoice, ScreenNotices } from "./ScreenParts";
import { type MeasuresScreen, useMeasuresScreen } from "./use-measures-screen";

function ValueCell({ view }: { view: SeriesView }) {
  if (view.live?.status === "loading") return <Spinner size="tiny" label="Computing…" labelPosition="after" />;
  if (view.live?.status === "error") return <Text>Could not be computed</Text>;
  return <Text weight="semibold">{writeValue(view.current.value, view.series.unit)}</Text>;
}

function PrincipleTable({ view, screen }: { view: PrincipleView; screen: MeasuresScreen }) {
  const styles = useMeasuresStyles();
  const { quarter } = screen;
  const params = screen.isCurrent ? undefined : { quarter: quarter.label };
  const counts = coverage(view, quarter);
  const headingId = `principle-${view.principle.key}`;
  const caption = `${view.principle.title}: measures in ${quarter.label}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.toolbar}>
        <h2 className={styles.heading} id={headingId}>
          {view.principle.title}
        </h2>
        <Link href={measuresHref([view.principle.key], params)}>Open the measures for {view.principle.title.toLowerCase()}</Link>
      </div>
      <Text>
        {plural(view.measures.length, "measure")}; {counts.withValue} of {plural(counts.figures, "figure")} with a value in {quarter.label}
        {counts.withTarget ? `; ${counts.targetsMet} of ${counts.withTarget} targets met` : ""}.
      </Text>
      <ScrollRegion label={caption}>
        <Table size="small" aria-label={caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Measure</TableHeaderCell>
              <TableHeaderCell>Figure</TableHeaderCell>
              <TableHeaderCell>{quarter.label}</TableHeaderCell>
              <TableHeaderCell>Target</TableHeaderCell>
              <TableHeaderCell>Direction of travel</TableHeaderCell>
              <TableHeaderCell>Trend</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.measures.flatMap((measure) =>
              measure.series.map((s, i) => (
                <StaticTableRow key={s.series.key}>
                  <TableCell className={styles.cell}>{i === 0 ? <Link href={measuresHref([view.principle.key], { ...params, measure: measure.measure.key })}>{measure.measure.title}</Link> : <Text className={styles.meta}>{measure.measure.title} (continued)</Text>}</TableCell>
                  <TableCell className={styles.cell}>
                    {s.series.label === measure.measure.title ? null : s.series.label}
                    <Text block size={200} className={styles.meta}>
                      {s.series.kind === "computed" ? `Computed by ${s.series.source}` : "Recorded by hand"}
                    </Text>
                  </TableCell>
                  <TableCell>
                    <ValueCell view={s} />
                  </TableCell>
                  <TableCell>
                    {s.target?.target === null || s.target?.target === undefined ? "None set" : writeValue(s.target.target, s.series.unit)} <TargetBadge status={s.status} />
                  </TableCell>
                  <TableCell className={styles.cell}>{s.direction.words}</TableCell>
                  <TableCell>
                    <Sparkline points={linePoints(s.points, s.target?.target ?? null, s.series.better)} label={s.series.label} format={formatFor(s.series.unit)} target={s.target?.target ?? null} maxWidth={120} />
                  </TableCell>
                </StaticTableRow>
              )),
            )}
          </TableBody>
        </Table>
      </ScrollRegion>
    </section>
  );
}

/** Every principle's measures at a glance for a quarter, with the way to each principle's page, the review and the log. */
export function Overview({ quarterParam }: { quarterParam: string | null }) {
  const styles = useMeasuresStyles();
  const screen = useMeasuresScreen(undefined, quarterParam);
  const { views, state, quarter, pendingModules } = screen;
  return (
    <div className={styles.page}>
      <div className={styles.stack}>
        <h1 className={styles.heading}>Strategy measures</h1>
        <Text as="p">
          Every principle of the strategy ends with “How will we measure success?”. Here is each of those measures: computed from the hub's own lists where a module holds the data, recorded by hand with its evidence where
          not, and kept every quarter so the trend survives later edits.
        </Text>
      </div>
      <div className={styles.toolbar}>
        <QuarterChoice screen={screen} rest={[]} />
        <KeepNowButton screen={screen} />
        <Button
          disabledFocusable={!views || pendingModules > 0}
          onClick={() => views && downloadCsv(reviewFileName(quarter), reviewCsv(reviewRows(views, [quarter])))}
        >
          Download {quarter.label} as CSV
        </Button>
        <Link href={measuresHref(["review"], { period: quarter.label })}>Strategy review</Link>
        <Link href={measuresHref(["log"])}>Review log</Link>
      </div>
      <ScreenNotices screen={screen} />
      {state.status === "loading" && <Loading label="Loading the measures…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {views?.map((view) => (
        <PrincipleTable key={view.principle.key} view={view} screen={screen} />
      ))}
    </div>
  );
}
