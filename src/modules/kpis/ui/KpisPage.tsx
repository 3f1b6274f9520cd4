import { MessageBar, MessageBarBody, Text, Title2 } from "@fluentui/react-components";
import type { ModulePageProps } from "../../../core/module";
import { navigate, routeHref } from "../../../core/ui/router";
import { EmptyState } from "../../../core/ui/states";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { CalendarView } from "./CalendarView";
import { KpiForm } from "./KpiForm";
import { KpiView } from "./KpiView";
import { RegisterView } from "./RegisterView";
import { ReturnView } from "./ReturnView";
import { useKpiStyles } from "./styles";
import { useToday } from "./use-today";
import { useViewer } from "./use-viewer";

/**
 * KPIs and the reporting calendar. Routes, all under `#/kpis`:
 *   (none)              the KPI register: ?view=all|service|mine|off-target|successes, &service=, &q=
 *   /kpi/<key>          one KPI: definition, latest against target, history, values, targets
 *   /kpi/<key>/edit     change a KPI (the data lead); /new-kpi adds one
 *   /calendar           the reporting calendar: ?view=due-soon|overdue|mine|recipient|month|returns
 *   /return/<key>       one return or publication: facts, rules, deadlines
 */
export default function KpisPage({ module, rest, params }: ModulePageProps) {
  const styles = useKpiStyles();
  const today = useToday();
  const viewer = useViewer();
  const [section, key, action] = rest;

  if (section === "kpi" && key && action === "edit") return viewer.canManage ? <KpiForm kpiKey={key} /> : <NotAllowed what="change KPIs" />;
  if (section === "new-kpi") return viewer.canManage ? <KpiForm kpiKey={null} /> : <NotAllowed what="add KPIs" />;
  if (section === "kpi" && key)
    return (
      <>
        {params.get("saved") && <Saved message={params.get("saved") === "added" ? "The KPI was added." : "The KPI was changed."} />}
        <KpiView key={key} kpiKey={key} today={today} />
      </>
    );
  if (section === "return" && key) return <ReturnView key={key} returnKey={key} today={today} />;

  const calendar = section === "calendar";
  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          {module.title}
        </Title2>
        <Text as="p">{module.summary}</Text>
      </div>
      <ViewTabs
        label="KPIs or the reporting calendar"
        selected={calendar ? "calendar" : "register"}
        onSelect={(v) => navigate(v === "calendar" ? routeHref("kpis", ["calendar"]) : routeHref("kpis"))}
        tabs={[
          { value: "register", label: "KPIs" },
          { value: "calendar", label: "Reporting calendar" },
        ]}
      />
      {calendar ? <CalendarView params={params} today={today} /> : <RegisterView params={params} today={today} />}
    </div>
  );
}

function Saved({ message }: { message: string }) {
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        <span role="status">{message}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

function NotAllowed({ what }: { what: string }) {
  return (
    <EmptyState title={`Only the data lead can ${what}.`}>
      <Text>If a KPI needs adding or changing, ask the data lead.</Text>
    </EmptyState>
  );
}
