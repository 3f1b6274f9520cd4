import { Button, Text, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { saveChannelSetting } from "../data/channel-setting-data";
import { CHANNEL_FIELDS, type ChannelSetting, checkChannelSetting, parseChannelLink } from "../domain/channel";
import type { Draft } from "../domain/form";
import { Facts, useFocusStyles } from "./parts";
import { RecordEditor } from "./RecordDrawer";
import { useChannelPlace } from "./use-channel";

const draftOf = (setting: ChannelSetting | null): Draft => ({ link: "", channelName: setting?.target?.name ?? "", teamId: setting?.target?.teamId ?? "", channelId: setting?.target?.channelId ?? "" });

/**
 * The data lead sets, once, the channel stories are shared to from pages outside the channel tab
 * (Home, the personal Data tab, a browser). A pasted channel link fills in the ids.
 */
export function SettingsSection() {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const place = useChannelPlace();
  const [notice, setNotice] = useState("");
  const [revision, setRevision] = useState(0);
  const [draftSeed, setDraftSeed] = useState<Draft | null>(null);
  // What was saved here, shown without reading the list again (the form keeps its place and focus).
  const [saved, setSaved] = useState<ChannelSetting | null>(null);

  if (!capabilities.has(FOCUS_GROUP_CAPABILITIES.configure)) {
    return (
      <section aria-labelledby="settings-heading" className={styles.section}>
        <Title3 as="h2" id="settings-heading">
          Settings
        </Title3>
        <Text as="p">Only the data lead can change the focus group's settings.</Text>
      </section>
    );
  }
  if (place.status === "loading") return <Loading label="Loading the settings…" />;
  if (place.status === "error") return <ErrorState error={place.error} onRetry={place.reload} />;
  const { tab } = place.value;
  const setting = saved ?? place.value.setting;
  const configured = setting?.target ?? null;
  const initial = draftSeed ?? draftOf(setting);

  // A pasted channel link fills in the ids and the name (Teams puts the name in the link).
  const withLink = (draft: Draft): Draft => {
    const parsed = draft.link ? parseChannelLink(draft.link) : null;
    return parsed ? { ...draft, teamId: parsed.teamId, channelId: parsed.channelId, channelName: draft.channelName || parsed.name || "" } : draft;
  };

  return (
    <section aria-labelledby="settings-heading" className={styles.section}>
      <Title3 as="h2" id="settings-heading">
        Settings
      </Title3>
      <Text as="h3" size={400} weight="semibold">
        The focus group's Teams channel
      </Text>
      <Text as="p">
        Success stories shared from the focus group's channel tab go to that channel. Shared from anywhere else (Home, the Data tab, a browser), they go to the channel set here.
      </Text>
      {configured ? (
        <Facts rows={[["Channel", configured.name], ["Team id", configured.teamId], ["Channel id", configured.channelId]]} />
      ) : (
        <Text as="p">{setting ? "The saved channel isn't usable: check the ids below." : "No channel is set yet."}</Text>
      )}
      {tab && (
        <div className={styles.toolbar}>
          <Text>This page is open in the channel {tab.name}.</Text>
          <Button
            onClick={() => {
              setDraftSeed({ link: "", channelName: tab.name, teamId: tab.teamId, channelId: tab.channelId });
              setRevision((n) => n + 1);
            }}
          >
            Use this channel
          </Button>
        </div>
      )}
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      <RecordEditor<ChannelSetting | null>
        key={revision}
        record={setting}
        fields={CHANNEL_FIELDS}
        initialDraft={initial}
        check={(draft) => checkChannelSetting(withLink(draft))}
        save={(draft, base) => saveChannelSetting(sp, base ?? null, withLink(draft))}
        submitLabel="Save the channel"
        onSaved={(result) => {
          setSaved(result);
          setNotice(`Saved: stories shared outside the channel tab go to ${result?.target?.name ?? "the channel"}.`);
        }}
      />
    </section>
  );
}
