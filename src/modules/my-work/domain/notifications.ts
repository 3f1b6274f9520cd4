import { teamsDeepLink } from "../../../core/domain/deep-links";
import { daysUntil, type OwnedWorkItem, type WorkItem } from "../../../core/domain/work";
import { ACTIVITY_TYPES, LOG_STATUSES } from "../lists";

export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type LogStatus = (typeof LOG_STATUSES)[number];
export { ACTIVITY_TYPES };

/** Each kind as the settings name it: what the person is told about. */
export const ACTIVITY_LABELS: Readonly<Record<ActivityType, string>> = {
  actionAssigned: "An action is assigned to me",
  approvalNeeded: "A proposal is waiting for my approval",
  waitingListPlace: "I get a place from a training waiting list",
  deadlineReminder: "Reminders of my deadlines (reviews, returns, reading)",
};

/**
 * The template parameters each activity type's `templateText` names in appPackage/manifest.json.
 * test/unit/my-work-notifications.test.ts holds the manifest to these.
 */
export const ACTIVITY_PARAMETERS: Readonly<Record<ActivityType, readonly string[]>> = {
  actionAssigned: ["actionTitle"],
  approvalNeeded: ["termTitle"],
  waitingListPlace: ["sessionTitle"],
  deadlineReminder: ["itemTitle", "dueDate"],
};

/** One event that may notify one person: at most one notification is ever sent for its key. */
export interface NotificationEvent {
  /** Identifies the event (what happened, to what, for whom); see the key builders below. */
  key: string;
  type: ActivityType;
  /** The recipient's e-mail (a person column's), resolved to their Entra id through Graph. */
  recipientEmail: string;
  /** The hub route the notification opens: the deep link's subPageId. */
  route: string;
  /** The feed's topic line and preview. */
  text: string;
  parameters: Readonly<Record<string, string>>;
}

/** Keys are unique in a 255-character column: long titles never reach them (ids and versions do). */
const key = (...parts: (string | number)[]) => parts.map(String).join("|").slice(0, 255);

export function actionAssignedEvent(action: { id: number; title: string; version: string }, recipientEmail: string): NotificationEvent {
  return {
    key: key("actionAssigned", `action-${action.id}`, action.version, recipientEmail.toLowerCase()),
    type: "actionAssigned",
    recipientEmail,
    route: `actions/${action.id}`,
    text: `Action assigned to you: ${action.title}`,
    parameters: { actionTitle: action.title },
  };
}

export function approvalNeededEvent(proposal: { id: number; title: string; version: string }, recipientEmail: string): NotificationEvent {
  return {
    key: key("approvalNeeded", `proposal-${proposal.id}`, proposal.version, recipientEmail.toLowerCase()),
    type: "approvalNeeded",
    recipientEmail,
    route: `dictionary/proposals/${proposal.id}`,
    text: `Waiting for your approval: ${proposal.title}`,
    parameters: { termTitle: proposal.title },
  };
}

export function waitingListPlaceEvent(booking: { id: number; sessionTitle: string }, recipientEmail: string): NotificationEvent {
  return {
    key: key("waitingListPlace", `booking-${booking.id}`, recipientEmail.toLowerCase()),
    type: "waitingListPlace",
    recipientEmail,
    route: "training?tab=mine",
    text: `You have a place: ${booking.sessionTitle}`,
    parameters: { sessionTitle: booking.sessionTitle },
  };
}

/** Reminders are due for dated things to do (not "coming up") once they are this close. */
export const REMINDER_DAYS = 7;

/** The person's own items a deadline reminder is due for today: one per item and due date, ever. */
export function remindersDue(items: readonly WorkItem[], recipientEmail: string, today: Date): NotificationEvent[] {
  return items
    .filter((i) => i.kind !== "coming-up" && i.due !== null && daysUntil(i.due, today) <= REMINDER_DAYS)
    .map((i) => {
      const due = i.due!.slice(0, 10);
      const dueWords = i.overdue ? `was due ${ukDate(due)}` : `is due ${ukDate(due)}`;
      return {
        key: key("deadlineReminder", i.moduleId, i.key, due, recipientEmail.toLowerCase()),
        type: "deadlineReminder" as const,
        recipientEmail,
        route: i.route,
        text: `${i.title} ${dueWords}`,
        parameters: { itemTitle: i.title, dueDate: ukDate(due) },
      };
    });
}

/**
 * The reminders the data lead's opening sends for other people's overdue items: the same events as
 * each person's own (same keys), so whoever opens the hub first sends it and nobody gets two.
 */
export function remindersForOthers(owned: readonly OwnedWorkItem[], today: Date): NotificationEvent[] {
  return owned.flatMap((o) => remindersDue([o.item], o.recipientEmail, today));
}

/** At most this many reminders are sent for others per opening; the rest go next time. */
export const MAX_REMINDERS_FOR_OTHERS = 20;

const ukDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * The body of Graph's `POST /users/{id}/teamwork/sendActivityNotification`: a text topic whose
 * webUrl is a Teams deep link to the Data tab with the route as subPageId, so selecting the
 * notification opens the item.
 */
export function activityRequest(event: NotificationEvent, teamsAppId: string) {
  const value = event.text.length > 200 ? `${event.text.slice(0, 199)}…` : event.text;
  return {
    topic: { source: "text", value, webUrl: teamsDeepLink({ appId: teamsAppId, subPageId: event.route, label: "Data Hub" }) },
    activityType: event.type,
    previewText: { content: value },
    templateParameters: Object.entries(event.parameters).map(([name, v]) => ({ name, value: v })),
  };
}

/**
 * What a sender does when SharePoint refuses its log row because the event's key is taken: the
 * existing row says whether the event is settled. Sent: nothing to do. Sending: someone (another
 * tab, another person, or an earlier try whose answer was lost) has it; sending again could
 * notify twice, so it is left, at most once. Failed: this sender may take it over (with the row's
 * ETag, so of two takers one wins) and try again.
 */
export function afterDuplicate(existing: { status: LogStatus } | null): "already-sent" | "in-progress" | "take-over" {
  if (!existing) return "in-progress";
  if (existing.status === "Sent") return "already-sent";
  if (existing.status === "Sending") return "in-progress";
  return "take-over";
}

/** The outcome of one notify call, in words the screen can show. */
export type NotifyOutcome =
  | { outcome: "sent" }
  | { outcome: "already-sent" }
  | { outcome: "in-progress" }
  | { outcome: "turned-off" }
  | { outcome: "not-sent"; reason: string };

/** Why a send failed, in plain words: the status Graph answered, if any. */
export function notSentReason(status: number | undefined, recipientName: string): string {
  switch (status) {
    case 403:
      return `Teams did not let Data Hub notify ${recipientName}: an administrator has to consent to the “TeamsActivity.Send” permission, or Data Hub is not installed for them in Teams. Everything else was saved.`;
    case 404:
      return `${recipientName} could not be found in the directory, so Teams was not told. Everything else was saved.`;
    case 429:
    case 503:
      return `Teams was busy and ${recipientName} was not notified. Everything else was saved.`;
    default:
      return `${recipientName} could not be notified in Teams. Everything else was saved.`;
  }
}

/** A send from a SharePoint web part: refused before anything is written (the web parts do not ask for TeamsActivity.Send). */
export const NOT_FROM_SHAREPOINT = "Teams notifications are sent from the Data tab in Teams, not from SharePoint pages, so nobody was notified this time. Everything else was saved.";

/** Local mode's stand-in app id (no Teams app is registered): deep links keep their shape. */
export const LOCAL_TEAMS_APP_ID = "00000000-0000-4000-8000-0000000da7a0";
