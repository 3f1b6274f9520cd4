import type { SPFI } from "@pnp/sp";
import type { RowOf } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { type Filter, filterFor } from "../../../core/domain/odata";
import { type BookingChange, type BookingChangeKind, type BookingRecord, enrolmentsFrom, type TrainerConfirmation } from "../domain/bookings";
import { type Placement, placements } from "../domain/places";
import { parseSurvey } from "../domain/survey";
import { type CompletionRule, type Course, type Enrolment, lines, type Pathway, type Session, type SurveyAnswers } from "../domain/training";
import { COMPLETION_RULES, coursesList, ENROLMENT_CHANGES, enrolmentsList, enrolmentUpdatesList, pathwaysList, sessionsList, TRAINER_OUTCOMES, trainerConfirmationsList } from "../lists";

const SESSION_SELECT = ["Id", "Title", "CourseKey", "StartTime", "EndTime", "Location", "MeetingLink", "Capacity"] as const;
type SessionItem = RowOf<typeof sessionsList, (typeof SESSION_SELECT)[number]>;
const toSession = (s: SessionItem): Session => ({ id: s.Id, title: s.Title, courseKey: s.CourseKey ?? "", start: s.StartTime ?? "", end: s.EndTime, location: s.Location, meetingLink: s.MeetingLink?.Url ?? null, capacity: s.Capacity ?? 0 });

const BOOKING_SELECT = ["Id", "SessionId", "CourseKey", "AuthorId", "Author/Title", "LearnerService", "PreSurvey"] as const;
type BookingItem = RowOf<typeof enrolmentsList, (typeof BOOKING_SELECT)[number]>;
const CHANGE_SELECT = ["Id", "EnrolmentId", "Change", "Survey", "AuthorId", "Created"] as const;
type ChangeItem = RowOf<typeof enrolmentUpdatesList, (typeof CHANGE_SELECT)[number]>;
const CONFIRMATION_SELECT = ["Id", "EnrolmentId", "Outcome", "CompletedOn"] as const;
type ConfirmationItem = RowOf<typeof trainerConfirmationsList, (typeof CONFIRMATION_SELECT)[number]>;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);

const toBooking = (item: BookingItem): BookingRecord => ({
  id: item.Id,
  etag: item["odata.etag"] ?? null,
  sessionId: item.SessionId ?? 0,
  courseKey: item.CourseKey ?? "",
  learnerId: item.AuthorId ?? 0,
  learnerName: item.Author?.Title ?? null,
  learnerService: item.LearnerService,
  pre: parseSurvey(item.PreSurvey),
});

const toChange = (item: ChangeItem): BookingChange | null =>
  isOneOf(ENROLMENT_CHANGES, item.Change) ? { id: item.Id, enrolmentId: item.EnrolmentId ?? 0, change: item.Change, survey: parseSurvey(item.Survey), authorId: item.AuthorId ?? 0, created: item.Created } : null;

const toConfirmation = (item: ConfirmationItem): TrainerConfirmation | null =>
  isOneOf(TRAINER_OUTCOMES, item.Outcome) ? { id: item.Id, etag: item["odata.etag"] ?? null, enrolmentId: item.EnrolmentId ?? 0, outcome: item.Outcome, completedOn: item.CompletedOn } : null;

export async function loadCourses(sp: SPFI): Promise<Course[]> {
  const rows = await getItems(sp, coursesList, {
    select: ["Id", "CourseKey", "Title", "Description", "Topic", "Level", "Format", "Audiences", "PrincipleKey", "Skills", "CompletionRule", "StrategySource"],
    filter: filterFor(coursesList).eq("Active", true),
    top: 500,
  });
  return rows.map((c) => ({
    id: c.Id,
    key: c.CourseKey ?? "",
    title: c.Title,
    description: c.Description ?? "",
    topic: c.Topic,
    level: c.Level,
    format: c.Format,
    audiences: c.Audiences ?? [],
    principleKey: c.PrincipleKey,
    skills: lines(c.Skills),
    completionRule: isOneOf<CompletionRule>(COMPLETION_RULES, c.CompletionRule) ? c.CompletionRule : "Trainer confirms",
    strategySource: c.StrategySource,
  }));
}

