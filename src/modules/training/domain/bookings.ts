import type { ENROLMENT_CHANGES, TRAINER_OUTCOMES } from "../lists";
import type { CompletionRule, Enrolment, SurveyAnswers } from "./training";

/**
 * A booking's state, worked out from what SharePoint can vouch for. A booking (Enrolments) is made
 * by its learner: the item's author, which nobody can forge. Nothing about it is edited afterwards;
 * what happens next is added beside it:
 * - EnrolmentUpdates, by the learner: a cancellation (final), surveys, and "completed" on courses the
 *   learner confirms. An update by anyone else is ignored, so nobody can cancel, revive or complete
 *   someone else's booking;
 * - TrainerConfirmations, by trainers only (list permissions): completion of courses the trainer confirms.
 * And one person holds at most one booking per session: later active duplicates are ignored.
 */
export interface BookingRecord {
  id: number;
  etag: string | null;
  sessionId: number;
  courseKey: string;
  /** The booking's author: the learner. */
  learnerId: number;
  learnerName: string | null;
  learnerService: string | null;
  pre: SurveyAnswers | null;
}

export type BookingChangeKind = (typeof ENROLMENT_CHANGES)[number];

export interface BookingChange {
  id: number;
  enrolmentId: number;
  change: BookingChangeKind;
  survey: SurveyAnswers | null;
  /** Who added it (Created By). */
  authorId: number;
  created: string;
}

export interface TrainerConfirmation {
  id: number;
  etag: string | null;
  enrolmentId: number;
  outcome: (typeof TRAINER_OUTCOMES)[number];
  completedOn: string | null;
}

export interface BookingsResult {
  enrolments: Enrolment[];
  /** Records not believed: changes made by someone other than the learner, duplicate bookings. */
  ignored: number;
}

/** Every booking's state, in booking order. */
export function enrolmentsFrom(
  bookings: readonly BookingRecord[],
  changes: readonly BookingChange[],
  confirmations: readonly TrainerConfirmation[],
  completionRuleOf: (courseKey: string) => CompletionRule,
): BookingsResult {
  let ignored = 0;
  const changesFor = new Map<number, BookingChange[]>();
  for (const c of [...changes].sort((a, b) => a.id - b.id)) changesFor.set(c.enrolmentId, [...(changesFor.get(c.enrolmentId) ?? []), c]);
  const confirmationFor = new Map<number, TrainerConfirmation>();
  for (const c of [...confirmations].sort((a, b) => a.id - b.id)) confirmationFor.set(c.enrolmentId, c);

  const enrolments: Enrolment[] = [];
  const activeBooking = new Set<string>();
  for (const booking of [...bookings].sort((a, b) => a.id - b.id)) {
    const enrolment: Enrolment = { ...booking, state: "Booked", post: null, completedOn: null, trainerConfirmation: null };
    for (const change of changesFor.get(booking.id) ?? []) {
      if (change.authorId !== booking.learnerId) {
        ignored++;
        continue;
      }
      if (enrolment.state === "Cancelled") continue;
      if (change.change === "Cancelled") enrolment.state = "Cancelled";
      else if (change.change === "Pre-survey" && change.survey) enrolment.pre = change.survey;
      else if (change.change === "Post-survey" && change.survey) enrolment.post = change.survey;
      else if (change.change === "Completed" && completionRuleOf(booking.courseKey) === "Learner confirms") {
        enrolment.state = "Completed";
        enrolment.completedOn = change.created;
      }
    }
    const confirmation = confirmationFor.get(booking.id);
    if (confirmation) {
      enrolment.trainerConfirmation = { id: confirmation.id, etag: confirmation.etag, outcome: confirmation.outcome };
      if (enrolment.state !== "Cancelled" && confirmation.outcome === "Completed") {
        enrolment.state = "Completed";
        enrolment.completedOn = confirmation.completedOn ?? enrolment.completedOn;
      }
    }
    // One place per person per session: a second active booking (twenty clicks at once) is ignored.
    const key = `${booking.learnerId}|${booking.sessionId}`;
    if (enrolment.state !== "Cancelled") {
      if (activeBooking.has(key)) {
        ignored++;
        continue;
      }
      activeBooking.add(key);
    }
    enrolments.push(enrolment);
  }
  return { enrolments, ignored };
}
