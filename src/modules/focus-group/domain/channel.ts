import type { ItemInput, RowOf } from "../../../../manifest/items";
import { CHANNEL_SETTING_KEY, settingsList } from "../lists";
import { type Draft, fieldProblems, type FormField } from "./form";
import type { RecordKind } from "./record-kind";

/**
 * Where success stories are posted: a channel of a team, as Graph addresses it
 * (`POST /teams/{teamId}/channels/{channelId}/messages`).
 *
 * Inside the focus group's channel tab it is the tab's own channel (Teams says which: the channel
 * and its host team). Anywhere else (Home, the personal Data tab, a browser, a SharePoint page) it
 * is the channel the data lead configured once in the FocusGroupSettings list. Nothing else is
 * guessed: with neither, sharing says who can set it.
 */
export interface ChannelTarget {
  teamId: string;
  channelId: string;
  /** As people know it: "Data focus group". */
  name: string;
  source: "tab" | "settings";
}

/** The parts of teams-js's `app.Context` the tab's channel is read from. */
export interface TeamsContextLike {
  channel?: { id?: string; displayName?: string; membershipType?: string; ownerGroupId?: string };
  team?: { groupId?: string };
}

/**
 * The channel the tab is in, addressed through its host team. A shared channel may be opened from a
 * team it is shared with, whose group id is then not the channel's: only `ownerGroupId` is. Teams
 * leaves `ownerGroupId` out for standard channels, whose team is then the one in the context. The
 * same reading as src/hosts/teams/tab-context.ts `channelPostTarget`, which modules cannot import.
 */
export function tabChannelTarget(context: TeamsContextLike | null | undefined): ChannelTarget | null {
  const channel = context?.channel;
  if (!channel?.id) return null;
  const standard = !channel.membershipType || channel.membershipType === "Regular";
  const teamId = channel.ownerGroupId ?? (standard ? context?.team?.groupId : undefined);
  if (!teamId) return null;
  return { teamId, channelId: channel.id, name: channel.displayName?.trim() || "this channel", source: "tab" };
}

/** The tab's channel when the page is in one, otherwise the configured channel, otherwise none. */
export function chooseChannel(tab: ChannelTarget | null, configured: ChannelTarget | null): ChannelTarget | null {
  return tab ?? configured;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Teams channel ids: "19:…@thread.tacv2" (or the older "@thread.skype"). */
const CHANNEL_ID = /^19:[A-Za-z0-9_\-.]+@thread\.(tacv2|skype)$/;

/** Where Teams' own links live (the classic and the newer cloud.microsoft address). */
const TEAMS_HOSTS = ["teams.microsoft.com", "teams.cloud.microsoft"];

export const isTeamId = (text: string) => GUID.test(text.trim());
export const isChannelId = (text: string) => CHANNEL_ID.test(text.trim());

/**
 * The ids in a link Teams gives with "Get link to channel":
 * `https://teams.microsoft.com/l/channel/19%3a…%40thread.tacv2/Name?groupId=<team>&tenantId=…`.
 * Null for anything else (only Teams' own https host is read).
 */
export function parseChannelLink(text: string): { teamId: string; channelId: string; name: string | null } | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !TEAMS_HOSTS.includes(url.hostname.toLowerCase())) return null;
  const match = /^\/l\/channel\/([^/]+)(?:\/([^/]*))?/.exec(url.pathname);
  if (!match) return null;
  let channelId: string;
  let name: string | null;
  try {
    channelId = decodeURIComponent(match[1]!);
    name = match[2] ? decodeURIComponent(match[2]).trim() || null : null;
  } catch {
    return null;
  }
  const teamId = url.searchParams.get("groupId") ?? "";
  return isChannelId(channelId) && isTeamId(teamId) ? { teamId, channelId, name } : null;
}

export const CHANNEL_FIELDS: readonly FormField[] = [
  { name: "link", label: "Link to the channel", kind: "text", hint: "In Teams, the channel's … menu, then “Get link to channel”. Pasting it fills in the ids below." },
  { name: "channelName", label: "Channel name", kind: "text", required: true, maxLength: 255 },
  { name: "teamId", label: "Team id", kind: "text", required: true, maxLength: 36, hint: "The team's group id, such as 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d." },
  { name: "channelId", label: "Channel id", kind: "text", required: true, maxLength: 255, hint: "Starts 19: and ends @thread.tacv2." },
];

/** Checks the focus group's channel setting: a channel name, a team's group id and a Teams channel id. */
export function checkChannelSetting(draft: Draft) {
  const problems = fieldProblems(CHANNEL_FIELDS, draft);
  const known = (field: string) => !problems.some((p) => p.field === field) && Boolean(draft[field]?.trim());
  if (draft.link?.trim() && !parseChannelLink(draft.link)) problems.unshift({ field: "link", message: "That isn't a Teams channel link. Copy it with “Get link to channel”, or clear it and enter the ids." });
  if (known("teamId") && !isTeamId(draft.teamId!)) problems.push({ field: "teamId", message: "Enter the team id as Teams gives it: 32 letters and numbers in five groups, such as 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d." });
  if (known("channelId") && !isChannelId(draft.channelId!)) problems.push({ field: "channelId", message: "Enter the channel id as Teams gives it: it starts 19: and ends @thread.tacv2." });
  return problems;
}

/** The stored setting, as what sharing needs. */
export interface ChannelSetting {
  id: number;
  etag: string | null;
  target: ChannelTarget | null;
}

const SELECT = ["Id", "SettingKey", "TeamId", "ChannelId", "ChannelName"] as const;
export const channelSettingKind: RecordKind<typeof settingsList, (typeof SELECT)[number], ChannelSetting> = {
  list: settingsList,
  select: SELECT,
  fromItem: (row: RowOf<typeof settingsList, (typeof SELECT)[number]>): ChannelSetting => {
    const teamId = row.TeamId?.trim() ?? "";
    const channelId = row.ChannelId?.trim() ?? "";
    // A setting edited by hand in SharePoint into something unusable is no channel, not a wrong post.
    const usable = isTeamId(teamId) && isChannelId(channelId);
    return { id: row.Id, etag: row["odata.etag"] ?? null, target: usable ? { teamId, channelId, name: row.ChannelName?.trim() || "the focus group's channel", source: "settings" } : null };
  },
};

export function channelSettingValues(draft: Draft): ItemInput<typeof settingsList> {
  return { Title: "The focus group's Teams channel", SettingKey: CHANNEL_SETTING_KEY, TeamId: draft.teamId!.trim(), ChannelId: draft.channelId!.trim(), ChannelName: draft.channelName!.trim() };
}
