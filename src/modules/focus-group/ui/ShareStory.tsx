import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { Share20Regular } from "@fluentui/react-icons";
import { formatDate } from "../../../core/domain/format";
import type { ChannelTarget } from "../domain/channel";
import { shareReadiness } from "../domain/share";
import type { Story } from "../domain/story";
import { SafeLink, useFocusStyles } from "./parts";
import { useShareStory } from "./use-share-story";

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
const when = (iso: string) => `${formatDate(iso)} at ${timeFormat.format(new Date(iso))}`;

export interface ShareStoryProps {
  story: Story;
  target: ChannelTarget | null;
  appId: string | null;
  /** The signed-in person's site user id. */
  me: number;
  /** The data lead, or the story's author with the share capability. */
  mayShare: boolean;
  onStory: (story: Story) => void;
}

/**
 * Sharing a story to the focus group's Teams channel: where it goes, whether it has gone, and the
 * one button. The outcome is announced in a live region; a failure says why and offers a retry.
 */
export function ShareStory({ story, target, appId, me, mayShare, onStory }: ShareStoryProps) {
  const styles = useFocusStyles();
  const { state, share } = useShareStory(story, target, appId, me, onStory);
  const readiness = shareReadiness(story.share, new Date());
  const posting = state.phase === "posting";

  const announcement =
    state.phase === "posting"
      ? "Sharing to Teams…"
      : state.phase === "posted"
        ? `Shared to ${story.share.to ?? target?.name ?? "the channel"}.`
        : state.phase === "already-shared"
          ? `This story was already shared${story.share.to ? ` to ${story.share.to}` : ""}${story.share.at ? ` on ${formatDate(story.share.at)}` : ""}${story.share.byName ? ` by ${story.share.byName}` : ""}. It was not posted again.`
          : state.phase === "in-progress"
            ? `${state.byName ?? "Someone"} is sharing this story right now. It was not posted twice.`
            : state.phase === "failed"
              ? state.failure.title
              : "";

  const shareButton = (label: string, confirm: boolean) => (
    <div>
      <Button appearance="primary" icon={<Share20Regular />} disabledFocusable={posting} onClick={() => void share(confirm)}>
        {posting ? "Sharing…" : label}
      </Button>
    </div>
  );

  return (
    <section aria-labelledby={`share-${story.id}`} className={styles.section}>
      <Text as="h3" size={400} weight="semibold" id={`share-${story.id}`}>
        Share to Teams
      </Text>
      {readiness.kind === "shared" ? (
        <Text as="p" className={styles.text}>
          Shared to {readiness.to ?? "the focus group's channel"}
          {readiness.at ? ` on ${when(readiness.at)}` : ""}
          {readiness.byName ? ` by ${readiness.byName}` : ""}.{" "}
          <SafeLink href={readiness.messageUrl}>Open the message in Teams</SafeLink>
        </Text>
      ) : target ? (
        <Text as="p" className={styles.text}>
          Posts this story to <strong>{target.name}</strong>
          {target.source === "settings" ? " (the focus group's channel, set under Settings)" : ""} as a message, with a link back here.
        </Text>
      ) : null}

      {readiness.kind !== "shared" && !target && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The focus group's channel hasn't been set</MessageBarTitle>
            Open this page in the focus group's channel tab to share there, or ask the data lead to set the channel under Settings.
          </MessageBarBody>
        </MessageBar>
      )}

      {readiness.kind === "unconfirmed" && state.phase !== "posting" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>An earlier share didn't finish</MessageBarTitle>
            {readiness.byName ?? "Someone"} started sharing this story on {when(readiness.since)}, and it was never confirmed. Look in the focus group's channel first: if the story isn't there, share it again.
          </MessageBarBody>
          {mayShare && target && <MessageBarActions>{shareButton("It isn't there: share it again", true)}</MessageBarActions>}
        </MessageBar>
      )}

      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{state.failure.title}</MessageBarTitle>
            {state.failure.detail}
          </MessageBarBody>
          {target && (
            <MessageBarActions>
              <Button onClick={() => void share(state.failure.kind === "unknown-outcome")}>{state.posted ? "Record it again" : state.failure.kind === "unknown-outcome" ? "It isn't there: share it again" : "Try again"}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      {readiness.kind !== "shared" && readiness.kind !== "unconfirmed" && state.phase !== "failed" && target && (mayShare ? shareButton("Share to the focus group's channel", false) : <Text className={styles.meta}>The data lead or the story's author can share it to Teams.</Text>)}

      <Text role="status" aria-live="polite" className={styles.meta}>
        {announcement}
      </Text>
    </section>
  );
}
