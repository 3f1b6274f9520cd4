import { resourceUri, scopesFor } from "../../src/core/auth/scopes";
import type { Resource } from "../../src/core/auth/token-provider";

const config = { siteUrl: "https://havant.sharepoint.com/sites/datahub", graphOrigin: "https://graph.microsoft.com" };
const RESOURCES: Resource[] = ["graph", "sharepoint", "powerbi"];

describe("scopesFor", () => {
  it("asks Graph for the profile, basic people lookups and channel posts, and nothing broader", () => {
    expect(scopesFor("graph", config)).toEqual(["User.Read", "User.ReadBasic.All", "ChannelMessage.Send", "TeamsActivity.Send"]);
  });

  it("reads group membership with User.Read alone: no group or directory permission", () => {
    expect(scopesFor("graph", config).filter((s) => /Group|Directory/.test(s))).toEqual([]);
  });

  it("builds the SharePoint scope from the configured site's origin", () => {
    expect(scopesFor("sharepoint", config)).toEqual(["https://havant.sharepoint.com/AllSites.Write"]);
    expect(scopesFor("sharepoint", { siteUrl: "https://contoso.sharepoint.com/teams/data/hub" })).toEqual(["https://contoso.sharepoint.com/AllSites.Write"]);
  });

  it("asks Power BI only to read reports", () => {
    expect(scopesFor("powerbi", config)).toEqual(["https://analysis.windows.net/powerbi/api/Report.Read.All"]);
  });

  it("never asks for manage, full control or tenant-wide write", () => {
    const all = RESOURCES.flatMap((r) => scopesFor(r, config));
    expect(all.filter((s) => /FullControl|Manage|ReadWrite\.All|\.default/.test(s))).toEqual([]);
  });

  it("hands each caller its own list, so no one can widen the next request", () => {
    scopesFor("graph", config).push("Directory.ReadWrite.All");
    expect(scopesFor("graph", config)).not.toContain("Directory.ReadWrite.All");
  });
});

describe("resourceUri", () => {
  it("names Graph, the site's origin and Power BI as the v1 resources SPFx asks for", () => {
    expect(RESOURCES.map((r) => resourceUri(r, config))).toEqual(["https://graph.microsoft.com", "https://havant.sharepoint.com", "https://analysis.windows.net/powerbi/api"]);
  });
});
