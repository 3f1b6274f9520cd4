import type { SPFI } from "@pnp/sp";
import { httpStatusOf, updateItem } from "../../../core/data/concurrency";
import type { GraphService } from "../../../core/data/graph";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import type { AppServices } from "../../../core/services";
import {
  type ActivityType,
  activityRequest,
  afterDuplicate,
  LOCAL_TEAMS_APP_ID,
  type LogStatus,
  NOT_FROM_SHAREPOINT,
  type NotificationEvent,
  type NotifyOutcome,
  notSentReason,
} from "../domain/notifications";
import { ACTIVITY_TYPES, notificationLogList, notificationSettingsList } from "../lists";

const logFilter = filterFor(notificationLogList);
const settingsFilter = filterFor(notificationSettingsList);

export type NotifyServices = Pick<AppServices, "sp" | "graph" | "hostKind" | "teamsAppId">;

/** SharePoint's refusal of a second item with the same value in a unique column. */
function isDuplicateRefusal(error: unknown): boolean {
  return httpStatusOf(error) === 500 && /SPDuplicateValuesFoundException|duplicate values/i.test(String((error as { message?: unknown })?.message ?? ""));
}

export interface NotificationSettings {
  id: number;
  etag: string | null;
  off: ActivityType[];
}

/** A person's choices (by Entra id); null when they have never changed them (everything on). */
export async function loadSettings(sp: SPFI, personKey: string): Promise<NotificationSettings | null> {
  const [row] = await getItems(sp, notificationSettingsList, { select: ["Id", "TurnedOff"], filter: settingsFilter.eq("PersonKey", personKey), top: 1 });
  if (!row) return null;
  const off = (row.TurnedOff ?? []).filter((t): t is ActivityType => (ACTIVITY_TYPES as readonly string[]).includes(t));
  return { id: row.Id, etag: row["odata.etag"] ?? null, off };
}

/**
 * Saves the person's choices: their row changed with the ETag it was read with, or a new row. Two
 * tabs adding at once: the second add is refused (PersonKey is unique) and becomes a change of the
 * row the first made.
 */
export async function saveSettings(sp: SPFI, personKey: string, existing: NotificationSettings | null, off: readonly ActivityType[]): Promise<NotificationSettings> {
  const values = { TurnedOff: [...off] };
  if (existing) {
    await updateItem(sp, notificationSettingsList, existing, values, () => loadSettings(sp, personKey));
  } else {
    try {
      await addItem(sp, notificationSettingsList, { Title: "Notification settings", PersonKey: personKey, ...values });
    } catch (error) {
      if (!isDuplicateRefusal(error)) throw error;
      const now = await loadSettings(sp, personKey);
      if (!now) throw error;
      await updateItem(sp, notificationSettingsList, now, values, () => loadSettings(sp, personKey));
    }
  }
  return (await loadSettings(sp, personKey))!;
}

interface LogRow {
  id: number;
  etag: string | null;
  status: LogStatus;
}

async function readLogRow(sp: SPFI, eventKey: string): Promise<LogRow | null> {
  const [row] = await getItems(sp, notificationLogList, { select: ["Id", "LogStatus"], filter: logFilter.eq("EventKey", eventKey), top: 1 });
  return row ? { id: row.Id, etag: row["odata.etag"] ?? null, status: (row.LogStatus ?? "Sending") as LogStatus } : null;
}

/** Which of these events already have a row (sent, being sent or failed): reminders skip them without a Graph call. */
export async function loggedKeys(sp: SPFI, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 20) {
    const chunk = keys.slice(i, i + 20);
    const rows = await getItems(sp, notificationLogList, { select: ["EventKey"], filter: logFilter.anyOf("EventKey", chunk), top: chunk.length * 2 });
    for (const r of rows) if (r.EventKey) found.add(r.EventKey);
  }
  return found;
}

type Claim = { kind: "mine"; row: LogRow } | { kind: "already-sent" } | { kind: "in-progress" };

/**
 * Takes the event: its log row is written (Sending) before anything is sent. A refusal for a
 * duplicate key means another tab, person or retry has it (domain afterDuplicate says what to do).
 */
