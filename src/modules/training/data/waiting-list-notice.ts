import { notify, type NotifyOutcome, type NotifyServices, waitingListPlaceEvent } from "../../my-work";
import { placements } from "../domain/places";
import type { Enrolment, Session } from "../domain/training";
import { cancelEnrolment, loadSessionEnrolments, siteUserIdsByEmail } from "./training-data";

/** Bookings that were on the waiting list before and have a place now: the people to tell. */
export function movedOffWaitingList(before: readonly Enrolment[], after: readonly Enrolment[], capacity: number): Enrolment[] {
  const was = placements(before, capacity);
  const now = placements(after, capacity);
  return after.filter((e) => was.get(e.id)?.state === "Waitlisted" && now.get(e.id)?.state === "Enrolled");
}

/**
 * Cancels the learner's own booking, then tells whoever it gave a place to in Teams (places are
 * worked out from everyone's bookings in booking order, domain/places.ts). Once per booking.
 */
export async function cancelAndTellNext(services: NotifyServices, booking: Enrolment, session: Pick<Session, "id" | "title" | "capacity">): Promise<NotifyOutcome[]> {
  const before = await loadSessionEnrolments(services.sp, [session.id]);
  await cancelEnrolment(services.sp, booking);
  const after = await loadSessionEnrolments(services.sp, [session.id]);
  const moved = movedOffWaitingList(before, after, session.capacity);
  if (moved.length === 0) return [];
  const emailOf = new Map([...(await siteUserIdsByEmail(services.sp))].map(([email, id]) => [id, email]));
  const outcomes: NotifyOutcome[] = [];
  for (const e of moved) {
    const email = emailOf.get(e.learnerId);
    if (email) outcomes.push(await notify(services, waitingListPlaceEvent({ id: e.id, sessionTitle: session.title }, email)));
  }
  return outcomes;
}
