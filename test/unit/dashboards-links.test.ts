import { parseConfig } from "../../src/core/auth/config";
import { deepLinkRoute } from "../../src/hosts/teams/tab-context";
import { HUB_ENTITY_ID, teamsDeepLink, teamsShareUrl } from "../../src/core/domain/deep-links";
import { dashboardSubPageId, hubDashboardUrl } from "../../src/modules/dashboards/domain/deep-link";
import manifest from "../../appPackage/manifest.json";

const APP_ID = "2f6b8c1d-3e4f-4a5b-9c6d-7e8f9a0b1c2d";

describe("Teams deep links to a dashboard", () => {
  it("opens the Data tab with subEntityId dashboards/<id>, which the tab turns back into the dashboard's route", () => {
    const link = new URL(teamsDeepLink({ appId: APP_ID, subPageId: dashboardSubPageId(12), label: "Contact volumes", webUrl: "https://hub.example/#/dashboards/12" }));
    expect(link.origin + link.pathname).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/hub`);
    const context = JSON.parse(link.searchParams.get("context")!) as { subEntityId: string };
    expect(context).toEqual({ subEntityId: "dashboards/12" });
    expect(link.searchParams.get("label")).toBe("Contact volumes");
    expect(link.searchParams.get("webUrl")).toBe("https://hub.example/#/dashboards/12");
    // What Teams hands the tab as page.subPageId, read as src/hosts/teams does.
    expect(deepLinkRoute(context.subEntityId)).toBe("#/dashboards/12");
  });

  it("targets the static tab's entity id in the Teams manifest", () => {
    expect(manifest.staticTabs.map((t) => t.entityId)).toContain(HUB_ENTITY_ID);
  });

  it("shares through Teams' share page, which lets people pick a chat or channel", () => {
    const share = new URL(teamsShareUrl("https://teams.microsoft.com/l/entity/x/hub?context=%7B%7D", "Dashboard: Contact volumes"));
    expect(share.origin + share.pathname).toBe("https://teams.microsoft.com/share");
    expect(share.searchParams.get("href")).toBe("https://teams.microsoft.com/l/entity/x/hub?context=%7B%7D");
    expect(share.searchParams.get("msgText")).toBe("Dashboard: Contact volumes");
  });

  it("without a Teams app id, links to the hub itself, without local mode's persona and theme", () => {
    expect(hubDashboardUrl("http://127.0.0.1:4100/?persona=manager&theme=dark#/dashboards", 3)).toBe("http://127.0.0.1:4100/#/dashboards/3");
  });
});

describe("config.json for dashboards", () => {
  const roleGroups = { staff: [], manager: [], "asset-owner": [], "data-lead": [], "focus-group": [], councillor: [] };
  const entra = { mode: "entra", tenantId: "0f4a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b", clientId: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", siteUrl: "https://havant.sharepoint.com/sites/datahub", roleGroups };

  it("leaves Power BI out unless configured (the public cloud's endpoints apply)", () => {
    expect(parseConfig(entra)).not.toHaveProperty("powerBi");
  });

  it("reads Power BI endpoints and the Teams app id; local mode may use http and a base path", () => {
    expect(parseConfig({ ...entra, powerBi: { embedOrigin: "https://app.powerbigov.us/" }, teamsAppId: APP_ID })).toMatchObject({ powerBi: { embedOrigin: "https://app.powerbigov.us", apiOrigin: "https://api.powerbi.com" }, teamsAppId: APP_ID });
    expect(parseConfig({ mode: "local", siteUrl: "http://127.0.0.1:4100/sites/datahub", graphOrigin: "http://127.0.0.1:4100", roleGroups, powerBi: { embedOrigin: "http://127.0.0.1:4100/_local/powerbi", apiOrigin: "http://127.0.0.1:4100" } })).toMatchObject({
      powerBi: { embedOrigin: "http://127.0.0.1:4100/_local/powerbi", apiOrigin: "http://127.0.0.1:4100" },
    });
  });

  it.each([
    [{ powerBi: { embedOrigin: "http://app.powerbi.com" } }, "powerBi.embedOrigin"],
    [{ powerBi: { apiOrigin: "https://api.powerbi.com/v1.0" } }, "powerBi.apiOrigin"],
    [{ powerBi: { embedURL: "https://app.powerbi.com" } }, "powerBi.embedURL"],
    [{ teamsAppId: "data-hub" }, "teamsAppId"],
  ])("refuses %j, naming %s", (extra, field) => {
    expect(() => parseConfig({ ...entra, ...extra })).toThrow(expect.objectContaining({ field }));
  });
});
