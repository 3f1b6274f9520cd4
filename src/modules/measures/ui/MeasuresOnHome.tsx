import { Card, CardHeader, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { financialQuarterOf, londonDay, quartersUpTo } from "../../../core/domain/financial-quarters";
import { PRINCIPLES } from "../../../core/domain/principles";
import { Sparkline } from "../../../core/ui/charts/Sparkline";
import { ErrorState, Loading } from "../../../core/ui/states";
import { screenRead, useScreenRead } from "../../../core/ui/screen-read";
import { assemble, headlineOf, type PrincipleView, seriesFromSnapshots } from "../domain/assemble";
import { formatFor } from "../domain/measure";
import { linePoints, sourceWords, targetStatus, writeValue } from "../domain/trend";
import { loadMeasures, loadSnapshots, loadTargets, loadValues } from "../data/measures-data";
import { TargetBadge } from "./TargetBadge";
import { measuresHref, SampleBadge } from "./parts";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalM, "& > h2": { margin: 0 } },
  grid: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 16rem), 1fr))", listStyleType: "none", margin: 0, padding: 0 },
  card: { height: "100%" },
  meta: { color: tokens.colorNeutralForeground2 },
  valueRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
});

/** The headline figures over the last two years of quarters up to today. Not kept between visits (the views carry live state). */
const HEADLINES = screenRead("home.measures", async ({ sp }) => {
  const quarters = quartersUpTo(financialQuarterOf(londonDay(new Date())), HOME_QUARTERS);
  const since = quarters[0]!.start;
  const [measures, targets, snapshots, values] = await Promise.all([loadMeasures(sp), loadTargets(sp), loadSnapshots(sp, { since }), loadValues(sp, { since })]);
  return assemble({ principles: PRINCIPLES, measures, computed: seriesFromSnapshots(snapshots.items), targets, snapshots: snapshots.items, values: values.items, quarters, live: new Map() });
});

/** Started as soon as the person is signed in, before Home renders (module-pages.ts). */
export const readAheadOnHome = HEADLINES.readAhead;

/** Home: two years of quarters. */
const HOME_QUARTERS = 8;

function HeadlineCard({ view }: { view: PrincipleView }) {
  const styles = useStyles();
  const headline = headlineOf(view);
  const headingId = `headline-${view.principle.key}`;
  const latest = headline ? [...headline.series.points].reverse().find((p) => p.value !== null) : undefined;
  const s = headline?.series;
  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <CardHeader
        header={
          <Text as="h3" weight="semibold" size={400} id={headingId}>
            {view.principle.title}
          </Text>
        }
        description={headline ? <Text className={styles.meta}>{headline.measure.measure.title}</Text> : undefined}
      />
      {s && latest ? (
        <>
          {s.series.label !== headline!.measure.measure.title && (
            <Text>
              {s.series.label} <SampleBadge text={s.series.label} />
            </Text>
          )}
          {/* A sample value (local mode) says so, whatever the figure's label. */}
          <div className={styles.valueRow}>
            <Text className={styles.value}>{writeValue(latest.value, s.series.unit)}</Text>
            <SampleBadge text={latest.basis} />
          </div>
          <Text size={200} className={styles.meta}>
            {latest.period.label}, {sourceWords(latest).toLowerCase()}
          </Text>
          {s.target?.target !== null && s.target?.target !== undefined && (
            <Text>
              Target {writeValue(s.target.target, s.series.unit)} <TargetBadge status={targetStatus(latest.value, s.target.target, s.series.better)} />
            </Text>
          )}
          <Text>{s.direction.words}</Text>
          <Sparkline points={linePoints(s.points, s.target?.target ?? null, s.series.better)} label={s.series.label} format={formatFor(s.series.unit)} target={s.target?.target ?? null} maxWidth={220} />
        </>
      ) : (
        <Text>No figure kept yet. Figures are kept each quarter on the measures page.</Text>
      )}
      <Link href={measuresHref([view.principle.key])}>The measures for {view.principle.title.toLowerCase()}</Link>
    </Card>
  );
}

/**
 * Home's lead: one headline figure per principle with its trend over quarters. It reads only what was
 * kept (the quarters' snapshots and the values recorded by hand, from two years back, on indexed
 * columns) with the measures and targets, so Home never computes a module's figures.
 */
export default function MeasuresOnHome() {
  const styles = useStyles();
  const state = useScreenRead(HEADLINES);
  return (
    <section aria-labelledby="headline-measures-heading" className={styles.section}>
      <div className={styles.header}>
        <Text as="h2" size={500} weight="semibold" id="headline-measures-heading">
          How the strategy is going
        </Text>
        <Link href={measuresHref([])}>All the strategy's measures</Link>
      </div>
      {state.status === "loading" && <Loading label="Loading the strategy's headline figures…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.status === "ready" && (
        <ul className={styles.grid}>
          {state.value.map((view) => (
            <li key={view.principle.key}>
              <HeadlineCard view={view} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
