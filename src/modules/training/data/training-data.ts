import type { SPFI } from "@pnp/sp";
import { coursesList, enrolmentsList, pathwaysList, sessionsList } from "../../../../manifest/site";
import { readAllItems } from "../../../core/data/large-list";
import { type Placement, placements } from "../domain/places";
import { parseSurvey } from "../domain/survey";
import { type CompletionRule, type Course, type Enrolment, type EnrolmentState, lines, type Pathway, type Session, type SurveyAnswers } from "../domain/training";

const list = (sp: SPFI, title: string) => sp.web.lists.getByTitle(title);

interface CourseItem {
  Id: number;
  CourseKey: string;
  Title: string;
  Description: string | null;
  Topic: string | null;
  Level: string | null;
  Format: string | null;
  Audiences: string[] | null;
  PrincipleKey: string | null;
  Skills: string | null;
  CompletionRule: CompletionRule | null;
  StrategySource: string | null;
}

interface EnrolmentItem {
  Id: number;
  "odata.etag"?: string;
  SessionId: number;
  CourseKey: string;
  LearnerId: number;
  Learner?: { Title: string } | null;
  LearnerService: string | null;
  EnrolmentState: EnrolmentState;
  PreSurvey: string | null;
  PostSurvey: string | null;
  CompletedOn: string | null;
}

interface SessionItem {
  Id: number;
  Title: string;
  CourseKey: string;
  StartTime: string;
  EndTime: string | null;
  Location: string | null;
  MeetingLink: { Url: string } | null;
  Capacity: number;
}
const SESSION_SELECT = ["Id", "Title", "CourseKey", "StartTime", "EndTime", "Location", "MeetingLink", "Capacity"];
const toSession = (s: SessionItem): Session => ({ id: s.Id, title: s.Title, courseKey: s.CourseKey, start: s.StartTime, end: s.EndTime, location: s.Location, meetingLink: s.MeetingLink?.Url ?? null, capacity: s.Capacity });

const ENROLMENT_SELECT = ["Id", "SessionId", "CourseKey", "LearnerId", "Learner/Title", "LearnerService", "EnrolmentState", "PreSurvey", "PostSurvey", "CompletedOn"];

function toEnrolment(item: EnrolmentItem): Enrolment {
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? "*",
    sessionId: item.SessionId,
    courseKey: item.CourseKey,
    learnerId: item.LearnerId,
    learnerName: item.Learner?.Title ?? null,
    learnerService: item.LearnerService,
    state: item.EnrolmentState,
    pre: parseSurvey(item.PreSurvey),
    post: parseSurvey(item.PostSurvey),
    completedOn: item.CompletedOn,
  };
}

export async function loadCourses(sp: SPFI): Promise<Course[]> {
  const rows = await list(sp, coursesList.title)
    .items.select("Id", "CourseKey", "Title", "Description", "Topic", "Level", "Format", "Audiences", "PrincipleKey", "Skills", "CompletionRule", "StrategySource")
    .filter("Active eq 1")
    .top(500)<CourseItem[]>();
  return rows.map((c) => ({
    id: c.Id,
    key: c.CourseKey,
    title: c.Title,
    description: c.Description ?? "",
    topic: c.Topic,
    level: c.Level,
    format: c.Format,
    audiences: c.Audiences ?? [],
    principleKey: c.PrincipleKey,
    skills: lines(c.Skills),
    completionRule: c.CompletionRule ?? "Trainer confirms",
    strategySource: c.StrategySource,
  }));
}

export async function loadPathways(sp: SPFI): Promise<Pathway[]> {
  const rows = await list(sp, pathwaysList.title).items.select("PathwayKey", "Title", "Description", "Audience", "CourseKeys").top(200)<{ PathwayKey: string; Title: string; Description: string | null; Audience: string | null; CourseKeys: string | null }[]>();
  return rows.map((p) => ({ key: p.PathwayKey, title: p.Title, description: p.Description, audience: p.Audience, courseKeys: lines(p.CourseKeys) }));
}

/** Sessions from the start of the given day on, soonest first (StartTime is indexed, so this holds at any list size). */
export async function loadSessionsFrom(sp: SPFI, now: Date): Promise<Session[]> {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString().replace(/\.\d{3}Z$/, "Z");
  const rows = await list(sp, sessionsList.title).items.select(...SESSION_SELECT).filter(`StartTime ge datetime'${from}'`).orderBy("StartTime").top(500)<SessionItem[]>();
  return rows.map(toSession);
}

export async function loadSession(sp: SPFI, id: number): Promise<Session> {
  return toSession(await list(sp, sessionsList.title).items.getById(id).select(...SESSION_SELECT)<SessionItem>());
}

/** Sessions by id (e.g. the past sessions of my bookings). */
export async function loadSessionsById(sp: SPFI, ids: readonly number[]): Promise<Session[]> {
  if (ids.length === 0) return [];
  const sessions: Session[] = [];
  for await (const page of readAllItems<SessionItem>(list(sp, sessionsList.title), { select: SESSION_SELECT, filter: ids.map((id) => `Id eq ${id}`).join(" or ") })) sessions.push(...page.map(toSession));
  return sessions;
}

async function readEnrolments(sp: SPFI, filter: string | undefined): Promise<Enrolment[]> {
  const all: Enrolment[] = [];
  for await (const page of readAllItems<EnrolmentItem>(list(sp, enrolmentsList.title), { select: ENROLMENT_SELECT, expand: ["Learner"], filter })) all.push(...page.map(toEnrolment));
  return all;
}

/** Bookings for some sessions (for free places and who has them). */
export function loadSessionEnrolments(sp: SPFI, sessionIds: readonly number[]): Promise<Enrolment[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return readEnrolments(sp, sessionIds.map((id) => `SessionId eq ${id}`).join(" or "));
}

export function loadMyEnrolments(sp: SPFI, siteUserId: number): Promise<Enrolment[]> {
  return readEnrolments(sp, `LearnerId eq ${siteUserId}`);
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
    await list(sp, enrolmentsList.title).items.add({
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

async function update(sp: SPFI, enrolment: Enrolment, fields: Record<string, unknown>): Promise<void> {
  await list(sp, enrolmentsList.title).items.getById(enrolment.id).update(fields, enrolment.etag);
}

export const cancelEnrolment = (sp: SPFI, e: Enrolment) => update(sp, e, { EnrolmentState: "Cancelled" });
export const markCompleted = (sp: SPFI, e: Enrolment, when: Date) => update(sp, e, { EnrolmentState: "Completed", CompletedOn: when.toISOString() });
export const saveSurvey = (sp: SPFI, e: Enrolment, which: "pre" | "post", answers: SurveyAnswers) => update(sp, e, { [which === "pre" ? "PreSurvey" : "PostSurvey"]: JSON.stringify(answers) });

/** Site user ids of people by e-mail (for "who in my team has not started"). */
export async function siteUserIdsByEmail(sp: SPFI): Promise<Map<string, number>> {
  const users = await sp.web.siteUsers.select("Id", "Email")<{ Id: number; Email: string }[]>();
  return new Map(users.filter((u) => u.Email).map((u) => [u.Email.toLowerCase(), u.Id]));
}

