import type { Config } from "./config";
import type { Resource } from "./token-provider";

export const POWER_BI_RESOURCE = "https://analysis.windows.net/powerbi/api";

/**
 * Delegated Microsoft Graph scopes. Short names, because Graph is Entra's default resource and
 * its token responses list short names: a `https://graph.microsoft.com/…` request would never match
 * MSAL's cache entry and cost a network round trip per call.
 */
const GRAPH_SCOPES = [
  // The signed-in person's profile (/me). Also enough for /me/transitiveMemberOf: Graph's "List a
  // user's memberships" page names User.Read as least privileged for the signed-in user's own
  // memberships, and without group read rights groups still come back with their id, all roles need.
  "User.Read",
  // People pickers: basic profiles of other people (action owners, term stewards).
  "User.ReadBasic.All",
  // The focus group shares success stories as messages in its channel.
  "ChannelMessage.Send",
  // Teams activity feed notifications (an action assigned, a proposal to approve, a waiting-list
  // place, a deadline): Graph's sendActivityNotification names TeamsActivity.Send as least privileged.
  // The SharePoint web parts do not ask for it (webparts/config/package-solution.json).
  "TeamsActivity.Send",
] as const;

// Read and write the Data Hub lists as the person; SharePoint's own list permissions still decide
// what each person may change. Narrower exists: SharePoint's delegated Sites.Selected (since
// February 2024) limits the app to sites an admin grants it through Graph's /sites/{id}/permissions
// ("write" role), and Graph has Lists.SelectedOperations.Selected per list. Adopting it means an
// admin grant per site and a scope of `${origin}/Sites.Selected` here.
const SHAREPOINT_SCOPE = "AllSites.Write";

// Embed reports with the viewer's own token ("user owns data"); read only.
const POWER_BI_SCOPES = [`${POWER_BI_RESOURCE}/Report.Read.All`] as const;

/** The origin of the configured site, which is SharePoint's resource identifier for tokens. */
export function sharePointOrigin(config: Pick<Config, "siteUrl">): string {
  return new URL(config.siteUrl).origin;
}

/** The scopes to ask Entra for, per resource: one token per resource, least privilege. */
export function scopesFor(resource: Resource, config: Pick<Config, "siteUrl">): string[] {
  switch (resource) {
    case "graph":
      return [...GRAPH_SCOPES];
    case "sharepoint":
      return [`${sharePointOrigin(config)}/${SHAREPOINT_SCOPE}`];
    case "powerbi":
      return [...POWER_BI_SCOPES];
  }
}

/** The resource URI (audience) a v1-style token request names, as SPFx's AadTokenProvider wants. */
export function resourceUri(resource: Resource, config: Pick<Config, "siteUrl" | "graphOrigin">): string {
  switch (resource) {
    case "graph":
      return config.graphOrigin;
    case "sharepoint":
      return sharePointOrigin(config);
    case "powerbi":
      return POWER_BI_RESOURCE;
  }
}
