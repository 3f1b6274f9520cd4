import type { SPFI } from "@pnp/sp";
import { getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type ChannelSetting, channelSettingKind, channelSettingValues } from "../domain/channel";
import type { Draft } from "../domain/form";
import { CHANNEL_SETTING_KEY, settingsList } from "../lists";
import { addRecord, saveRecord } from "./records-data";

/** The configured channel (one item, keyed), or null when the data lead has not set one. */
export async function loadChannelSetting(sp: SPFI): Promise<ChannelSetting | null> {
  const rows = await getItems(sp, settingsList, { select: channelSettingKind.select, filter: filterFor(settingsList).eq("SettingKey", CHANNEL_SETTING_KEY), top: 1 });
  return rows[0] ? channelSettingKind.fromItem(rows[0]) : null;
}

/** Saves a checked channel setting: a new item the first time, then the same one with its ETag. */
export async function saveChannelSetting(sp: SPFI, existing: ChannelSetting | null, draft: Draft): Promise<ChannelSetting> {
  const values = channelSettingValues(draft);
  return existing ? saveRecord(sp, channelSettingKind, existing, values) : addRecord(sp, channelSettingKind, values);
}
