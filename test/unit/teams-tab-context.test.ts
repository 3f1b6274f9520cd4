import type { app } from "@microsoft/teams-js";
import { channelPostTarget, deepLinkRoute, readTabContext } from "../../src/hosts/teams/tab-context";

const HAVANT = "5f0c1b9e-0000-4d7a-9c8e-6a1b2c3d4e5f";
const PARTNER = "9a9a9a9a-0000-4000-8000-000000000001";
const HOST_TEAM = "11111111-0000-4000-8000-00000000000a";
const OTHER_TEAM = "22222222-0000-4000-8000-00000000000b";

/** A Teams context as teams-js hands it over after app.getContext(). */
function context(extra: Partial<app.Context> = {}): app.Context {
  return {
    app: { locale: "en-gb", theme: "default", sessionId: "s", host: { name: "Teams", clientType: "web", sessionId: "h" } },
    page: { id: "focus-group", frameContext: "content" },
    user: { id: "oid", tenant: { id: HAVANT } },
    ...extra,
  } as app.Context;
}

describe("reading the Teams context", () => {
  it("in a shared channel opened from a team it is shared with, names the channel and keeps the host team apart", () => {
    const tab = readTabContext(
      context({
        channel: { id: "19:focus@thread.tacv2", displayName: "Data focus group", membershipType: "Shared" as app.ChannelInfo["membershipType"], ownerGroupId: HOST_TEAM, ownerTenantId: HAVANT },
        team: { internalId: "19:team@thread.tacv2", displayName: "Customer Services", groupId: OTHER_TEAM },
      }),
    );
    expect(tab.channel).toEqual({ id: "19:focus@thread.tacv2", name: "Data focus group", kind: "shared", hostTeamGroupId: HOST_TEAM, hostTenantId: HAVANT });
    expect(tab.team).toEqual({ name: "Customer Services", groupId: OTHER_TEAM, isHostTeam: false });
    expect(tab.channelLabel).toBe("Data focus group (shared channel)");
    expect(tab.externalUser).toBe(false);
    // Posts go to the channel's own team, not the one the person came through.
    expect(channelPostTarget(tab)).toEqual({ teamId: HOST_TEAM, channelId: "19:focus@thread.tacv2" });
  });

  it("recognises someone from another organisation in a shared channel", () => {
    const tab = readTabContext(
      context({
        user: { id: "guest", tenant: { id: PARTNER } },
        channel: { id: "19:focus@thread.tacv2", displayName: "Data focus group", membershipType: "Shared" as app.ChannelInfo["membershipType"], ownerGroupId: HOST_TEAM, ownerTenantId: HAVANT.toUpperCase() },
      }),
    );
    expect(tab.externalUser).toBe(true);
  });

  it("in a private channel says so; in a standard channel the team in the context is the host team", () => {
    const privateTab = readTabContext(context({ channel: { id: "19:p", displayName: "Leads", membershipType: "Private" as app.ChannelInfo["membershipType"] }, team: { internalId: "t", displayName: "Strategy", groupId: HOST_TEAM } }));
    expect(privateTab.channelLabel).toBe("Leads (private channel)");
    expect(privateTab.channel?.kind).toBe("private");

    const standard = readTabContext(context({ channel: { id: "19:g", displayName: "General", membershipType: "Regular" as app.ChannelInfo["membershipType"] }, team: { internalId: "t", displayName: "Strategy", groupId: HOST_TEAM } }));
    expect(standard.channelLabel).toBe("General");
    expect(standard.team?.isHostTeam).toBe(true);
    expect(channelPostTarget(standard)).toEqual({ teamId: HOST_TEAM, channelId: "19:g" });
  });

  it("outside a channel (the personal Data tab) has no channel, no team and nowhere to post", () => {
    const tab = readTabContext(context({ page: { id: "hub", frameContext: "content" as app.Context["page"]["frameContext"] } }));
    expect(tab.channel).toBeNull();
    expect(tab.team).toBeNull();
    expect(tab.channelLabel).toBeNull();
    expect(channelPostTarget(tab)).toBeNull();
    expect(tab.entityId).toBe("hub");
  });

  it("takes the theme, locale and frame context Teams reports", () => {
    const tab = readTabContext(context({ app: { locale: "cy-gb", theme: "contrast", sessionId: "s", host: { name: "Teams", clientType: "desktop", sessionId: "h" } } as app.Context["app"], page: { id: "", frameContext: "settings" as app.Context["page"]["frameContext"] } }));
    expect(tab.theme).toBe("contrast");
    expect(tab.locale).toBe("cy-gb");
    expect(tab.frameContext).toBe("settings");
    expect(tab.entityId).toBeNull();
    expect(readTabContext(context({ app: { theme: "something-new" } as app.Context["app"] })).theme).toBe("default");
  });

  it("treats a channel type it does not know as standard, promising nothing more", () => {
    expect(readTabContext(context({ channel: { id: "19:x", membershipType: "Future" as app.ChannelInfo["membershipType"] } })).channel).toMatchObject({ kind: "standard", name: "this channel" });
  });
});

describe("deep links (subPageId)", () => {
  it("open the hub route they name, however the link wrote it", () => {
    expect(readTabContext(context({ page: { id: "hub", frameContext: "content" as app.Context["page"]["frameContext"], subPageId: "actions/12" } })).deepLink).toBe("#/actions/12");
    expect(deepLinkRoute("#/dictionary?q=KPI")).toBe("#/dictionary?q=KPI");
    expect(deepLinkRoute("/training")).toBe("#/training");
  });

  it("are refused when they are not a plain route", () => {
    expect(deepLinkRoute(undefined)).toBeNull();
    expect(deepLinkRoute("")).toBeNull();
    expect(deepLinkRoute("javascript:alert(1)")).toBeNull();
    expect(deepLinkRoute("https://evil.example/")).toBeNull();
    expect(deepLinkRoute("actions/<script>")).toBeNull();
    expect(deepLinkRoute("a//b")).toBeNull();
    expect(deepLinkRoute("x".repeat(600))).toBeNull();
  });
});
