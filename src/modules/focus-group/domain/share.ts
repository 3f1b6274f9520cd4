import type { StoryShare } from "./story";

/**
 * Sharing a story to the channel, once. A post is claimed on the story first (ShareClaimedAt/By,
 * saved with the story's ETag, so of two people or two clicks only one claim succeeds), then posted,
 * then recorded (SharedMessageId, SharedAt, SharedBy). These rules decide what a share may do.
 */

/** A claim younger than this is someone's post under way; older, it never finished and needs a person to check. */
export const CLAIM_FRESH_MS = 2 * 60_000;

export type ShareReadiness =
  | { kind: "ready" }
  | { kind: "shared"; at: string | null; byName: string | null; to: string | null; messageUrl: string | null }
  | { kind: "in-progress"; byName: string | null; since: string }
  | { kind: "unconfirmed"; byName: string | null; since: string };

/** Where a story stands, at `now`. */
export function shareReadiness(share: StoryShare, now: Date): ShareReadiness {
  if (share.messageId) return { kind: "shared", at: share.at, byName: share.byName, to: share.to, messageUrl: share.messageUrl };
  if (share.claimedAt) {
    const age = now.getTime() - new Date(share.claimedAt).getTime();
    // A claim dated in the future (a skewed clock) counts as fresh: never post over it.
    return age < CLAIM_FRESH_MS ? { kind: "in-progress", byName: share.claimedByName, since: share.claimedAt } : { kind: "unconfirmed", byName: share.claimedByName, since: share.claimedAt };
  }
  return { kind: "ready" };
}

export type ShareFailureKind = "refused" | "channel-missing" | "busy" | "sign-in" | "unknown-outcome" | "not-recorded" | "no-channel" | "other";

export interface ShareFailure {
  kind: ShareFailureKind;
  title: string;
  detail: string;
  /**
   * Whether the claim stays on the story: when the post may have reached Teams (we don't know) or
   * did reach it, a second post must not follow without a person checking.
   */
  keepsClaim: boolean;
}

const KEPT = "The story is kept.";

/** A failed post in plain words, from the HTTP status Graph answered (0 or undefined: no answer). */
export function describeShareFailure(status: number | undefined): ShareFailure {
  if (status === 403) {
    return {
      kind: "refused",
      title: "Teams didn't let you post to the focus group's channel",
      detail: `Either you aren't a member of the channel, or Data Hub hasn't been allowed to send channel messages for you (an administrator grants consent to “ChannelMessage.Send”). ${KEPT} Try again once that is sorted, or ask the data lead to share it.`,
      keepsClaim: false,
    };
  }
  if (status === 404) {
    return {
      kind: "channel-missing",
      title: "The focus group's channel wasn't found",
      detail: `It may have been deleted or archived, or the channel in the focus group's settings is wrong. ${KEPT} The data lead can check the channel under Settings, then share it again.`,
      keepsClaim: false,
    };
  }
  if (status === 429 || status === 503 || status === 504) return { kind: "busy", title: "Teams is busy just now", detail: `The message wasn't posted. ${KEPT} Wait a minute, then share it again.`, keepsClaim: false };
  if (status === 401) return { kind: "sign-in", title: "Your sign-in has expired", detail: `Sign in again, then share it. ${KEPT}`, keepsClaim: false };
  if (status !== undefined && status >= 400 && status < 500) return { kind: "other", title: "Teams didn't accept the message", detail: `${KEPT} Try again; if it keeps happening, tell the data lead.`, keepsClaim: false };
  // No answer, or a server error: the message may have been posted before things went wrong.
  return {
    kind: "unknown-outcome",
    title: "We couldn't tell whether the message reached Teams",
    detail: `Something failed while posting. ${KEPT} Look in the focus group's channel: if the story isn't there, share it again.`,
    keepsClaim: true,
  };
}

export const NOT_RECORDED: ShareFailure = {
  kind: "not-recorded",
  title: "Posted to Teams, but not yet recorded on the story",
  detail: "The message is in the channel. Saving that on the story failed: record it again so nobody posts it twice.",
  keepsClaim: true,
};

export const NO_CHANNEL: ShareFailure = {
  kind: "no-channel",
  title: "The focus group's channel hasn't been set",
  detail: "Open this page in the focus group's channel tab to share there, or ask the data lead to set the channel under Settings.",
  keepsClaim: false,
};

/** A message Teams has, not yet recorded on the story. */
export interface PostedRef {
  id: string;
  webUrl?: string | null;
}

/** The share button's screen state: a pure transition, so a double click cannot start two posts. */
export type ShareScreen =
  | { phase: "idle" }
  | { phase: "posting" }
  | { phase: "posted" }
  | { phase: "already-shared" }
  | { phase: "in-progress"; byName: string | null }
  | { phase: "unconfirmed"; byName: string | null; since: string }
  | { phase: "failed"; failure: ShareFailure; posted?: PostedRef };

export type ShareEvent =
  | { type: "share"; confirmUnconfirmed?: boolean }
  | { type: "outcome"; outcome: "posted" | "already-shared" }
  | { type: "outcome"; outcome: "in-progress"; byName: string | null }
  | { type: "outcome"; outcome: "unconfirmed"; byName: string | null; since: string }
  | { type: "failed"; failure: ShareFailure; posted?: PostedRef };

export interface ShareStep {
  state: ShareScreen;
  /** What to do: post (after claiming), or only record a message already posted. Absent: nothing. */
  run?: { kind: "post"; confirmUnconfirmed: boolean } | { kind: "record"; posted: PostedRef };
}

export function shareTransition(state: ShareScreen, event: ShareEvent): ShareStep {
  switch (event.type) {
    case "share":
      // A second click while posting, or after it is posted, starts nothing.
      if (state.phase === "posting" || state.phase === "posted" || state.phase === "already-shared") return { state };
      // A post that reached Teams but was not recorded is recorded, never posted again.
      if (state.phase === "failed" && state.posted) return { state: { phase: "posting" }, run: { kind: "record", posted: state.posted } };
      return { state: { phase: "posting" }, run: { kind: "post", confirmUnconfirmed: event.confirmUnconfirmed === true } };
    case "outcome":
      if (state.phase !== "posting") return { state };
      if (event.outcome === "in-progress") return { state: { phase: "in-progress", byName: event.byName } };
      if (event.outcome === "unconfirmed") return { state: { phase: "unconfirmed", byName: event.byName, since: event.since } };
      return { state: { phase: event.outcome } };
    case "failed":
      if (state.phase !== "posting") return { state };
      return { state: { phase: "failed", failure: event.failure, ...(event.posted ? { posted: event.posted } : {}) } };
  }
}
