import type { ListDeclaration, ListPermissions } from "../../../manifest/schema";

/** Focus group members and the data lead keep the group's records; everyone else reads them. */
const GROUP_KEEPS: ListPermissions = { add: ["data-lead", "focus-group"], edit: ["data-lead", "focus-group"] };

export const QUESTION_KINDS = ["Question", "Suggestion"] as const;
export const QUESTION_STATUSES = ["Open", "Being looked at", "Answered", "Not taken forward"] as const;
export const MENTORING_KINDS = ["Offer", "Request"] as const;
export const MENTORING_STATUSES = ["Open", "Matched", "Closed"] as const;
export const DECISION_KINDS = ["Committee", "Officer"] as const;
export const PILOT_STATUSES = ["Proposed", "Running", "Scaled", "Stopped"] as const;

/**
 * Success stories: what changed because of data, and its impact. Sharing one to the focus group's
 * Teams channel records the message on the story (ShareClaimed* while a post is under way, so two
 * people, or two clicks, cannot post it twice; Shared* once it is posted).
 */
export const storiesList = {
  title: "SuccessStories",
  url: "Lists/SuccessStories",
  description: "The data focus group's success stories: what changed, the data used and the impact.",
  versioning: true,
  fields: [
    { name: "WhatChanged", title: "What changed", kind: "Note", required: true },
    { name: "DataUsed", title: "Data used", kind: "Note" },
    { name: "ImpactValue", title: "Impact (number)", kind: "Number" },
    { name: "ImpactUnit", title: "Impact unit", kind: "Text", maxLength: 60, description: "What the number counts: hours a month, £, days, complaints…" },
    { name: "ImpactDescription", title: "Impact", kind: "Note" },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", indexed: true, maxLength: 40 },
    { name: "People", title: "People involved", kind: "Note" },
    { name: "StoryDate", title: "When it happened", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "SharedMessageId", title: "Teams message id", kind: "Text", maxLength: 100 },
    { name: "SharedMessageUrl", title: "Teams message link", kind: "Note", description: "Written by Data Hub when the story is posted." },
    { name: "SharedTo", title: "Shared to", kind: "Text", maxLength: 255 },
    { name: "SharedAt", title: "Shared on", kind: "DateTime", indexed: true },
    { name: "SharedBy", title: "Shared by", kind: "User" },
    { name: "ShareClaimedAt", title: "Share started", kind: "DateTime", description: "Set while a post to Teams is under way; cleared when it is recorded or fails." },
    { name: "ShareClaimedBy", title: "Share started by", kind: "User" },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/** The focus group's meetings: agenda, notes and who came. Actions arising are in MeetingActions. */
export const meetingsList = {
  title: "FocusGroupMeetings",
  url: "Lists/FocusGroupMeetings",
  description: "Data focus group meetings: date, agenda, notes and attendees.",
  versioning: true,
  fields: [
    { name: "MeetingDate", title: "Date", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "Agenda", title: "Agenda", kind: "Note" },
    { name: "Notes", title: "Notes", kind: "Note" },
    { name: "Attendees", title: "Attendees", kind: "Note", description: "One name a line." },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/**
 * Actions arising from a meeting, one item each, linked to the action created for it in the action
 * tracker (ActionId; empty until someone allowed to add actions has added it).
 */
export const meetingActionsList = {
  title: "MeetingActions",
  url: "Lists/MeetingActions",
  description: "Actions arising from data focus group meetings, linked to the action tracker.",
  fields: [
    { name: "MeetingId", title: "Meeting", kind: "Number", required: true, indexed: true },
    { name: "ActionId", title: "Action in the tracker", kind: "Number", indexed: true },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/** "Data share" presentations, where teams present insights, successes and best practices. */
export const sessionsList = {
  title: "DataShareSessions",
  url: "Lists/DataShareSessions",
  description: "Data share sessions: presenter, topic, date, attendance and slides.",
  fields: [
    { name: "Presenter", title: "Presenter", kind: "Text", required: true, maxLength: 120 },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "SessionDate", title: "Date", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "Attendance", title: "Attendance", kind: "Integer", minimum: 0 },
    { name: "SlidesLink", title: "Slides", kind: "URL" },
    { name: "Summary", title: "Summary", kind: "Note" },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

export const lessonsList = {
  title: "LessonsLearnt",
  url: "Lists/LessonsLearnt",
  description: "Lessons learnt from data work, by topic.",
  fields: [
    { name: "Lesson", title: "Lesson", kind: "Note", required: true },
    { name: "Topics", title: "Topics", kind: "Text", indexed: true, maxLength: 255, description: "Separated by semicolons." },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/** Mentoring offers and requests; the person is whoever added it (Author). Matched by topic. */
export const mentoringList = {
  title: "Mentoring",
  url: "Lists/Mentoring",
  description: "Mentoring offers and requests in data skills, matched by topic.",
  fields: [
    { name: "Kind", title: "Offer or request", kind: "Choice", choices: MENTORING_KINDS, required: true, indexed: true },
    { name: "Topics", title: "Topics", kind: "Text", required: true, indexed: true, maxLength: 255, description: "Separated by semicolons." },
    { name: "Detail", title: "Detail", kind: "Note" },
    { name: "Status", title: "Status", kind: "Choice", choices: MENTORING_STATUSES, required: true, indexed: true },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/** Data-related questions and suggestions from anyone, answered by the group. */
export const questionsList = {
  title: "DataQuestions",
  url: "Lists/DataQuestions",
  description: "Data-related questions and suggestions from staff and councillors, with the group's answers.",
  versioning: true,
  fields: [
    { name: "Kind", title: "Question or suggestion", kind: "Choice", choices: QUESTION_KINDS, required: true, indexed: true },
    { name: "Detail", title: "Detail", kind: "Note" },
    { name: "Status", title: "Status", kind: "Choice", choices: QUESTION_STATUSES, required: true, indexed: true },
    { name: "Answer", title: "Answer", kind: "Note" },
    { name: "AnsweredAt", title: "Answered on", kind: "DateTime", indexed: true },
    { name: "AnsweredBy", title: "Answered by", kind: "User" },
  ],
  permissions: { add: "everyone", edit: ["data-lead", "focus-group"] },
} as const satisfies ListDeclaration;

/**
 * The log of committee and officer decisions with the evidence each used. Datasets are free text
 * until the asset register exists; dashboards are catalogue item ids ("3;7"); KPIs free text.
 */
export const decisionsList = {
  title: "DataDecisions",
  url: "Lists/DataDecisions",
  description: "Committee and officer decisions and the data evidence each used.",
  versioning: true,
  fields: [
    { name: "DecisionDate", title: "Date", kind: "DateTime", dateOnly: true, required: true, indexed: true },
    { name: "DecisionKind", title: "Committee or officer", kind: "Choice", choices: DECISION_KINDS, required: true, indexed: true },
    { name: "DecisionMaker", title: "Decision maker", kind: "Text", required: true, maxLength: 255 },
    { name: "Report", title: "Report", kind: "Text", maxLength: 255, description: "The report's title or reference." },
    { name: "ReportUrl", title: "Report link", kind: "URL" },
    { name: "EvidenceDatasets", title: "Datasets used", kind: "Note", description: "One a line." },
    { name: "EvidenceDashboards", title: "Dashboards used", kind: "Text", maxLength: 255, description: "Catalogue item ids, separated by semicolons (written by Data Hub)." },
    { name: "EvidenceKpis", title: "KPIs used", kind: "Note", description: "One a line." },
    { name: "NoEvidence", title: "No data evidence", kind: "Boolean" },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/** Pilots: a hypothesis tested, its measure of success, and what was learnt. */
export const pilotsList = {
  title: "DataPilots",
  url: "Lists/DataPilots",
  description: "Data pilots: hypothesis, measure of success, status and what was learnt.",
  versioning: true,
  fields: [
    { name: "Hypothesis", title: "Hypothesis", kind: "Note", required: true },
    { name: "SuccessMeasure", title: "Measure of success", kind: "Note", required: true },
    { name: "Status", title: "Status", kind: "Choice", choices: PILOT_STATUSES, required: true, indexed: true },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "StartedOn", title: "Started", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "EndedOn", title: "Scaled or stopped", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "Learnt", title: "What was learnt", kind: "Note" },
  ],
  permissions: GROUP_KEEPS,
} as const satisfies ListDeclaration;

/** The one setting key: where success stories are posted when the page is not in the channel tab. */
export const CHANNEL_SETTING_KEY = "teams-channel";

/** The focus group's settings, kept by the data lead: the Teams channel stories are shared to. */
export const settingsList = {
  title: "FocusGroupSettings",
  url: "Lists/FocusGroupSettings",
  description: "Settings of the data focus group's pages, kept by the data lead.",
  fields: [
    { name: "SettingKey", title: "Setting", kind: "Text", required: true, indexed: true, unique: true, maxLength: 40 },
    { name: "TeamId", title: "Team id", kind: "Text", maxLength: 36, description: "The Microsoft 365 group id of the team that hosts the channel." },
    { name: "ChannelId", title: "Channel id", kind: "Text", maxLength: 255 },
    { name: "ChannelName", title: "Channel name", kind: "Text", maxLength: 255 },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

export const FOCUS_GROUP_LISTS = [storiesList, meetingsList, meetingActionsList, sessionsList, lessonsList, mentoringList, questionsList, decisionsList, pilotsList, settingsList] as const;
