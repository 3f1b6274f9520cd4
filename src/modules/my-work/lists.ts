import type { ListDeclaration } from "../../../manifest/schema";

/** The Teams activity types Data Hub sends, as declared in appPackage/manifest.json `activities.activityTypes`. */
export const ACTIVITY_TYPES = ["actionAssigned", "approvalNeeded", "waitingListPlace", "deadlineReminder"] as const;
export const LOG_STATUSES = ["Sending", "Sent", "Failed"] as const;

/**
 * One row per notification event: what makes "one event, one notification" hold across retries,
 * two tabs and two people. EventKey is unique, so the first sender's row wins: the row is written
 * (Sending) BEFORE the Graph call, and marked Sent after it; anyone else adding the same key is
 * refused by SharePoint and sends nothing. The sender marks its own row (editOwn on Author).
 */
export const notificationLogList = {
  title: "NotificationLog",
  url: "Lists/NotificationLog",
  description: "Teams activity feed notifications Data Hub has sent: one row per event, so nothing is sent twice.",
  fields: [
    { name: "EventKey", title: "Event", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255 },
    { name: "ActivityType", title: "Activity type", kind: "Choice", choices: ACTIVITY_TYPES, required: true, indexed: true },
    { name: "RecipientKey", title: "Recipient (Entra id)", kind: "Text", indexed: true, maxLength: 64 },
    { name: "LogStatus", title: "Status", kind: "Choice", choices: LOG_STATUSES, required: true, indexed: true },
    { name: "Route", title: "Opens", kind: "Text", maxLength: 255, description: "The hub route the notification opens (the deep link's subPageId)." },
    { name: "FailureNote", title: "Why it failed", kind: "Note" },
  ],
  permissions: { add: "everyone", edit: ["data-lead"], editOwn: { field: "Author", roles: "everyone" }, delete: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * Each person's choices: which kinds of notification they do not want. No row means all on. Keyed by
 * the person's Entra object id (unique), which is what a sender knows about the recipient; everyone
 * reads (a sender checks the recipient's choice), each person changes only their own.
 */
export const notificationSettingsList = {
  title: "NotificationSettings",
  url: "Lists/NotificationSettings",
  description: "Which Teams notifications each person has turned off.",
  fields: [
    { name: "PersonKey", title: "Person (Entra id)", kind: "Text", required: true, indexed: true, unique: true, maxLength: 64 },
    { name: "TurnedOff", title: "Turned off", kind: "MultiChoice", choices: ACTIVITY_TYPES },
  ],
  permissions: { add: "everyone", edit: ["data-lead"], editOwn: { field: "Author", roles: "everyone" }, delete: ["data-lead"] },
} as const satisfies ListDeclaration;

export const MY_WORK_LISTS = [notificationLogList, notificationSettingsList] as const;
