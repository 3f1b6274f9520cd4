import { Button, Dropdown, Link, Option, SearchBox, Text, mergeClasses } from "@fluentui/react-components";
import { Add20Regular, ArrowDownload20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { plural } from "../../../core/domain/format";
import { downloadCsv } from "../../../core/ui/download";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { loadRegister } from "../data/kpi-data";
import type { CalendarDate } from "../domain/calendar-date";
import { summariseKpi, valuesByKpi } from "../domain/kpi-series";
import { kindWords, periodsLookedBack, REGISTER_VIEW_LABELS, REGISTER_VIEWS, type RegisterEntry, type RegisterFilters, registerCsv, registerFiltersFromParams, registerFiltersToParams, registerRows, servicesOf } from "../domain/register-views";
import { formatKpiValue } from "../domain/kpi-words";
import { KpiRagBadge } from "./KpiRagBadge";
import { useKpiStyles } from "./styles";
import { type Viewer, useViewer } from "./use-viewer";

function RegisterTable({ entries }: { entries: RegisterEntry[] }) {
  const styles = useKpiStyles();
  return (
    <div className={styles.scroller} role="region" aria-label={`KPIs, ${entries.length} shown`} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.srOnly}>
          KPIs: latest value against target, RAG and trend
        </caption>
        <thead>
          <tr>
            {["KPI", "Service", "Owner", "Latest", "Target", "RAG", "Trend"].map((h) => (
              <th key={h} scope="col" className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.kpi.key}>
              <th scope="row" className={mergeClasses(styles.td, styles.name, styles.rowHeader)}>
                <Link href={routeHref("kpis", ["kpi", e.kpi.key])}>{e.kpi.name}</Link>
                <br />
                <Text size={200} className={styles.secondary}>
                  {kindWords(e.kpi)}
                </Text>
              </th>
              <td className={styles.td}>{e.kpi.service ?? "Not set"}</td>
              <td className={styles.td}>{e.kpi.ownerName ?? "No owner"}</td>
              <td className={mergeClasses(styles.td, styles.nowrap)}>
                {e.latest?.value != null ? (
                  <>
                    {formatKpiValue(e.latest.value, e.kpi.unit)}
                    <br />
                    <Text size={200} className={styles.secondary}>
                      {e.latest.period.label}
                      {e.latest.entry === "Entered late" ? ", entered late" : ""}
                    </Text>
                  </>
                ) : (
                  "No value yet"
                )}
              </td>
              <td className={mergeClasses(styles.td, styles.nowrap)}>{e.latest?.target != null ? formatKpiValue(e.latest.target, e.kpi.unit) : "None"}</td>
              <td className={mergeClasses(styles.td, styles.nowrap)}>
                <KpiRagBadge rag={e.rag} />
              </td>
              <td className={styles.td}>{e.trend.words}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Toolbar({ filters, services, onChange, onExport, canExport, canAdd }: { filters: RegisterFilters; services: string[]; onChange: (f: RegisterFilters, replace?: boolean) => void; onExport: () => void; canExport: boolean; canAdd: boolean }) {
  const styles = useKpiStyles();
  return (
    <>
      <ViewTabs label="KPI views" selected={filters.view} onSelect={(view) => onChange({ ...filters, view })} tabs={REGISTER_VIEWS.map((v) => ({ value: v, label: REGISTER_VIEW_LABELS[v] }))} />
      <div className={styles.bar}>
        {filters.view === "service" && (
          <div className={styles.field}>
            <label htmlFor="kpi-service">Service</label>
            <Dropdown id="kpi-service" value={filters.service ?? "Every service"} selectedOptions={[filters.service ?? ""]} onOptionSelect={(_, d) => onChange({ ...filters, service: d.optionValue || undefined })}>
              <Option value="">Every service</Option>
              {services.map((s) => (
                <Option key={s} value={s}>
                  {s}
                </Option>
              ))}
            </Dropdown>
          </div>
        )}
        <div className={styles.field}>
          <label htmlFor="kpi-search">Search</label>
          <SearchBox id="kpi-search" value={filters.search ?? ""} onChange={(_, d) => onChange({ ...filters, search: d.value || undefined }, true)} placeholder="Name, service or owner" />
        </div>
        <div className={styles.actions}>
          <Button icon={<ArrowDownload20Regular />} onClick={onExport} disabled={!canExport}>
            Export to CSV
          </Button>
          {canAdd && (
            <Button appearance="primary" icon={<Add20Regular />} onClick={() => navigate(routeHref("kpis", ["new-kpi"]))}>
              Add a KPI
            </Button>
          )}
        </div>
      </div>
    </>
  );
}

const ragCounts = (entries: readonly RegisterEntry[]) => {
  const on = entries.filter((e) => e.rag === "Green").length;
  const amber = entries.filter((e) => e.rag === "Amber").length;
  const red = entries.filter((e) => e.rag === "Red").length;
  return `${on} on target, ${amber} just off target, ${red} off target, ${entries.length - on - amber - red} with no value or no target yet.`;
};

/** Builds each KPI's summary once per load: RAG, late entries and trend over the last three years. */
export function useRegisterEntries(today: CalendarDate) {
  const { sp } = useServices();
  const data = useAsync(() => loadRegister(sp, today), [sp, today]);
  const entries = useMemo<RegisterEntry[]>(() => {
    if (data.status !== "ready") return [];
    const byKpi = valuesByKpi(data.value.values);
    return data.value.kpis.map((kpi) => ({ ...summariseKpi(kpi, byKpi.get(kpi.key) ?? [], today, periodsLookedBack(kpi.frequency)), kpi }));
  }, [data, today]);
  return { data, entries };
}

/** The KPI register: every KPI with its latest value against target, by view, with a CSV export. */
export function RegisterView({ params, today }: { params: URLSearchParams; today: CalendarDate }) {
  const styles = useKpiStyles();
  const viewer: Viewer = useViewer();
  const query = params.toString();
  // Rebuilt only when the address changes, so the memos below key on it.
  const filters = useMemo(() => registerFiltersFromParams(new URLSearchParams(query)), [query]);
  const { data, entries } = useRegisterEntries(today);
  const shown = useMemo(() => registerRows(entries, filters, viewer.me), [entries, filters, viewer.me]);
  const services = useMemo(() => servicesOf(entries.map((e) => e.kpi)), [entries]);
  const setFilters = (next: RegisterFilters, replace = false) => navigate(routeHref("kpis", [], registerFiltersToParams(next)), { replace });

  if (data.status === "loading") return <Loading label="Loading the KPI register…" />;
  if (data.status === "error") return <ErrorState error={data.error} onRetry={data.reload} />;
  const waitingForMe = filters.view === "mine" && viewer.me === null;
  return (
    <section className={styles.stack} aria-labelledby="register-heading">
      <Text as="h2" size={500} weight="semibold" id="register-heading">
        KPI register
      </Text>
      <Toolbar filters={filters} services={services} onChange={setFilters} canExport={shown.length > 0} canAdd={viewer.canManage} onExport={() => downloadCsv(`data-hub-kpis-${today}.csv`, registerCsv(shown))} />
      <Text role="status" aria-live="polite" className={styles.status} data-testid="register-status">
        {waitingForMe ? "Finding your KPIs…" : `Showing ${plural(shown.length, "KPI")}. ${shown.length ? ragCounts(shown) : ""}`}
      </Text>
      {shown.length > 0 ? (
        <RegisterTable entries={shown} />
      ) : entries.length === 0 ? (
        <EmptyState title="No KPIs yet.">
          <Text>{viewer.canManage ? "Add the council's KPIs with “Add a KPI”." : "The data lead adds the council's KPIs here."}</Text>
        </EmptyState>
      ) : (
        !waitingForMe && (
          <EmptyState title="No KPIs in this view.">
            <Text>{filters.view === "mine" ? "You own no KPIs yet." : "Try another view or clear the search."}</Text>
          </EmptyState>
        )
      )}
    </section>
  );
}
