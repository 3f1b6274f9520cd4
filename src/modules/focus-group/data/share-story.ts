import type { SPFI } from "@pnp/sp";
import { isConflict, readModifyWrite, updateItem } from "../../../core/data/concurrency";
import type { GraphService } from "../../../core/data/graph";
import type { ChannelTarget } from "../domain/channel";
import { storyMessage } from "../domain/channel-message";
import { describeShareFailure, NOT_RECORDED, type ShareFailure, shareReadiness } from "../domain/share";
import { type Story, storyKind } from "../domain/story";
import { storiesList } from "../lists";
import { getRecord } from "./records-data";

/** A share that did not post, in plain words; the story is unchanged (or keeps its claim, see ShareFailure). */
export class ShareError extends Error {
  constructor(
    readonly failure: ShareFailure,
    /** Set when the message reached Teams but was not recorded: record it, never post it again. */
    readonly posted?: PostedMessage,
    override readonly cause?: unknown,
  ) {
    super(failure.title);
    this.name = "ShareError";
  }
}

export type ShareOutcome =
  | { outcome: "posted"; story: Story }
  | { outcome: "already-shared"; story: Story }
  | { outcome: "in-progress"; story: Story; byName: string | null }
  | { outcome: "unconfirmed"; story: Story; byName: string | null; since: string };

export interface ShareRequest {
  storyId: number;
  target: ChannelTarget;
  /** The link back to the story (a Teams deep link, or the hub's own address). */
  link: string;
  /** The sharer's id on the site. */
  me: number;
  /** The clock: claims and the shared date are stamped with it. */
  now: () => Date;
  /** The person has checked the channel after an earlier share that never finished: post anyway. */
  confirmUnconfirmed?: boolean;
}

/** The Graph message Teams returns (the parts recorded on the story). */
export interface PostedMessage {
  id: string;
  webUrl?: string | null;
}

const messagesPath = (target: ChannelTarget) => `/teams/${encodeURIComponent(target.teamId)}/channels/${encodeURIComponent(target.channelId)}/messages`;

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === "number" ? status : undefined;
};

const CLAIM_ATTEMPTS = 5;

/**
 * Claims the story for this post with its ETag: of two people (or two tabs) sharing at once, one
 * claim succeeds and the other finds it claimed or shared. Returns the outcome when there is nothing to post.
 */
async function claim(sp: SPFI, request: ShareRequest): Promise<ShareOutcome | null> {
  for (let attempt = 1; ; attempt++) {
    const story = await getRecord(sp, storyKind, request.storyId);
    const readiness = shareReadiness(story.share, request.now());
    if (readiness.kind === "shared") return { outcome: "already-shared", story };
    const mine = story.share.claimedById === request.me;
    if (readiness.kind === "in-progress" && !(mine && request.confirmUnconfirmed)) return { outcome: "in-progress", story, byName: readiness.byName };
    if (readiness.kind === "unconfirmed" && !request.confirmUnconfirmed) return { outcome: "unconfirmed", story, byName: readiness.byName, since: readiness.since };
    try {
      await updateItem(sp, storiesList, story, { ShareClaimedAt: request.now().toISOString(), ShareClaimedById: request.me }, () => getRecord(sp, storyKind, story.id));
      return null;
    } catch (error) {
      // Someone changed the story in between (perhaps claimed it): look again.
      if (!isConflict(error) || attempt >= CLAIM_ATTEMPTS) throw error;
    }
  }
}

/** Clears this person's claim after a post that did not happen, so the story can be shared again. */
async function releaseClaim(sp: SPFI, storyId: number, me: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const story = await getRecord(sp, storyKind, storyId);
    // Only our own claim is ours to clear; a recorded share is never undone.
    if (story.share.claimedById !== me || story.share.messageId) return;
    try {
      await updateItem(sp, storiesList, story, { ShareClaimedAt: null, ShareClaimedById: null }, () => getRecord(sp, storyKind, storyId));
      return;
    } catch (error) {
      if (!isConflict(error) || attempt >= CLAIM_ATTEMPTS) throw error;
    }
  }
}

/**
 * Records a posted message on the story: which message, where, when and by whom; the claim goes.
 * Read-modify-write, so an edit to the story's text in the meantime does not lose the record.
 */
export async function recordShare(sp: SPFI, storyId: number, message: PostedMessage, target: Pick<ChannelTarget, "name">, me: number, at: Date): Promise<Story> {
  await readModifyWrite(sp, storiesList, {
    read: async () => {
      const story = await getRecord(sp, storyKind, storyId);
      return { id: story.id, etag: story.etag, value: story };
    },
    change: () => ({
      SharedMessageId: message.id,
      SharedMessageUrl: message.webUrl ?? null,
      SharedTo: target.name.slice(0, 255),
      SharedAt: at.toISOString(),
      SharedById: me,
      ShareClaimedAt: null,
      ShareClaimedById: null,
    }),
  });
  return getRecord(sp, storyKind, storyId);
}

/**
 * Shares a story to the focus group's channel, at most once: claim (ETag), post through Graph
 * (`ChannelMessage.Send`), record. A post Teams refused releases the claim and says why; a post whose
 * outcome is unknown keeps the claim, so nobody posts again before checking the channel.
 */
export async function shareStory(services: { sp: SPFI; graph: GraphService }, request: ShareRequest): Promise<ShareOutcome> {
  const { sp, graph } = services;
  const settled = await claim(sp, request);
  if (settled) return settled;
  const story = await getRecord(sp, storyKind, request.storyId);
  let posted: PostedMessage;
  try {
    posted = await graph.post<PostedMessage>(messagesPath(request.target), storyMessage(story, request.link));
  } catch (error) {
    const failure = describeShareFailure(statusOf(error));
    if (!failure.keepsClaim) await releaseClaim(sp, request.storyId, request.me).catch(() => undefined);
    throw new ShareError(failure, undefined, error);
  }
  try {
    return { outcome: "posted", story: await recordShare(sp, request.storyId, posted, request.target, request.me, request.now()) };
  } catch (error) {
    throw new ShareError(NOT_RECORDED, posted, error);
  }
}

/** After "posted but not recorded": records the message already in Teams, without posting again. */
export async function recordShareAgain(sp: SPFI, request: Pick<ShareRequest, "storyId" | "target" | "me" | "now">, posted: PostedMessage): Promise<Story> {
  try {
    return await recordShare(sp, request.storyId, posted, request.target, request.me, request.now());
  } catch (error) {
    throw new ShareError(NOT_RECORDED, posted, error);
  }
}
