import { useCallback } from "react";
import { describeFailure } from "../../../core/data/errors";
import { HUB_ENTITY_ID, hubUrlFor, teamsDeepLink } from "../../../core/domain/deep-links";
import { useServices } from "../../../core/ui/services";
import { useMachine } from "../../../core/ui/use-machine";
import { recordShareAgain, ShareError, type ShareOutcome, shareStory } from "../data/share-story";
import type { ChannelTarget } from "../domain/channel";
import { NO_CHANNEL, type ShareEvent, type ShareFailure, type ShareScreen, shareTransition } from "../domain/share";
import type { Story } from "../domain/story";
import { MODULE_ID } from "./parts";

/**
 * The link a post carries back to the story: a Teams deep link into the Data tab when the app id is
 * known (it opens the story inside Teams, and the hub's address outside the Teams client), otherwise
 * the hub's own address.
 */
export function storyLink(story: Pick<Story, "id" | "title">, appId: string | null): string {
  const route = `${MODULE_ID}/stories/${story.id}`;
  const hubUrl = hubUrlFor(window.location.href, route);
  return appId ? teamsDeepLink({ appId, entityId: HUB_ENTITY_ID, subPageId: route, label: story.title, webUrl: hubUrl }) : hubUrl;
}

/** A failure before the post (reading or claiming the story in SharePoint), in the same shape. */
function beforePosting(error: unknown): ShareFailure {
  const failure = describeFailure(error);
  return { kind: "other", title: failure.title, detail: `${failure.detail} Nothing was posted to Teams.`, keepsClaim: false };
}

const outcomeEvent = (result: ShareOutcome): ShareEvent =>
  result.outcome === "in-progress"
    ? { type: "outcome", outcome: "in-progress", byName: result.byName }
    : result.outcome === "unconfirmed"
      ? { type: "outcome", outcome: "unconfirmed", byName: result.byName, since: result.since }
      : { type: "outcome", outcome: result.outcome };

/**
 * Drives a story's share: the pure transition decides (a second click while posting starts
 * nothing), this hook carries out the post or the record and feeds back the outcome.
 */
export function useShareStory(story: Story, target: ChannelTarget | null, appId: string | null, me: number, onStory: (story: Story) => void) {
  const { sp, graph } = useServices();
  const { state, apply } = useMachine<ShareScreen, ShareEvent, ReturnType<typeof shareTransition>>(shareTransition, { phase: "idle" });

  const share = useCallback(
    async (confirmUnconfirmed = false) => {
      const step = apply({ type: "share", confirmUnconfirmed });
      if (!step.run) return;
      if (!target) {
        apply({ type: "failed", failure: NO_CHANNEL });
        return;
      }
      try {
        if (step.run.kind === "record") {
          onStory(await recordShareAgain(sp, { storyId: story.id, target, me, now: () => new Date() }, step.run.posted));
          apply({ type: "outcome", outcome: "posted" });
          return;
        }
        const result = await shareStory({ sp, graph }, { storyId: story.id, target, link: storyLink(story, appId), me, now: () => new Date(), confirmUnconfirmed: step.run.confirmUnconfirmed });
        onStory(result.story);
        apply(outcomeEvent(result));
      } catch (error) {
        if (error instanceof ShareError) {
          if (error.cause) console.error("Data Hub: sharing the story failed", error.cause);
          apply({ type: "failed", failure: error.failure, ...(error.posted ? { posted: error.posted } : {}) });
        } else {
          console.error("Data Hub: sharing the story failed", error);
          apply({ type: "failed", failure: beforePosting(error) });
        }
      }
    },
    [apply, target, sp, graph, story, appId, me, onStory],
  );
  return { state, share };
}
