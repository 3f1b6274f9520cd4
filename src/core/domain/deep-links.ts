/**
 * Links that open a hub page: the hub's own address, and a Teams deep link to it in the Data tab.
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

export interface TeamsDeepLinkInput {
  appId: string;
  entityId?: string;
  /** A hub route without the "#/", e.g. "dashboards/12". */
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

/**
 * The hub's own address for a route: the page the person is on (the tab, or the intranet page a web
 * part sits on) with `#/<route>`. Local mode's ?persona=&theme= are this browser's choices, not the
 * link's, so the query goes.
 */
export function hubUrlFor(currentHref: string, route: string): string {
  const url = new URL(currentHref);
  url.hash = `#/${route}`;
  url.search = "";
  return url.href;
}
