import { Link, Text, Title2 } from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { httpStatusOf } from "../../../core/data/concurrency";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { getDashboard } from "../../dashboards";
import { getTermsByKeys } from "../../dictionary";
import { type KpiPageData, loadKpi } from "../data/kpi-data";
import { type CalendarDate, formatCalendarDate } from "../domain/calendar-date";
import type { StoredValue } from "../domain/kpi-records";
import { periodsToShow, summariseKpi } from "../domain/kpi-series";
import { frequencyWords, latestWords, polarityWords, toleranceWords, valueDueWords } from "../domain/kpi-words";
import { periodFromKey } from "../domain/periods";
import { kindWords, periodsLookedBack } from "../domain/register-views";
import { KpiChart } from "./KpiChart";
import { KpiRagBadge } from "./KpiRagBadge";
import { TargetsSection } from "./TargetsSection";
import { useKpiStyles } from "./styles";
import { useViewer } from "./use-viewer";
import { ValueForm } from "./ValueForm";
import { ValuesTable } from "./ValuesTable";

/** The dictionary's definition, read through its public face, or an honest "not defined yet". */
function Definition({ termKey, kpiName }: { termKey: string | null; kpiName: string }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const term = useAsync(async () => (termKey ? ((await getTermsByKeys(sp, [termKey]))[0] ?? null) : null), [sp, termKey]);
  if (!termKey)
    return (
      <Text as="p">
        Not yet defined in the data dictionary. <Link href={routeHref("dictionary", ["propose"], { title: kpiName.replace(/\s*\(sample\)$/, "") })}>Suggest a definition</Link>, so the KPI and its term never disagree.
      </Text>
    );
  if (term.status === "loading") return <Text as="p">Loading the definition from the data dictionary…</Text>;
  if (term.status === "error") return <ErrorState error={term.error} onRetry={term.reload} />;
  if (!term.value) return <Text as="p">The data dictionary has no term “{termKey}”: the data lead should link this KPI to its term again.</Text>;
  return (
    <figure className={styles.quote} aria-label={`Definition of ${term.value.title}`}>
      <blockquote style={{ margin: 0 }}>
        <Text as="p" style={{ whiteSpace: "pre-wrap" }}>
          {term.value.definition}
        </Text>
      </blockquote>
      <figcaption>
        <Text size={200}>
          From the data dictionary: <Link href={routeHref("dictionary", [term.value.key])}>{term.value.title}</Link>
          {term.value.status !== "Approved" ? ` (${term.value.status.toLowerCase()})` : ""}
        </Text>
      </figcaption>
    </figure>
  );
}