export async function loadPathways(sp: SPFI): Promise<Pathway[]> {
  const rows = await getItems(sp, pathwaysList, { select: ["PathwayKey", "Title", "Description", "Audience", "CourseKeys"], top: 200 });
  return rows.map((p) => ({ key: p.PathwayKey ?? "", title: p.Title, description: p.Description, audience: p.Audience, courseKeys: lines(p.CourseKeys) }));
}

/** Sessions from the start of the given day on, soonest first (StartTime is indexed, so this holds at any list size). */
export async function loadSessionsFrom(sp: SPFI, now: Date): Promise<Session[]> {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const rows = await getItems(sp, sessionsList, { select: SESSION_SELECT, filter: filterFor(sessionsList).ge("StartTime", from), orderBy: [["StartTime", "asc"]], top: 500 });
  return rows.map(toSession);
}

export async function loadSession(sp: SPFI, id: number): Promise<Session> {
  return toSession(await getItem(sp, sessionsList, id, { select: SESSION_SELECT }));
}

/** Sessions by id (e.g. the past sessions of my bookings). */
export async function loadSessionsById(sp: SPFI, ids: readonly number[]): Promise<Session[]> {
  if (ids.length === 0) return [];
  const sessions: Session[] = [];
  for await (const page of readAllItems(sp, sessionsList, { select: SESSION_SELECT, filter: filterFor(sessionsList).anyOf("Id", ids) })) sessions.push(...page.map(toSession));
  return sessions;
}

const byEnrolment = filterFor(enrolmentsList);

/** Above this many bookings, their updates are read whole (Id windows) rather than by booking id. */
const BY_ID_LIMIT = 200;

async function readAll<T>(reader: AsyncGenerator<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of reader) all.push(...page);
  return all;
}

/** What happened to these bookings: by booking id for a few, the whole lists for many. */
async function changesFor(sp: SPFI, bookingIds: readonly number[]): Promise<{ changes: BookingChange[]; confirmations: TrainerConfirmation[] }> {
  const byId = bookingIds.length <= BY_ID_LIMIT;
  const chunks: number[][] = [];
  for (let i = 0; i < bookingIds.length; i += 40) chunks.push(bookingIds.slice(i, i + 40));
  const changeFilter = (ids: number[]) => filterFor(enrolmentUpdatesList).anyOf("EnrolmentId", ids);
  const confirmationFilter = (ids: number[]) => filterFor(trainerConfirmationsList).anyOf("EnrolmentId", ids);
  const [changes, confirmations] = await Promise.all([
    byId
      ? Promise.all(chunks.map((ids) => readAll(readAllItems(sp, enrolmentUpdatesList, { select: CHANGE_SELECT, filter: changeFilter(ids) })))).then((parts) => parts.flat())
      : readAll(readAllItems(sp, enrolmentUpdatesList, { select: CHANGE_SELECT })),
    byId
      ? Promise.all(chunks.map((ids) => readAll(readAllItems(sp, trainerConfirmationsList, { select: CONFIRMATION_SELECT, filter: confirmationFilter(ids) })))).then((parts) => parts.flat())
      : readAll(readAllItems(sp, trainerConfirmationsList, { select: CONFIRMATION_SELECT })),
  ]);
  return {
    changes: changes.map(toChange).filter((c): c is BookingChange => c !== null),
    confirmations: confirmations.map(toConfirmation).filter((c): c is TrainerConfirmation => c !== null),
  };
}

/** Bookings matching a filter, with their state worked out from what SharePoint vouches for (domain/bookings.ts). */
async function readEnrolments(sp: SPFI, filter: Filter<typeof enrolmentsList> | undefined): Promise<Enrolment[]> {
  const [bookings, courses] = await Promise.all([readAll(readAllItems(sp, enrolmentsList, { select: BOOKING_SELECT, expand: ["Author"], filter })).then((rows) => rows.map(toBooking)), loadCourses(sp)]);
  if (bookings.length === 0) return [];
  const { changes, confirmations } = await changesFor(sp, bookings.map((b) => b.id));
  const rules = new Map(courses.map((c) => [c.key, c.completionRule]));
  return enrolmentsFrom(bookings, changes, confirmations, (key) => rules.get(key) ?? "Trainer confirms").enrolments;
}