async function claimEvent(sp: SPFI, event: NotificationEvent, recipientKey: string): Promise<Claim> {
  try {
    const added = await addItem(sp, notificationLogList, {
      Title: event.text.slice(0, 255),
      EventKey: event.key,
      ActivityType: event.type,
      RecipientKey: recipientKey,
      LogStatus: "Sending",
      Route: event.route.slice(0, 255),
    });
    return { kind: "mine", row: { id: added.id, etag: added.etag, status: "Sending" } };
  } catch (error) {
    if (!isDuplicateRefusal(error)) throw error;
  }
  const existing = await readLogRow(sp, event.key);
  const next = afterDuplicate(existing);
  if (next !== "take-over" || !existing) return { kind: next === "take-over" ? "in-progress" : next };
  try {
    const etag = await updateItem(sp, notificationLogList, existing, { LogStatus: "Sending", FailureNote: null }, () => readLogRow(sp, event.key));
    return { kind: "mine", row: { ...existing, etag, status: "Sending" } };
  } catch {
    // Someone else took it over first (412), or the row is not ours to change (403): theirs to send.
    return { kind: "in-progress" };
  }
}

async function mark(sp: SPFI, eventKey: string, row: LogRow, status: LogStatus, note: string | null): Promise<void> {
  await updateItem(sp, notificationLogList, row, { LogStatus: status, FailureNote: note }, () => readLogRow(sp, eventKey));
}

/** The Teams app id for deep links: config.json's, else (in Teams) the Teams context's, else local mode's stand-in. */
async function teamsAppIdFor(services: Pick<NotifyServices, "hostKind" | "teamsAppId">): Promise<string | undefined> {
  if (services.teamsAppId) return services.teamsAppId;
  if (services.hostKind === "local") return LOCAL_TEAMS_APP_ID;
  if (services.hostKind !== "teams") return undefined;
  try {
    const { app } = await import("@microsoft/teams-js");
    return (await app.getContext()).app.appId?.toString() || undefined;
  } catch {
    return undefined;
  }
}

const activityPath = (userId: string) => `/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`;

/**
 * Sends one event's Teams activity feed notification, at most once per event key: check the host
 * (never from a SharePoint web part), find the recipient, respect their settings, claim the event in
 * the log, send through Graph (its client retries 429s), mark it Sent. Never throws for a
 * notification that could not be sent: the caller's save has happened, and the outcome says why in
 * plain words.
 */
export async function notify(services: NotifyServices, event: NotificationEvent): Promise<NotifyOutcome> {
  if (services.hostKind === "sharepoint") return { outcome: "not-sent", reason: NOT_FROM_SHAREPOINT };
  const appId = await teamsAppIdFor(services);
  if (!appId) return { outcome: "not-sent", reason: "Teams notifications need the Teams app's id in config.json (teamsAppId), so nobody was notified. Everything else was saved." };
  let recipient: { id: string; displayName: string };
  try {
    recipient = await services.graph.get<{ id: string; displayName: string }>(`/users/${encodeURIComponent(event.recipientEmail)}?$select=id,displayName`);
  } catch (error) {
    return { outcome: "not-sent", reason: notSentReason(httpStatusOf(error), event.recipientEmail) };
  }
  const settings = await loadSettings(services.sp, recipient.id);
  if (settings?.off.includes(event.type)) return { outcome: "turned-off" };
  const claim = await claimEvent(services.sp, event, recipient.id);
  if (claim.kind !== "mine") return { outcome: claim.kind };
  try {
    await services.graph.post(activityPath(recipient.id), activityRequest(event, appId));
  } catch (error) {
    const reason = notSentReason(httpStatusOf(error), recipient.displayName);
    await mark(services.sp, event.key, claim.row, "Failed", reason).catch(() => undefined);
    return { outcome: "not-sent", reason };
  }
  // If this mark fails the row stays "Sending", which nobody sends again: at most once.
  await mark(services.sp, event.key, claim.row, "Sent", null).catch(() => undefined);
  return { outcome: "sent" };
}

/**
 * Several events (deadline reminders), one after another: those already logged are skipped without
 * asking Graph, and at most `limit` new ones are sent (the rest are left for next time).
 */
export async function notifyAll(services: NotifyServices, events: readonly NotificationEvent[], limit = Infinity): Promise<NotifyOutcome[]> {
  if (events.length === 0) return [];
  const logged = await loggedKeys(services.sp, events.map((e) => e.key));
  const outcomes: NotifyOutcome[] = [];
  let sent = 0;
  for (const event of events) {
    if (logged.has(event.key)) outcomes.push({ outcome: "already-sent" });
    else if (sent++ < limit) outcomes.push(await notify(services, event));
  }
  return outcomes;
}

/** Local mode: what Teams would show this person (the local tenant's feed; Graph has no such call). */
export function loadLocalActivityFeed(graph: GraphService): Promise<{ value: LocalActivity[] }> {
  return graph.get<{ value: LocalActivity[] }>("/me/teamwork/localActivityFeed");
}

export interface LocalActivity {
  id: string;
  activityType: string;
  text: string;
  webUrl: string;
  from: string;
  created: string;
}
