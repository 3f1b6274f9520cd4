import { makeStyles, tokens } from "@fluentui/react-components";
import { BarChart, BoxPlotChart, DumbbellChart, HeatMap, LineChart, Sparkline } from "../../../src/core/ui/charts";
import { KPI_POINTS, LEVELS, MATURITY_BOXES, MATURITY_MATRIX, MONTHLY_OPENS, PERCENT_FORMAT, ROUND_CHANGE, SCORE_FORMAT, TRAINING_BARS } from "./demo-data";

const useStyles = makeStyles({
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL, padding: tokens.spacingHorizontalL, maxWidth: "960px" },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, maxWidth: "20rem" },
});

const levelTick = (v: number) => (Number.isInteger(v) && v >= 1 && v <= 5 ? `${v} ${LEVELS[v - 1]}` : String(v));

/** Every chart of the kit once, with sample data, for the browser test and for looking at. */
export default function Demo() {
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <h1>Chart kit</h1>
      <section data-chart="box">
        <BoxPlotChart title="Maturity by topic, Round 2" headingLevel={2} data={MATURITY_BOXES} noun="team" categoryLabel="Topic" format={SCORE_FORMAT} domain={[1, 5]} tickLabel={levelTick} axisTitle="Score, 1 Beginning to 5 Mastering" overall={{ median: 2.5, count: 64 }} />
      </section>
      <section data-chart="line">
        <LineChart title="Invoices paid within 30 days" headingLevel={2} points={KPI_POINTS} valueLabel="Paid within 30 days" periodLabel="Quarter" format={PERCENT_FORMAT} domain={[70, 100]} />
      </section>
      <section data-chart="bar">
        <BarChart title="Training completion by course" headingLevel={2} data={TRAINING_BARS} categoryLabel="Course" valueLabel="Completion" noun="course" format={PERCENT_FORMAT} target={75} domain={[0, 100]} axisTitle="Completed (%)" />
      </section>
      <section data-chart="columns">
        <BarChart title="Dashboard opens by month" headingLevel={2} data={MONTHLY_OPENS} categoryLabel="Month" valueLabel="Opens" noun="month" orientation="vertical" />
      </section>
      <section data-chart="heat">
        <HeatMap title="Median score by topic and theme" headingLevel={2} data={MATURITY_MATRIX} rowLabel="Topic" format={SCORE_FORMAT} domain={[1, 5]} />
      </section>
      <section data-chart="dumbbell">
        <DumbbellChart title="Change between rounds" headingLevel={2} data={ROUND_CHANGE} beforeLabel="Round 1" afterLabel="Round 2" categoryLabel="Topic" noun="topic" format={SCORE_FORMAT} domain={[1, 5]} />
      </section>
      <section data-chart="sparkline" className={styles.card}>
        <h2>Invoices paid on time</h2>
        <Sparkline points={KPI_POINTS} label="Invoices paid within 30 days" format={PERCENT_FORMAT} target={92} showSummary />
      </section>
      <section data-chart="sparkline-bare" className={styles.card}>
        <h2>Opens</h2>
        <Sparkline points={MONTHLY_OPENS.map((m) => ({ period: m.label, value: m.value }))} label="Dashboard opens by month" />
      </section>
    </main>
  );
}
