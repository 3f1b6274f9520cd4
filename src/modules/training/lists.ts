import type { ListDeclaration } from "../../../manifest/schema";

export const COURSE_TOPICS = ["Excel", "SharePoint", "Power BI", "Finance and HR systems", "Service systems", "Data concepts", "Data analysis", "Data quality", "Ethics and protection", "Data standards", "Storytelling", "Leadership"] as const;
export const COURSE_LEVELS = ["Foundation", "Intermediate", "Leadership"] as const;
export const COURSE_FORMATS = ["Workshop", "E-learning", "Role-specific programme", "Mentoring"] as const;
export const COURSE_AUDIENCES = ["All staff", "Councillors", "Leaders", "Data focus group", "Information asset owners", "Report authors"] as const;
export const COMPLETION_RULES = ["Learner confirms", "Trainer confirms"] as const;
/** Active bookings take places in the order they were made; Cancelled frees one. */
export const ENROLMENT_STATES = ["Booked", "Cancelled", "Completed"] as const;

/** The courses the strategy commits to. */
export const coursesList = {
  title: "Courses",
  url: "Lists/Courses",
  description: "Training courses that build the council's data skills.",
  seedKey: "CourseKey",
  fields: [
    { name: "CourseKey", title: "Key", kind: "Text", indexed: true, maxLength: 60 },
    { name: "Description", title: "Description", kind: "Note" },
    { name: "Topic", title: "Topic", kind: "Choice", choices: COURSE_TOPICS, indexed: true },
    { name: "Level", title: "Level", kind: "Choice", choices: COURSE_LEVELS },
    { name: "Format", title: "Format", kind: "Choice", choices: COURSE_FORMATS },
    { name: "Audiences", title: "Audiences", kind: "MultiChoice", choices: COURSE_AUDIENCES },
    { name: "PrincipleKey", title: "Principle", kind: "Text", maxLength: 40 },
    { name: "Skills", title: "Skills rated in surveys", kind: "Note", description: "One skill per line; learners rate each 1 to 5 before and after." },
    { name: "CompletionRule", title: "Completion rule", kind: "Choice", choices: COMPLETION_RULES },
    { name: "StrategySource", title: "Strategy commitment", kind: "Note" },
    { name: "Active", title: "Active", kind: "Boolean" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

export const sessionsList = {
  title: "TrainingSessions",
  url: "Lists/TrainingSessions",
  description: "Dated sessions of courses, with their places.",
  fields: [
    { name: "CourseKey", title: "Course", kind: "Text", required: true, indexed: true, maxLength: 60 },
    { name: "StartTime", title: "Starts", kind: "DateTime", required: true, indexed: true },
    { name: "EndTime", title: "Ends", kind: "DateTime" },
    { name: "Location", title: "Place", kind: "Text", maxLength: 255 },
    { name: "MeetingLink", title: "Teams meeting", kind: "URL" },
    { name: "Capacity", title: "Places", kind: "Number", required: true },
    { name: "Trainer", title: "Trainer", kind: "User" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * One booking per person and session. Learners add and change their own (surveys, cancelling,
 * confirming completion); the data lead, as trainer, may change any.
 */
export const enrolmentsList = {
  title: "Enrolments",
  url: "Lists/Enrolments",
  description: "Bookings, completion and confidence surveys.",
  fields: [
    { name: "SessionId", title: "Session", kind: "Number", required: true, indexed: true },
    { name: "CourseKey", title: "Course", kind: "Text", required: true, indexed: true, maxLength: 60 },
    { name: "Learner", title: "Learner", kind: "User", required: true, indexed: true },
    { name: "LearnerService", title: "Learner's service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "EnrolmentState", title: "State", kind: "Choice", choices: ENROLMENT_STATES, required: true, indexed: true },
    { name: "PreSurvey", title: "Confidence before", kind: "Note", description: "JSON: skill → 1..5" },
    { name: "PostSurvey", title: "Confidence after", kind: "Note", description: "JSON: skill → 1..5" },
    { name: "CompletedOn", title: "Completed on", kind: "DateTime" },
  ],
  permissions: { add: "everyone", edit: ["data-lead"], editOwn: { field: "Learner", roles: "everyone" } },
} as const satisfies ListDeclaration;

/** Role-specific sequences of courses. */
export const pathwaysList = {
  title: "Pathways",
  url: "Lists/Pathways",
  description: "Role-specific sequences of courses.",
  seedKey: "PathwayKey",
  fields: [
    { name: "PathwayKey", title: "Key", kind: "Text", indexed: true, maxLength: 60 },
    { name: "Description", title: "Description", kind: "Note" },
    { name: "Audience", title: "For", kind: "Text", maxLength: 120 },
    { name: "CourseKeys", title: "Courses in order", kind: "Note", description: "Course keys, one per line, in order." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;
