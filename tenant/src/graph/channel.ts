import { GROUPS, TENANT_ID, transitiveGroups } from "../identity/personas";
import { json } from "../http-types";
import type { ApiResponse } from "../http-types";
import { graphErrors } from "./errors";
import type { GraphCall } from "./call";

/** The data focus group's team and its shared channel, for posting success stories. */
export const FOCUS_GROUP_TEAM_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
export const FOCUS_GROUP_CHANNEL_ID = "19:datafocusgroup0000000000000000@thread.tacv2";
const FOCUS_GROUP_ID = GROUPS.find((g) => g.displayName === "Data Focus Group")!.id;

function channelOf(call: GraphCall): { teamId: string; channelId: string } {
  const teamId = call.params.team!;
  const channelId = call.params.channel!;
  if (teamId !== FOCUS_GROUP_TEAM_ID || channelId !== FOCUS_GROUP_CHANNEL_ID) throw graphErrors.teamOrChannelNotFound();
  if (!transitiveGroups(call.request.caller.person.id).some((g) => g.id === FOCUS_GROUP_ID)) throw graphErrors.notChannelMember();
  return { teamId, channelId };
}

export function listMessages(call: GraphCall): ApiResponse {
  const { teamId, channelId } = channelOf(call);
  const rows = call.db.prepare("SELECT body FROM graph_channel_messages WHERE team_id = ? AND channel_id = ? ORDER BY created DESC").all(teamId, channelId) as { body: string }[];
  return json(200, { "@odata.context": call.context(`teams('${teamId}')/channels('${channelId}')/messages`), value: rows.map((r) => JSON.parse(r.body) as unknown) });
}

export function postMessage(call: GraphCall): ApiResponse {
  const { teamId, channelId } = channelOf(call);
  const me = call.request.caller.person;
  let input: { body?: { content?: unknown; contentType?: unknown }; subject?: unknown };
  try {
    input = JSON.parse(call.request.body || "{}") as typeof input;
  } catch {
    throw graphErrors.badRequest("Invalid JSON in the request body.");
  }
  if (typeof input.body?.content !== "string" || !input.body.content.trim()) throw graphErrors.badRequest("The message body must have content.");
  const contentType = input.body.contentType === "html" ? "html" : "text";
  const now = new Date().toISOString();
  const id = String(Date.now()) + String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const message = {
    "@odata.context": call.context(`teams('${teamId}')/channels('${channelId}')/messages/$entity`),
    id,
    replyToId: null,
    etag: id,
    messageType: "message",
    createdDateTime: now,
    lastModifiedDateTime: now,
    deletedDateTime: null,
    subject: typeof input.subject === "string" ? input.subject : null,
    importance: "normal",
    locale: "en-us",
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${id}?groupId=${teamId}&tenantId=${TENANT_ID}`,
    from: { application: null, device: null, user: { id: me.id, displayName: me.displayName, userIdentityType: "aadUser", tenantId: TENANT_ID } },
    body: { contentType, content: input.body.content },
    channelIdentity: { teamId, channelId },
    attachments: [],
    mentions: [],
    reactions: [],
  };
  call.db.prepare("INSERT INTO graph_channel_messages (id, team_id, channel_id, created, from_user, body) VALUES (?, ?, ?, ?, ?, ?)").run(id, teamId, channelId, now, me.id, JSON.stringify(message));
  return json(201, message);
}
