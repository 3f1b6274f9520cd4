import { Badge, Button, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import { formatDate } from "../../../core/domain/format";
import { BarChart, LineChart } from "../../../core/ui/charts";
import { ScrollRegion } from "../../../core/ui/charts/ScrollRegion";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { ErrorState } from "../../../core/ui/states";
import type { MeasureView, SeriesView } from "../domain/assemble";
import { formatFor } from "../domain/measure";
import type { RecordedValue } from "../domain/recorded";
import { linePoints, sourceWords, writeValue } from "../domain/trend";
import { Facts, SafeLink, SampleBadge, useMeasuresStyles } from "./parts";
import { TargetBadge } from "./TargetBadge";

/** Who may do what on a measure, from the signed-in person. */
export interface MeasureAbilities {
  /** The data lead: targets, owners, any value. */
  keep: boolean;
  /** Values this person may fill in as the measure's owner (quarters opened for them). */
  ownValues: (measure: MeasureView) => RecordedValue[];
}

export interface MeasureActions {
  setTarget: (measure: MeasureView, series: SeriesView) => void;
  record: (measure: MeasureView, value: RecordedValue | null) => void;
  editMeasure: (measure: MeasureView) => void;
}

/** The chosen quarter's value, as far as it is known: computing, failed, or with where it comes from. */
function CurrentValue({ view }: { view: SeriesView }) {
  if (view.live?.status === "loading") return <Spinner size="tiny" label="Computing…" labelPosition="after" />;
  if (view.live?.status === "error") return <ErrorState error={view.live.error} />;
  const p = view.current;
  const when = p.source === "final" || p.source === "provisional" ? `, ${formatDate(p.takenOn)}` : "";
  return (
    <>
      <Text weight="semibold">{writeValue(p.value, view.series.unit)}</Text> <Text>({sourceWords(p).toLowerCase()}{when})</Text>
    </>
  );
}

function SeriesPanel({ measure, view, quarter, abilities, actions }: { measure: MeasureView; view: SeriesView; quarter: FinancialPeriod; abilities: MeasureAbilities; actions: MeasureActions }) {
  const styles = useMeasuresStyles();
  const s = view.series;
  const format = formatFor(s.unit);
  const target = view.target?.target ?? null;
  return (
    <div className={styles.series}>
      <div className={styles.toolbar}>
        <h3 className={styles.heading}>{s.label}</h3>
        <Badge appearance="outline" color={s.kind === "computed" ? "brand" : "informative"}>
          {s.kind === "computed" ? `Computed by ${s.source}` : "Recorded by hand"}
        </Badge>
        {view.target?.headline && (
          <Badge appearance="outline" color="informative">
            Headline on Home
          </Badge>
        )}
      </div>
      <Facts
        rows={[
          ["How it is measured here", s.method],
          ["Why by hand", s.kind === "recorded" ? measure.whyRecorded : null],
          [quarter.label, <CurrentValue key="value" view={view} />],
          ["Computed from", view.live?.status === "loading" ? null : view.current.basis || null],
          ["Target", target === null ? "None set yet" : <>{writeValue(target, s.unit)} <TargetBadge status={view.status} /></>],
          ["Why this target", view.target?.note || null],
          ["Direction of travel", view.direction.words],
        ]}
      />
      <LineChart title={`${s.label}: by quarter`} headingLevel={4} points={linePoints(view.points, target, s.better)} valueLabel={s.label} periodLabel="Quarter" format={format} height={200} />
      {view.breakdown.some((b) => b.value !== null) && (
        <BarChart title={`${s.label}, ${quarter.label}: in parts`} headingLevel={4} data={view.breakdown.map((b) => ({ label: b.label, value: b.value }))} categoryLabel="Part" valueLabel={s.label} format={format} />
      )}
      {abilities.keep && (
        <div className={styles.buttons}>
          <Button onClick={() => actions.setTarget(measure, view)} aria-label={`Set the target: ${s.label}`}>
            Set the target
          </Button>
        </div>
      )}
    </div>
  );
}

function RecordedValues({ measure, abilities, actions }: { measure: MeasureView; abilities: MeasureAbilities; actions: MeasureActions }) {
  const styles = useMeasuresStyles();
  const recorded = measure.series.find((s) => s.series.kind === "recorded");
  if (!recorded) return null;
  const own = abilities.ownValues(measure);
  const canCorrect = (v: RecordedValue) => abilities.keep || own.some((o) => o.id === v.id);
  const canRecord = abilities.keep || own.some((o) => o.value === null);
  const title = `Values recorded: ${recorded.series.label}`;
  return (
    <div className={styles.stack}>
      <div className={styles.toolbar}>
        <h4 className={styles.heading}>Values recorded by hand</h4>
        {canRecord && (
          <Button appearance="primary" onClick={() => actions.record(measure, null)} aria-label={`Record a value: ${measure.measure.title}`}>
            Record a value
          </Button>
        )}
      </div>
      {measure.recorded.length === 0 ? (
        <Text className={styles.meta}>Nothing recorded yet.</Text>
      ) : (
        <ScrollRegion label={title}>
          <Table size="small" aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Quarter</TableHeaderCell>
                <TableHeaderCell>Value</TableHeaderCell>
                <TableHeaderCell>Evidence</TableHeaderCell>
                <TableHeaderCell>Saved</TableHeaderCell>
                {(abilities.keep || own.length > 0) && <TableHeaderCell>Change</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {measure.recorded.map((v) => (
                <StaticTableRow key={v.id}>
                  <TableCell>{v.period}</TableCell>
                  <TableCell>{v.value === null ? `Open for ${v.owner?.name ?? "its owner"}` : writeValue(v.value, recorded.series.unit)}</TableCell>
                  <TableCell className={styles.cell}>
                    <Text className={styles.text}>{v.evidence}</Text> <SampleBadge text={v.evidence} />{" "}
                    <SafeLink href={v.link}>Evidence for {v.period}</SafeLink>
                  </TableCell>
                  <TableCell>
                    {v.savedBy ?? "Someone"}, {formatDate(v.savedOn)}
                  </TableCell>
                  {(abilities.keep || own.length > 0) && (
                    <TableCell>
                      {canCorrect(v) && (
                        <Button size="small" onClick={() => actions.record(measure, v)} aria-label={`${v.value === null ? "Fill in" : "Correct"} ${v.period}: ${measure.measure.title}`}>
                          {v.value === null ? "Fill in" : "Correct"} {v.period}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </StaticTableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  );
}

/** One strategy measure: its words quoted, its owner, and each of its figures with trend and target. */
export function MeasureSection({ measure, quarter, principleTitle, abilities, actions }: { measure: MeasureView; quarter: FinancialPeriod; principleTitle: string; abilities: MeasureAbilities; actions: MeasureActions }) {
  const styles = useMeasuresStyles();
  const m = measure.measure;
  const headingId = `measure-${m.key}`;
  return (
    <section className={styles.section} aria-labelledby={headingId} id={m.key}>
      <div className={styles.toolbar}>
        <h2 className={styles.heading} id={headingId}>
          {m.title}
        </h2>
        {abilities.keep && (
          <Button size="small" onClick={() => actions.editMeasure(measure)} aria-label={`Owner and what is recorded: ${m.title}`}>
            Owner and what is recorded
          </Button>
        )}
      </div>
      <figure className={styles.stack} style={{ margin: 0 }}>
        <blockquote className={styles.quote}>
          <Text as="p" className={styles.text}>
            {m.description}
          </Text>
        </blockquote>
        <figcaption>
          <Text size={200} className={styles.meta}>
            The strategy, {principleTitle}: How will we measure success?
          </Text>
        </figcaption>
      </figure>
      <Text>Owner: {m.owner?.name ?? "none named yet"}</Text>
      {measure.series.map((view) => (
        <SeriesPanel key={view.series.key} measure={measure} view={view} quarter={quarter} abilities={abilities} actions={actions} />
      ))}
      <RecordedValues measure={measure} abilities={abilities} actions={actions} />
    </section>
  );
}
