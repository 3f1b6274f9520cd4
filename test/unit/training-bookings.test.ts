import { type BookingChange, type BookingRecord, enrolmentsFrom, type TrainerConfirmation } from "../../src/modules/training/domain/bookings";

const booking = (id: number, learnerId: number, sessionId = 1, courseKey = "excel"): BookingRecord => ({ id, etag: '"1"', sessionId, courseKey, learnerId, learnerName: null, learnerService: null, pre: null });
const change = (id: number, enrolmentId: number, authorId: number, kind: BookingChange["change"], survey: BookingChange["survey"] = null): BookingChange => ({ id, enrolmentId, change: kind, survey, authorId, created: `2026-11-0${id % 9 || 1}T10:00:00Z` });
const rule = (key: string): "Learner confirms" | "Trainer confirms" => (key === "sharepoint" ? "Learner confirms" : "Trainer confirms");

describe("a booking's state from what SharePoint vouches for", () => {
  it("believes only the learner's own changes, and says how many it ignored", () => {
    const { enrolments, ignored } = enrolmentsFrom([booking(1, 11)], [change(1, 1, 16, "Cancelled")], [], rule);
    expect(enrolments[0]!.state).toBe("Booked");
    expect(ignored).toBe(1);
  });

  it("makes a cancellation final: later surveys or changes do not revive it", () => {
    const { enrolments } = enrolmentsFrom([booking(1, 11)], [change(1, 1, 11, "Cancelled"), change(2, 1, 11, "Pre-survey", { A: 3 }), change(3, 1, 11, "Completed")], [], () => "Learner confirms");
    expect(enrolments[0]).toMatchObject({ state: "Cancelled", pre: null, completedOn: null });
  });

  it("lets a learner complete only what the learner confirms; a trainer completes the rest", () => {
    const mine = enrolmentsFrom([booking(1, 11, 1, "sharepoint"), booking(2, 11, 2, "excel")], [change(1, 1, 11, "Completed"), change(2, 2, 11, "Completed")], [], rule).enrolments;
    expect(mine.map((e) => e.state)).toEqual(["Completed", "Booked"]);
    const confirmations: TrainerConfirmation[] = [{ id: 1, etag: '"1"', enrolmentId: 2, outcome: "Completed", completedOn: "2026-11-20T16:00:00Z" }];
    const trained = enrolmentsFrom([booking(2, 11, 2, "excel")], [], confirmations, rule).enrolments[0]!;
    expect(trained).toMatchObject({ state: "Completed", completedOn: "2026-11-20T16:00:00Z", trainerConfirmation: { id: 1, outcome: "Completed" } });
  });

  it("counts one active booking per person per session, the earliest, so twenty clicks hold one place", () => {
    const bookings = Array.from({ length: 20 }, (_, i) => booking(i + 1, 11));
    const { enrolments, ignored } = enrolmentsFrom([...bookings, booking(21, 12)], [], [], rule);
    expect(enrolments.map((e) => e.id)).toEqual([1, 21]);
    expect(ignored).toBe(19);
  });

  it("keeps the latest survey of each kind", () => {
    const { enrolments } = enrolmentsFrom([booking(1, 11)], [change(1, 1, 11, "Post-survey", { A: 2 }), change(2, 1, 11, "Post-survey", { A: 4 })], [], rule);
    expect(enrolments[0]!.post).toEqual({ A: 4 });
  });
});
