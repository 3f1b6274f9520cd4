import { ShareLinks } from "../../../core/ui/ShareLinks";
import { useServices } from "../../../core/ui/services";
import { dashboardSubPageId } from "../domain/deep-link";

/**
 * Share a dashboard: a Teams deep link to it in the Data tab (or, without a Teams app id outside
 * Teams, the hub's own link), shown, copied, or posted to a chat or channel with Teams' share dialog.
 */
export function ShareActions({ dashboardId, title }: { dashboardId: number; title: string }) {
  const { hostKind, teamsAppId } = useServices();
  return (
    <ShareLinks
      route={dashboardSubPageId(dashboardId)}
      label={title}
      message={`Dashboard: ${title}`}
      linkField={{ label: teamsAppId || hostKind === "teams" ? "Teams link to this dashboard" : "Link to this dashboard" }}
    />
  );
}
