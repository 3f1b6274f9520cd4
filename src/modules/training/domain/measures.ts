import { averageRating } from "./survey";
import type { Course, Enrolment } from "./training";

export interface Rate {
  group: string;
  /** Active bookings (not cancelled). */
  participants: number;
  completed: number;
  /** Completed as a share of active bookings; null when nobody has booked. */
  completionRate: number | null;
}

const active = (e: Enrolment) => e.state !== "Cancelled";

function rates(enrolments: readonly Enrolment[], groupsOf: (e: Enrolment) => string[]): Rate[] {
  const groups = new Map<string, { participants: number; completed: number }>();
  for (const e of enrolments.filter(active)) {
    for (const g of groupsOf(e)) {
      const tally = groups.get(g) ?? { participants: 0, completed: 0 };
      tally.participants++;
      if (e.state === "Completed") tally.completed++;
      groups.set(g, tally);
    }
  }
  return [...groups.entries()]
    .map(([group, t]) => ({ group, ...t, completionRate: t.participants ? t.completed / t.participants : null }))
    .sort((a, b) => a.group.localeCompare(b.group, "en-GB"));
}

/** A booking the figures can count: it names its course and its learner (SharePoint does not enforce required columns on REST writes). */
const countable = (e: Enrolment) => Boolean(e.courseKey) && e.learnerId > 0;

/** Participation and completion per course, per learner's service, and per course audience; incomplete bookings are skipped and counted. */
export function participation(all: readonly Enrolment[], courses: readonly Course[]) {
  const byKey = new Map(courses.map((c) => [c.key, c]));
  const enrolments = all.filter(countable);
  return {
    skipped: all.length - enrolments.length,
    byCourse: rates(enrolments, (e) => [byKey.get(e.courseKey)?.title ?? e.courseKey]),
    byService: rates(enrolments, (e) => [e.learnerService ?? "No service recorded"]),
    byAudience: rates(enrolments, (e) => byKey.get(e.courseKey)?.audiences ?? []),
  };
}

export interface Uplift {
  /** Learners who answered both surveys: only they count. */
  pairs: number;
  before: number | null;
  after: number | null;
  /** Average change on the 1–5 scale; null without any pair. */
  change: number | null;
  /** Answered before but not (yet) after. */
  awaitingAfter: number;
}

/** Confidence before and after, from learners who answered both (partial answers are counted apart). */
export function confidenceUplift(enrolments: readonly Enrolment[]): Uplift {
  const pairs = enrolments.filter((e) => e.state !== "Cancelled" && e.pre && e.post);
  const awaitingAfter = enrolments.filter((e) => e.state !== "Cancelled" && e.pre && !e.post).length;
  if (pairs.length === 0) return { pairs: 0, before: null, after: null, change: null, awaitingAfter };
  const before = pairs.reduce((sum, e) => sum + averageRating(e.pre!), 0) / pairs.length;
  const after = pairs.reduce((sum, e) => sum + averageRating(e.post!), 0) / pairs.length;
  return { pairs: pairs.length, before, after, change: after - before, awaitingAfter };
}

/** People of a team who have no active booking on any course of the pathway. */
export function notStarted<P extends { siteUserId: number | null }>(team: readonly P[], enrolments: readonly Enrolment[], pathwayCourses: readonly string[]): P[] {
  const started = new Set(enrolments.filter((e) => active(e) && pathwayCourses.includes(e.courseKey)).map((e) => e.learnerId));
  return team.filter((p) => p.siteUserId === null || !started.has(p.siteUserId));
}

/** Where a learner is on a pathway, course by course. */
export function pathwayProgress(courseKeys: readonly string[], myEnrolments: readonly Enrolment[]): { courseKey: string; state: "Completed" | "Booked" | "Not started" }[] {
  return courseKeys.map((courseKey) => {
    const mine = myEnrolments.filter((e) => e.courseKey === courseKey && e.state !== "Cancelled");
    return { courseKey, state: mine.some((e) => e.state === "Completed") ? "Completed" : mine.length ? "Booked" : "Not started" };
  });
}
