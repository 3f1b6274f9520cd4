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
 * Bookings, as their learners made them. The learner is the item's author (Created By), which
 * SharePoint sets and nobody can forge, so nobody can book for someone else. Learners add, and
 * nobody but the data lead changes a booking afterwards: what happens to it next (a cancellation,
 * surveys, confirming completion) is a new item in EnrolmentUpdates, and a trainer's confirmation
 * one in TrainerConfirmations (docs/training.md, "What SharePoint enforces").
 */
export const enrolmentsList = {
  title: "Enrolments",
  url: "Lists/Enrolments",
  description: "Bookings: one item per booking, made by its learner.",
  fields: [
    { name: "SessionId", title: "Session", kind: "Number", required: true, indexed: true },
    { name: "CourseKey", title: "Course", kind: "Text", required: true, indexed: true, maxLength: 60 },
    { name: "LearnerService", title: "Learner's service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "PreSurvey", title: "Confidence before", kind: "Note", description: "JSON: skill → 1..5" },
  ],
  permissions: { add: "everyone", edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** What a learner may record about their own booking after making it. */
export const ENROLMENT_CHANGES = ["Cancelled", "Completed", "Pre-survey", "Post-survey"] as const;

/**
 * What learners record about their bookings, one item per change, never edited: a change counts
 * only when its author is the booking's learner (domain/bookings.ts), a cancellation is final, and
 * "Completed" counts only on courses the learner confirms.
 */
export const enrolmentUpdatesList = {
  title: "EnrolmentUpdates",
  url: "Lists/EnrolmentUpdates",
  description: "Cancellations, surveys and confirmations of completion, as learners record them.",
  fields: [
    { name: "EnrolmentId", title: "Booking", kind: "Number", required: true, indexed: true },
    { name: "Change", title: "Change", kind: "Choice", choices: ENROLMENT_CHANGES, required: true },
    { name: "Survey", title: "Confidence", kind: "Note", description: "JSON: skill → 1..5, for a survey." },
  ],
  permissions: { add: "everyone", edit: [] },
} as const satisfies ListDeclaration;

export const TRAINER_OUTCOMES = ["Completed", "Did not attend"] as const;

/** A trainer's record of who completed a course the trainer confirms: only trainers (the data lead) may add or correct one. */
export const trainerConfirmationsList = {
  title: "TrainerConfirmations",
  url: "Lists/TrainerConfirmations",
  description: "Completion of trainer-confirmed courses, recorded by the trainer.",
  versioning: true,
  fields: [
    { name: "EnrolmentId", title: "Booking", kind: "Number", required: true, indexed: true },
    { name: "Outcome", title: "Outcome", kind: "Choice", choices: TRAINER_OUTCOMES, required: true },
    { name: "CompletedOn", title: "Completed on", kind: "DateTime" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
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
