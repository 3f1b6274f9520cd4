import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { loadChannelSetting } from "../data/channel-setting-data";
import { type ChannelSetting, type ChannelTarget, chooseChannel, tabChannelTarget } from "../domain/channel";

export interface ChannelPlace {
  /** The channel the tab is in (a Teams channel tab), or null. */
  tab: ChannelTarget | null;
  /** The data lead's setting, or null when none is saved. */
  setting: ChannelSetting | null;
  /** Where a story shared from here goes: the tab's channel, else the configured one. */
  target: ChannelTarget | null;
  /** The Teams app's id, for deep links back to the hub (config.json's, or Teams' own inside Teams). */
  appId: string | null;
}

/** What Teams says about where the tab is; nothing outside Teams, or when Teams does not answer. */
async function teamsContext(): Promise<{ tab: ChannelTarget | null; appId: string | null }> {
  try {
    const { app } = await import("@microsoft/teams-js");
    const context = await app.getContext();
    return { tab: tabChannelTarget(context), appId: context.app.appId?.toString() ?? null };
  } catch (error) {
    console.error("Data Hub: the Teams context could not be read", error);
    return { tab: null, appId: null };
  }
}

/** Where the focus group's channel is, for sharing stories from this page. */
export function useChannelPlace() {
  const { sp, hostKind, teamsAppId } = useServices();
  return useAsync(async (): Promise<ChannelPlace> => {
    const [teams, setting] = await Promise.all([hostKind === "teams" ? teamsContext() : Promise.resolve({ tab: null, appId: null }), loadChannelSetting(sp)]);
    return { tab: teams.tab, setting, target: chooseChannel(teams.tab, setting?.target ?? null), appId: teamsAppId ?? teams.appId };
  }, [sp, hostKind, teamsAppId]);
}