/** Bookings for some sessions (for free places and who has them). */
export function loadSessionEnrolments(sp: SPFI, sessionIds: readonly number[]): Promise<Enrolment[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return readEnrolments(sp, byEnrolment.anyOf("SessionId", sessionIds));
}

export function loadMyEnrolments(sp: SPFI, siteUserId: number): Promise<Enrolment[]> {
  return readEnrolments(sp, byEnrolment.eq("AuthorId", siteUserId));
}

/** Every booking, for the managers' and data lead's figures. */
export function loadAllEnrolments(sp: SPFI): Promise<Enrolment[]> {
  return readEnrolments(sp, undefined);
}

export interface Learner {
  siteUserId: number;
  service: string | null;
}

/**
 * Books a place, as the signed-in person (the booking's author is its learner: nobody books for
 * someone else). No counter is changed: the booking is added, then everyone's bookings for the
 * session decide the place by booking order (domain/places.ts), so two people taking the last place
 * at once cannot both get it, and one person's second booking is ignored. Booking twice returns the
 * existing booking.
 */
export async function enrol(sp: SPFI, session: Session, learner: Learner, pre: SurveyAnswers | null): Promise<{ enrolment: Enrolment; placement: Placement }> {
  const existing = (await loadSessionEnrolments(sp, [session.id])).find((e) => e.learnerId === learner.siteUserId && e.state !== "Cancelled");
  if (!existing) {
    await addItem(sp, enrolmentsList, { Title: session.title, SessionId: session.id, CourseKey: session.courseKey, LearnerService: learner.service, PreSurvey: pre ? JSON.stringify(pre) : null });
  }
  const bookings = await loadSessionEnrolments(sp, [session.id]);
  const mine = bookings.find((e) => e.learnerId === learner.siteUserId && e.state !== "Cancelled");
  if (!mine) throw new Error("The booking could not be read back. Refresh the page to see whether it was made.");
  return { enrolment: mine, placement: placements(bookings, session.capacity).get(mine.id)! };
}

/** Something the learner records about their own booking: a new item, never an edit. */
const recordChange = async (sp: SPFI, e: Enrolment, change: BookingChangeKind, survey?: SurveyAnswers) => {
  await addItem(sp, enrolmentUpdatesList, { Title: `${change}: booking ${e.id}`, EnrolmentId: e.id, Change: change, Survey: survey ? JSON.stringify(survey) : null });
};

/** Cancels the learner's own booking (final: a new booking is a new item). */
export const cancelEnrolment = (sp: SPFI, e: Enrolment) => recordChange(sp, e, "Cancelled");
/** The learner confirms completing a course that the learner confirms. */
export const confirmMyCompletion = (sp: SPFI, e: Enrolment) => recordChange(sp, e, "Completed");
export const saveSurvey = (sp: SPFI, e: Enrolment, which: "pre" | "post", answers: SurveyAnswers) => recordChange(sp, e, which === "pre" ? "Pre-survey" : "Post-survey", answers);

/**
 * A trainer records a learner's completion of a course the trainer confirms (only trainers may add
 * these). Correcting an earlier record saves it with the ETag it was read with: a 412 is the hub's
 * ConflictError carrying the record as it is now.
 */
export async function recordCompletion(sp: SPFI, e: Enrolment, when: Date, outcome: (typeof TRAINER_OUTCOMES)[number] = "Completed"): Promise<void> {
  const values = { Title: `${outcome}: booking ${e.id}`, EnrolmentId: e.id, Outcome: outcome, CompletedOn: outcome === "Completed" ? when.toISOString() : null };
  const existing = e.trainerConfirmation;
  if (!existing) {
    await addItem(sp, trainerConfirmationsList, values);
    return;
  }
  await updateItem(sp, trainerConfirmationsList, existing, values, async () => toConfirmation(await getItem(sp, trainerConfirmationsList, existing.id, { select: CONFIRMATION_SELECT })));
}

/** Site user ids of people by e-mail (for "who in my team has not started"). */
export async function siteUserIdsByEmail(sp: SPFI): Promise<Map<string, number>> {
  const users = await sp.web.siteUsers.select("Id", "Email")<{ Id: number; Email: string }[]>();
  return new Map(users.filter((u) => u.Email).map((u) => [u.Email.toLowerCase(), u.Id]));
}