/** The Power BI report that shows the KPI, from the dashboards catalogue. */
function DashboardLink({ id }: { id: number | null }) {
  const { sp } = useServices();
  const dashboard = useAsync(async () => {
    if (id === null) return null;
    try {
      return await getDashboard(sp, id);
    } catch (error) {
      if (httpStatusOf(error) === 404) return undefined;
      throw error;
    }
  }, [sp, id]);
  if (id === null) return <>None linked</>;
  if (dashboard.status === "loading") return <>Loading…</>;
  if (dashboard.status === "error") return <>Could not be read from the catalogue</>;
  if (!dashboard.value) return <>No longer in the catalogue (item {id})</>;
  return <Link href={routeHref("dashboards", [String(id)])}>{dashboard.value.title}</Link>;
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const styles = useKpiStyles();
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function KpiBody({ data, today, onChanged }: { data: KpiPageData; today: CalendarDate; onChanged: () => void }) {
  const styles = useKpiStyles();
  const viewer = useViewer();
  const [values, setValues] = useState<StoredValue[]>(data.values);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => setValues(data.values), [data.values]);
  const { kpi } = data;
  const targets = useMemo(() => [...data.targets].sort((a, b) => periodFromKey(a.from).index - periodFromKey(b.from).index), [data.targets]);
  const history = useMemo(() => summariseKpi(kpi, values, today, periodsToShow(kpi, values, today)), [kpi, values, today]);
  // The headline trend looks back as far as the register's, so both say the same.
  const headline = useMemo(() => summariseKpi(kpi, values, today, periodsLookedBack(kpi.frequency)), [kpi, values, today]);
  const canEnter = viewer.canManage || (viewer.me !== null && viewer.me === kpi.owner);
  const upsert = (saved: StoredValue) => setValues((vs) => [...vs.filter((v) => v.id !== saved.id && v.period !== saved.period), saved]);

  return (
    <>
      <section className={styles.stack} aria-labelledby="definition-heading">
        <Text as="h2" size={500} weight="semibold" id="definition-heading">
          What it measures
        </Text>
        <Definition termKey={kpi.termKey} kpiName={kpi.name} />
        <Facts
          rows={[
            ["Kind", kindWords(kpi)],
            ["Service", kpi.service ?? "Not set"],
            ["Owner", kpi.ownerName ?? "No owner yet"],
            ["Unit", kpi.unit || "A count"],
            ["Better", polarityWords(kpi.polarity)],
            ["Reported", frequencyWords(kpi.frequency)],
            ["Values due", valueDueWords(kpi.valueDue)],
            ["Entries timed from", kpi.trackedFrom ? formatCalendarDate(kpi.trackedFrom) : "Always"],
            ["Amber", toleranceWords(kpi.tolerance, kpi.unit)],
            ["Power BI report", <DashboardLink key="dashboard" id={kpi.dashboardId} />],
          ]}
        />
      </section>
      <section className={styles.stack} aria-labelledby="latest-heading">
        <Text as="h2" size={500} weight="semibold" id="latest-heading">
          Latest
        </Text>
        <div className={styles.actions}>
          <KpiRagBadge rag={headline.rag} />
          <Text>{latestWords(headline.latest, kpi.unit)}</Text>
        </div>
        <Text>
          Trend: {headline.trend.words}.{headline.late ? ` ${headline.late} of its values were entered late.` : ""}
          {headline.missing ? ` ${headline.missing} ${headline.missing === 1 ? "period's value is" : "periods' values are"} missing.` : ""}
        </Text>
      </section>
      <section className={styles.stack} aria-labelledby="values-heading">
        <Text as="h2" size={500} weight="semibold" id="values-heading">
          Values and targets over time
        </Text>
        <KpiChart kpi={kpi} summary={history} />
        {history.rows.some((r) => r.entry === "Back-filled") && kpi.trackedFrom && (
          <Text>Back-filled values were entered after the fact, for periods due before this KPI's entries were timed ({formatCalendarDate(kpi.trackedFrom)}): they are never called late.</Text>
        )}
        <ValuesTable summary={history} unit={kpi.unit} />
      </section>
      {canEnter ? (
        <ValueForm kpi={kpi} values={values} today={today} onSaved={upsert} />
      ) : (
        <Text className={styles.secondary}>{viewer.isStaff ? "Only the KPI's owner and the data lead can enter its values." : "Councillors can read KPIs; their owners enter the values."}</Text>
      )}
      <TargetsSection
        kpi={kpi}
        targets={targets}
        canManage={viewer.canManage}
        onChanged={(message) => {
          setAnnouncement(message);
          onChanged();
        }}
      />
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
    </>
  );
}

/** One KPI: its definition from the dictionary, the latest value against target, its history and targets. */
export function KpiView({ kpiKey, today }: { kpiKey: string; today: CalendarDate }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const [revision, setRevision] = useState(0);
  const data = useAsync(() => loadKpi(sp, kpiKey), [sp, kpiKey, revision]);
  // Keep the page on screen while it reloads after a change (a new target), so focus is not lost.
  const [shown, setShown] = useState<KpiPageData | null>(null);
  useEffect(() => {
    if (data.status === "ready") setShown(data.value);
  }, [data]);

  const header = (title: string) => (
    <div>
      <Link href={routeHref("kpis")}>KPI register</Link>
      <Title2 as="h1" block>
        {title}
      </Title2>
    </div>
  );
  if (!shown && data.status === "loading") return <Loading label="Loading the KPI…" />;
  if (data.status === "error" && !shown) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!shown)
    return (
      <div className={styles.page}>
        {header("KPI not found")}
        <EmptyState title={`There is no KPI with the key “${kpiKey}”.`}>
          <Text>It may have been renamed or removed. Find it in the register.</Text>
        </EmptyState>
      </div>
    );
  return (
    <div className={styles.page} data-testid="kpi-page">
      {header(shown.kpi.name)}
      {viewer.canManage && (
        <div>
          <Link href={routeHref("kpis", ["kpi", shown.kpi.key, "edit"])}>Change this KPI</Link>
        </div>
      )}
      <KpiBody data={shown} today={today} onChanged={() => setRevision((n) => n + 1)} />
    </div>
  );
}
