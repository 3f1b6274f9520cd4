import type { SPFI } from "@pnp/sp";
import type { ItemInput, RowOf } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { type Filter, filterFor } from "../../../core/domain/odata";
import { type Placement, placements } from "../domain/places";
import { parseSurvey } from "../domain/survey";
import { type CompletionRule, type Course, type Enrolment, type EnrolmentState, lines, type Pathway, type Session, type SurveyAnswers } from "../domain/training";
import { COMPLETION_RULES, coursesList, ENROLMENT_STATES, enrolmentsList, pathwaysList, sessionsList } from "../lists";

const SESSION_SELECT = ["Id", "Title", "CourseKey", "StartTime", "EndTime", "Location", "MeetingLink", "Capacity"] as const;
type SessionItem = RowOf<typeof sessionsList, (typeof SESSION_SELECT)[number]>;
const toSession = (s: SessionItem): Session => ({ id: s.Id, title: s.Title, courseKey: s.CourseKey ?? "", start: s.StartTime ?? "", end: s.EndTime, location: s.Location, meetingLink: s.MeetingLink?.Url ?? null, capacity: s.Capacity ?? 0 });

const ENROLMENT_SELECT = ["Id", "SessionId", "CourseKey", "LearnerId", "Learner/Title", "LearnerService", "EnrolmentState", "PreSurvey", "PostSurvey", "CompletedOn"] as const;
type EnrolmentItem = RowOf<typeof enrolmentsList, (typeof ENROLMENT_SELECT)[number]>;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);

function toEnrolment(item: EnrolmentItem): Enrolment {
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    sessionId: item.SessionId ?? 0,
    courseKey: item.CourseKey ?? "",
    learnerId: item.LearnerId ?? 0,
    learnerName: item.Learner?.Title ?? null,
    learnerService: item.LearnerService,
    state: isOneOf<EnrolmentState>(ENROLMENT_STATES, item.EnrolmentState) ? item.EnrolmentState : "Booked",
    pre: parseSurvey(item.PreSurvey),
    post: parseSurvey(item.PostSurvey),
    completedOn: item.CompletedOn,
  };
}

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

async function readEnrolments(sp: SPFI, filter: Filter<typeof enrolmentsList> | undefined): Promise<Enrolment[]> {
  const all: Enrolment[] = [];
  for await (const page of readAllItems(sp, enrolmentsList, { select: ENROLMENT_SELECT, expand: ["Learner"], filter })) all.push(...page.map(toEnrolment));
  return all;
}

/** Bookings for some sessions (for free places and who has them). */
export function loadSessionEnrolments(sp: SPFI, sessionIds: readonly number[]): Promise<Enrolment[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return readEnrolments(sp, byEnrolment.anyOf("SessionId", sessionIds));
}

export function loadMyEnrolments(sp: SPFI, siteUserId: number): Promise<Enrolment[]> {
  return readEnrolments(sp, byEnrolment.eq("LearnerId", siteUserId));
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
 * Books a place. No counter is changed: the booking is added, then everyone's bookings for the
 * session decide the place by booking order (see domain/places.ts), so two people taking the last
 * place at once cannot both get it. Booking twice returns the existing booking.
 */
export async function enrol(sp: SPFI, session: Session, learner: Learner, pre: SurveyAnswers | null): Promise<{ enrolment: Enrolment; placement: Placement }> {
  const existing = (await loadSessionEnrolments(sp, [session.id])).find((e) => e.learnerId === learner.siteUserId && e.state !== "Cancelled");
  if (!existing) {
    await addItem(sp, enrolmentsList, {
      Title: session.title,
      SessionId: session.id,
      CourseKey: session.courseKey,
      LearnerId: learner.siteUserId,
      LearnerService: learner.service,
      EnrolmentState: "Booked",
      PreSurvey: pre ? JSON.stringify(pre) : null,
    });
  }
  const bookings = await loadSessionEnrolments(sp, [session.id]);
  const mine = bookings.filter((e) => e.learnerId === learner.siteUserId && e.state !== "Cancelled").sort((a, b) => a.id - b.id)[0]!;
  return { enrolment: mine, placement: placements(bookings, session.capacity).get(mine.id)! };
}

/** Saves a booking with the ETag it was read with; a 412 is the hub's ConflictError carrying the booking as it is now. */
async function update(sp: SPFI, enrolment: Enrolment, fields: ItemInput<typeof enrolmentsList>): Promise<void> {
  await updateItem(sp, enrolmentsList, enrolment, fields, async () => toEnrolment(await getItem(sp, enrolmentsList, enrolment.id, { select: ENROLMENT_SELECT, expand: ["Learner"] })));
}

export const cancelEnrolment = (sp: SPFI, e: Enrolment) => update(sp, e, { EnrolmentState: "Cancelled" });
export const markCompleted = (sp: SPFI, e: Enrolment, when: Date) => update(sp, e, { EnrolmentState: "Completed", CompletedOn: when.toISOString() });
export const saveSurvey = (sp: SPFI, e: Enrolment, which: "pre" | "post", answers: SurveyAnswers) => update(sp, e, which === "pre" ? { PreSurvey: JSON.stringify(answers) } : { PostSurvey: JSON.stringify(answers) });

/** Site user ids of people by e-mail (for "who in my team has not started"). */
export async function siteUserIdsByEmail(sp: SPFI): Promise<Map<string, number>> {
  const users = await sp.web.siteUsers.select("Id", "Email")<{ Id: number; Email: string }[]>();
  return new Map(users.filter((u) => u.Email).map((u) => [u.Email.toLowerCase(), u.Id]));
}

