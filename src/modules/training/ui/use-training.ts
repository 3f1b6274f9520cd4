import { useMemo } from "react";
import { loadPrinciples, type Principle } from "../../../core/data/principles";
import { screenRead, useScreenRead } from "../../../core/ui/screen-read";
import type { SPFI } from "@pnp/sp";
import { currentSiteUserId } from "../../../core/data/people";
import { loadCourses, loadMyEnrolments, loadPathways, loadSessionEnrolments, loadSessionsById, loadSessionsFrom } from "../data/training-data";
import { freePlaces, type Placement, placements } from "../domain/places";
import type { Course, Enrolment, Pathway, Session } from "../domain/training";

export interface TrainingData {
  courses: Course[];
  principles: Principle[];
  pathways: Pathway[];
  sessions: Session[];
  /** Bookings of the upcoming sessions, for free places. */
  sessionBookings: Enrolment[];
  mine: Enrolment[];
  /** Sessions of my own bookings, upcoming or past. */
  mySessions: Map<number, Session>;
  siteUserId: number;
}

/** Everything the training screens show, read in parallel where the reads do not depend on each other. */
async function loadTraining(sp: SPFI, now: Date): Promise<TrainingData> {
  const [courses, pathways, sessions, siteUserId, principles] = await Promise.all([loadCourses(sp), loadPathways(sp), loadSessionsFrom(sp, now), currentSiteUserId(sp), loadPrinciples(sp)]);
  const [sessionBookings, mine] = await Promise.all([loadSessionEnrolments(sp, sessions.map((s) => s.id)), loadMyEnrolments(sp, siteUserId)]);
  const known = new Map(sessions.map((s) => [s.id, s]));
  const past = await loadSessionsById(sp, [...new Set(mine.map((e) => e.sessionId))].filter((id) => !known.has(id)));
  const mySessions = new Map([...sessions, ...past].map((s) => [s.id, s]));
  return { courses, principles, pathways, sessions, sessionBookings, mine, mySessions, siteUserId };
}

/**
 * The training screens' data. A reload (after a booking, a cancellation, a survey) keeps the page on
 * screen while it reads, so the person keeps their place and focus; a failed reload says so over it.
 */
export function useTraining(now: Date) {
  const read = useMemo(() => screenRead("training", ({ sp }) => loadTraining(sp, now)), [now]);
  const state = useScreenRead(read);
  const derived = useMemo(() => {
    if (state.status !== "ready") return undefined;
    const { sessions, sessionBookings } = state.value;
    const free = new Map<number, number>();
    const placed = new Map<number, Placement>();
    for (const s of sessions) {
      const bookings = sessionBookings.filter((e) => e.sessionId === s.id);
      free.set(s.id, freePlaces(bookings, s.capacity));
      for (const [id, p] of placements(bookings, s.capacity)) placed.set(id, p);
    }
    return { free, placed };
  }, [state]);
  return { state, derived };
}
