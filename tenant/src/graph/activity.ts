import { randomUUID } from "node:crypto";
import { ACTIVITY_PARAMETERS } from "../../../src/modules/my-work/domain/notifications";
import type { ApiResponse } from "../http-types";
import { json } from "../http-types";
import { PEOPLE } from "../identity/personas";
import type { GraphCall } from "./call";
import { GraphError, graphErrors } from "./errors";

/**
 * Teams activity feed notifications: `POST /users/{id}/teamwork/sendActivityNotification`, checked
 * as Graph checks it (a text topic with a Teams deep link, an activity type the app's manifest
 * declares, its template parameters), answered 204 and recorded in the recipient's feed.
 * `GET /me/teamwork/localActivityFeed` is the LOCAL TENANT'S OWN: Graph has no such call; local mode
 * and the tests read what Teams would show with it.
 */
export function sendActivityNotification(call: GraphCall): ApiResponse {
  const key = call.params.user!;
  const recipient = PEOPLE.find((p) => p.id === key || p.mail.toLowerCase() === key.toLowerCase());
  if (!recipient) throw graphErrors.resourceNotFound(key);
  let input: {
    topic?: { source?: unknown; value?: unknown; webUrl?: unknown };
    activityType?: unknown;
    previewText?: { content?: unknown };
    templateParameters?: { name?: unknown; value?: unknown }[];
  };
  try {
    input = JSON.parse(call.request.body || "{}") as typeof input;
  } catch {
    throw graphErrors.badRequest("Invalid JSON in the request body.");
  }
  const topic = input.topic;
  if (!topic || topic.source !== "text") throw graphErrors.badRequest("The local tenant serves topics with source 'text' only.");
  if (typeof topic.value !== "string" || !topic.value.trim()) throw graphErrors.badRequest("topic.value is required for a text topic.");
  if (typeof topic.webUrl !== "string" || !topic.webUrl.startsWith("https://teams.microsoft.com/l/")) throw graphErrors.badRequest("topic.webUrl must be a Teams deep link for a text topic.");
  const type = typeof input.activityType === "string" ? input.activityType : "";
  const declared = (ACTIVITY_PARAMETERS as Readonly<Record<string, readonly string[]>>)[type];
  if (!declared) throw new GraphError(400, "BadRequest", `Activity type '${type}' is not declared in the app's manifest.`);
  if (typeof input.previewText?.content !== "string") throw graphErrors.badRequest("previewText.content is required.");
  const given = new Map((input.templateParameters ?? []).map((p) => [String(p.name), String(p.value ?? "")]));
  const missing = declared.filter((name) => !given.has(name));
  if (missing.length) throw graphErrors.badRequest(`Template parameter(s) ${missing.join(", ")} missing for activity type '${type}'.`);
  const from = call.request.caller.person;
  const text = topic.value;
  call.db
    .prepare("INSERT INTO graph_activity_feed (id, recipient, created, from_user, activity_type, body) VALUES (?, ?, ?, ?, ?, ?)")
    .run(randomUUID(), recipient.id, new Date().toISOString(), from.displayName, type, JSON.stringify({ text, webUrl: topic.webUrl, preview: input.previewText.content, parameters: Object.fromEntries(given) }));
  return { status: 204, headers: {}, body: "" };
}

/** LOCAL ONLY: the signed-in persona's feed, newest first ("Teams would show: …"). */
export function localActivityFeed(call: GraphCall): ApiResponse {
  const me = call.request.caller.person;
  const rows = call.db.prepare("SELECT id, created, from_user, activity_type, body FROM graph_activity_feed WHERE recipient = ? ORDER BY created DESC, rowid DESC").all(me.id) as {
    id: string;
    created: string;
    from_user: string;
    activity_type: string;
    body: string;
  }[];
  return json(200, {
    value: rows.map((r) => {
      const body = JSON.parse(r.body) as { text: string; webUrl: string };
      return { id: r.id, activityType: r.activity_type, text: body.text, webUrl: body.webUrl, from: r.from_user, created: r.created };
    }),
  });
}
