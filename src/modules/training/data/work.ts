import type { WorkReader } from "../../../core/module";
import { dayOf } from "../../../core/domain/work";
import { placements } from "../domain/places";
import { loadMyEnrolments, loadSessionEnrolments, loadSessionsById } from "./training-data";

/** The person's booked sessions still to come: a confirmed place, or where they are on the waiting list. */
export const readWork: WorkReader = async ({ sp }, { siteUserId, today }) => {
  const booked = (await loadMyEnrolments(sp, siteUserId)).filter((e) => e.state === "Booked");
  if (booked.length === 0) return [];
  const todayDay = dayOf(today);
  const sessions = (await loadSessionsById(sp, booked.map((e) => e.sessionId))).filter((s) => s.start.slice(0, 10) >= todayDay);
  const everyone = await loadSessionEnrolments(sp, sessions.map((s) => s.id));
  return sessions.flatMap((session) => {
    const mine = booked.find((e) => e.sessionId === session.id);
    if (!mine) return [];
    const place = placements(everyone.filter((e) => e.sessionId === session.id), session.capacity).get(mine.id);
    const detail = place?.state === "Waitlisted" ? `On the waiting list (number ${place.position})` : "Place confirmed";
    return [{ key: `booking-${mine.id}`, moduleId: "training", kind: "coming-up" as const, title: session.title, route: "training?tab=mine", due: session.start.slice(0, 10), overdue: false, detail }];
  });
};
