/**
 * Links that open a dashboard: in the hub itself, and in Teams (a deep link to the Data tab).
 *
 * A Teams deep link to a tab is `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`
 * where context is JSON `{"subEntityId": …}`. Teams hands subEntityId to the tab as
 * `context.page.subPageId`, which src/hosts/teams/tab-context.ts turns into the hub route:
 * "dashboards/12" opens `#/dashboards/12`. It needs the Teams app id: inside Teams it comes from
 * the Teams context (`app.appId`); elsewhere from config.json's `teamsAppId` (the id the Teams
 * admin centre shows for the uploaded app). entityId is the static tab's, "hub" (appPackage/manifest.json).
 */

/** The Data tab's entityId in appPackage/manifest.json. */
export const HUB_ENTITY_ID = "hub";

/** What Teams passes back as subPageId: a hub route without the "#/". */
export function dashboardSubPageId(dashboardId: number): string {
  return `dashboards/${dashboardId}`;
}

export interface TeamsDeepLinkInput {
  appId: string;
  entityId?: string;
  subPageId: string;
  /** Shown by Teams while it opens the tab, and in link previews. */
  label?: string;
  /** Where Teams sends people who open the link outside the Teams client. */
  webUrl?: string;
}

export function teamsDeepLink({ appId, entityId = HUB_ENTITY_ID, subPageId, label, webUrl }: TeamsDeepLinkInput): string {
  const query = [
    ...(webUrl ? [`webUrl=${encodeURIComponent(webUrl)}`] : []),
    ...(label ? [`label=${encodeURIComponent(label)}`] : []),
    `context=${encodeURIComponent(JSON.stringify({ subEntityId: subPageId }))}`,
  ];
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?${query.join("&")}`;
}

/** Teams' "Share to Teams" page: pick a chat or channel and post the link (for hosts other than Teams). */
export function teamsShareUrl(href: string, message: string): string {
  return `https://teams.microsoft.com/share?href=${encodeURIComponent(href)}&msgText=${encodeURIComponent(message)}&preview=true`;
}

/** The hub's own address for a dashboard: the current page with `#/dashboards/<id>`. */
export function hubDashboardUrl(currentHref: string, dashboardId: number): string {
  const url = new URL(currentHref);
  url.hash = `#/${dashboardSubPageId(dashboardId)}`;
  // Local mode's ?persona=&theme= are this browser's choices, not the link's.
  url.search = "";
  return url.href;
}
