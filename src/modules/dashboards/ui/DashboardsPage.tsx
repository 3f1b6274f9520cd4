import { DASHBOARD_CAPABILITIES } from "../capabilities";
import { Text } from "@fluentui/react-components";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import type { ModulePageProps } from "../../../core/module";
import { getDashboard, loadCatalogue } from "../data/catalogue-data";
import { Catalogue } from "./Catalogue";
import { DashboardEditor } from "./DashboardEditor";
import { DashboardView } from "./DashboardView";
import { UsageView } from "./UsageView";

/**
 * The dashboards module: `#/dashboards` (catalogue, `?department=` as a channel tab sets it),
 * `#/dashboards/<id>` (one dashboard, also a Teams deep link's target), and for the data lead
 * `#/dashboards/new`, `#/dashboards/<id>/edit` and `#/dashboards/usage`.
 */
export default function DashboardsPage({ rest, params }: ModulePageProps) {
  const { sp, capabilities } = useServices();
  const canManage = capabilities.has(DASHBOARD_CAPABILITIES.manage);
  const catalogue = useAsync(() => loadCatalogue(sp), [sp]);
  const id = rest[0] && /^\d+$/.test(rest[0]) ? Number(rest[0]) : undefined;
  const inCatalogue = id !== undefined && catalogue.status === "ready" ? catalogue.value.find((d) => d.id === id) : undefined;
  // A link may name an entry this reader's catalogue does not hold (just added): fetch it alone.
  const single = useAsync(async () => (id !== undefined && catalogue.status === "ready" && !inCatalogue ? getDashboard(sp, id) : undefined), [sp, id, catalogue.status, Boolean(inCatalogue)]);

  if (catalogue.status === "loading") return <Loading label="Opening the dashboards…" />;
  if (catalogue.status === "error") return <ErrorState error={catalogue.error} onRetry={catalogue.reload} />;
  const dashboards = catalogue.value;

  const managerOnly = (node: JSX.Element) => (canManage ? node : <Text as="p">Only the data lead manages the dashboard catalogue.</Text>);

  if (rest[0] === "usage") return managerOnly(<UsageView dashboards={dashboards} />);
  if (rest[0] === "new") {
    return managerOnly(
      <DashboardEditor
        onSaved={(d) => {
          catalogue.reload();
          navigate(routeHref("dashboards", [String(d.id)]));
        }}
      />,
    );
  }
  if (id !== undefined) {
    const dashboard = inCatalogue ?? (single.status === "ready" ? single.value : undefined);
    if (!dashboard) return single.status === "error" ? <ErrorState error={single.error} onRetry={single.reload} /> : <Loading label="Opening the dashboard…" />;
    if (rest[1] === "edit") {
      return managerOnly(
        <DashboardEditor
          key={`${dashboard.id}:${dashboard.etag}`}
          existing={dashboard}
          onSaved={(d) => {
            catalogue.reload();
            navigate(routeHref("dashboards", [String(d.id)]));
          }}
        />,
      );
    }
    return <DashboardView key={dashboard.id} dashboard={dashboard} />;
  }
  return <Catalogue dashboards={dashboards} params={params} canManage={canManage} />;
}
