import type { app } from "@microsoft/teams-js";
import { type ThemeName, themeFromTeams } from "../../core/ui/theme";

/** Teams' three channel types, in our words (teams-js says Regular, Private, Shared). */
export type ChannelKind = "standard" | "private" | "shared";

export interface TabChannel {
  id: string;
  name: string;
  kind: ChannelKind;
  /**
   * The team the channel lives in (its Microsoft 365 group id). For Graph calls on the channel
   * itself (`/teams/{id}/channels/{channelId}/messages`), never `team.groupId`: in a shared channel
   * that is the team the person came through, which may not own the channel.
   */
  hostTeamGroupId: string | null;
  /** The tenant of the host team; differs from the person's own for an external participant. */
  hostTenantId: string | null;
}

export interface TabTeam {
  name: string;
  groupId: string | null;
  /** false when a shared channel is opened from a team it is shared with; null when unknown. */
  isHostTeam: boolean | null;
}

/** What the Data tab needs to know about where Teams has put it. */
export interface TeamsTabContext {
  /** "content" for the tab, "settings" for its configuration page, "remove" when it is being removed. */
  frameContext: string | null;
  theme: ThemeName;
  /** Teams' display language (e.g. "en-gb"). Data Hub is written in British English only and keeps en-GB dates. */
  locale: string | null;
  /** The entity id the tab was saved with (configurable tab), or the static tab's. */
  entityId: string | null;
  /** A deep link's target inside the hub as a hash route (`#/actions/12`), or null. */
  deepLink: string | null;
  channel: TabChannel | null;
  team: TabTeam | null;
  /**
   * The person's home tenant is not the channel's host tenant: an external participant in a shared
   * channel (B2B direct connect). Data Hub's data lives in Havant's tenant, which their account cannot
   * reach with Havant's single-tenant app registration.
   */
  externalUser: boolean;
  /** What the header says about the channel, e.g. "Data focus group (shared channel)"; null outside channels. */
  channelLabel: string | null;
}

const CHANNEL_KINDS: Record<string, ChannelKind> = { Regular: "standard", Private: "private", Shared: "shared" };

// Generous but finite: a deep link is typed by whoever made the link, not by us.
const DEEP_LINK_MAX = 512;
const SAFE_ROUTE = /^[A-Za-z0-9\-._~/?=&%+]*$/;

/**
 * The hub route a deep link's subPageId names. Accepts "actions/12", "/actions/12" or "#/actions/12";
 * refuses anything that is not a plain route (scripts, other origins, odd characters).
 */
export function deepLinkRoute(subPageId: string | undefined): string | null {
  if (!subPageId) return null;
  const route = subPageId.trim().replace(/^#?\/*/, "");
  if (!route || route.length > DEEP_LINK_MAX || !SAFE_ROUTE.test(route) || route.includes("//")) return null;
  return `#/${route}`;
}

function channelOf(channel: app.ChannelInfo | undefined): TabChannel | null {
  if (!channel?.id) return null;
  return {
    id: channel.id,
    name: channel.displayName?.trim() || "this channel",
    // An unknown type is treated as standard: the safest reading, as it promises nothing more.
    kind: CHANNEL_KINDS[channel.membershipType ?? ""] ?? "standard",
    hostTeamGroupId: channel.ownerGroupId ?? null,
    hostTenantId: channel.ownerTenantId ?? null,
  };
}

/**
 * Reads the Teams context after `app.getContext()` has resolved (the deep link is only there then).
 * Pure, so every channel type is tested without Teams.
 */
export function readTabContext(context: app.Context): TeamsTabContext {
  const channel = channelOf(context.channel);
  const team: TabTeam | null = context.team
    ? {
        name: context.team.displayName ?? "",
        groupId: context.team.groupId ?? null,
        isHostTeam: channel?.hostTeamGroupId && context.team.groupId ? channel.hostTeamGroupId === context.team.groupId : null,
      }
    : null;
  // Standard channels leave ownerGroupId out: the team in the context is then the host team.
  if (channel && !channel.hostTeamGroupId && channel.kind === "standard" && team?.groupId) {
    channel.hostTeamGroupId = team.groupId;
    if (team) team.isHostTeam = true;
  }
  const userTenant = context.user?.tenant?.id ?? null;
  const externalUser = Boolean(channel?.hostTenantId && userTenant && channel.hostTenantId.toLowerCase() !== userTenant.toLowerCase());
  const channelLabel = channel ? (channel.kind === "standard" ? channel.name : `${channel.name} (${channel.kind} channel)`) : null;
  return {
    frameContext: context.page?.frameContext ?? null,
    theme: themeFromTeams(context.app?.theme),
    locale: context.app?.locale ?? null,
    entityId: context.page?.id || null,
    deepLink: deepLinkRoute(context.page?.subPageId),
    channel,
    team,
    externalUser,
    channelLabel,
  };
}

/**
 * Where the focus group's "share to the channel" posts go (Graph `POST
 * /teams/{teamId}/channels/{channelId}/messages`): the channel's host team, whichever team the
 * person opened it from. Null outside a channel, or when Teams did not say which team hosts it.
 */
export function channelPostTarget(tab: TeamsTabContext): { teamId: string; channelId: string } | null {
  if (!tab.channel?.hostTeamGroupId) return null;
  return { teamId: tab.channel.hostTeamGroupId, channelId: tab.channel.id };
}
