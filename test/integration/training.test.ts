import { sessionsList } from "../../src/modules/training/lists";
import { cancelEnrolment, enrol, loadCourses, loadMyEnrolments, loadPathways, loadSession, loadSessionEnrolments, loadSessionsFrom, recordCompletion, saveSurvey, confirmMyCompletion } from "../../src/modules/training/data/training-data";
import { placements } from "../../src/modules/training/domain/places";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

function addSession(capacity: number, daysAhead = 3, courseKey = "excel"): number {
  const start = new Date(Date.now() + daysAhead * 86_400_000).toISOString();
  return tenant.seed(sessionsList.title, [{ Title: "Test session", CourseKey: courseKey, StartTime: start, Capacity: capacity }])[0]!;
}

describe("the training catalogue against the local tenant", () => {
  it("lists the strategy's courses, the pathways and upcoming sample sessions", async () => {
    const { sp } = clientsFor(tenant, "staff");
    const courses = await loadCourses(sp);
    expect(courses.map((c) => c.key)).toEqual(expect.arrayContaining(["excel", "power-bi", "data-storytelling", "leading-with-data"]));
    expect(courses.find((c) => c.key === "excel")!.skills).toContain("Pivot tables and charts");
    expect((await loadPathways(sp)).map((p) => p.title)).toEqual(["New Power BI report author", "Information asset owner", "Councillor data essentials"]);
    const sessions = await loadSessionsFrom(sp, new Date());
    expect(sessions.length).toBeGreaterThanOrEqual(courses.length * 2);
    expect(sessions.map((s) => s.start)).toEqual([...sessions.map((s) => s.start)].sort());
  });

  it("gives the last place to exactly one of two people booking at once, waitlists the other, and loses neither", async () => {
    const session = await loadSession(clientsFor(tenant, "staff").sp, addSession(1));
    const [a, b] = await Promise.all([
      enrol(clientsFor(tenant, "staff").sp, session, { siteUserId: 11, service: "Customer Services" }, { Formulas: 2 }),
      enrol(clientsFor(tenant, "manager").sp, session, { siteUserId: 12, service: "Customer Services" }, null),
    ]);
    expect([a.placement.state, b.placement.state].sort()).toEqual(["Enrolled", "Waitlisted"]);
    const bookings = await loadSessionEnrolments(clientsFor(tenant, "data-lead").sp, [session.id]);
    expect(bookings.map((e) => e.learnerId).sort()).toEqual([11, 12]);
    const byId = placements(bookings, 1);
    expect([...byId.values()].filter((p) => p.state === "Enrolled")).toHaveLength(1);
  });

  it("does not book anyone twice for the same session", async () => {
    const session = await loadSession(clientsFor(tenant, "staff").sp, addSession(5));
    const first = await enrol(clientsFor(tenant, "staff").sp, session, { siteUserId: 11, service: null }, null);
    const again = await enrol(clientsFor(tenant, "staff").sp, session, { siteUserId: 11, service: null }, null);
    expect(again.enrolment.id).toBe(first.enrolment.id);
    expect(await loadSessionEnrolments(clientsFor(tenant, "staff").sp, [session.id])).toHaveLength(1);
  });

  it("moves the waitlist up when someone with a place cancels", async () => {
    const session = await loadSession(clientsFor(tenant, "staff").sp, addSession(1));
    const first = await enrol(clientsFor(tenant, "staff").sp, session, { siteUserId: 11, service: null }, null);
    const second = await enrol(clientsFor(tenant, "manager").sp, session, { siteUserId: 12, service: null }, null);
    expect(second.placement).toEqual({ state: "Waitlisted", position: 1 });
    await cancelEnrolment(clientsFor(tenant, "staff").sp, first.enrolment);
    const after = placements(await loadSessionEnrolments(clientsFor(tenant, "staff").sp, [session.id]), 1);
    expect(after.get(second.enrolment.id)).toEqual({ state: "Enrolled" });
  });

  it("keeps both surveys and completion with the learner's booking", async () => {
    const { sp } = clientsFor(tenant, "councillor");
    const session = await loadSession(sp, addSession(10, 3, "data-concepts"));
    const { enrolment } = await enrol(sp, session, { siteUserId: 16, service: "Members" }, { Formulas: 1 });
    await confirmMyCompletion(sp, enrolment);
    const completed = (await loadMyEnrolments(sp, 16)).find((e) => e.id === enrolment.id)!;
    await saveSurvey(sp, completed, "post", { Formulas: 4 });
    const saved = (await loadMyEnrolments(sp, 16)).find((e) => e.id === enrolment.id)!;
    expect(saved).toMatchObject({ state: "Completed", pre: { Formulas: 1 }, post: { Formulas: 4 } });
  });

  it("lets nobody change someone else's booking, and only the data lead add sessions (SharePoint's permissions)", async () => {
    const session = await loadSession(clientsFor(tenant, "staff").sp, addSession(10));
    const { enrolment } = await enrol(clientsFor(tenant, "staff").sp, session, { siteUserId: 11, service: null }, null);
    await cancelEnrolment(clientsFor(tenant, "councillor").sp, enrolment);
    expect((await loadSessionEnrolments(clientsFor(tenant, "staff").sp, [session.id])).find((e) => e.id === enrolment.id)!.state).toBe("Booked");
    await expect(clientsFor(tenant, "councillor").sp.web.lists.getByTitle("Enrolments").items.getById(enrolment.id).update({ SessionId: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(clientsFor(tenant, "manager").sp.web.lists.getByTitle(sessionsList.title).items.add({ Title: "x", CourseKey: "excel", StartTime: new Date().toISOString(), Capacity: 1 })).rejects.toMatchObject({ status: 403 });
  });
});

describe("bookings nobody can forge (issue 23, item 6)", () => {
  const staff = () => clientsFor(tenant, "staff").sp;

  it("the learner is whoever booked: a booking names no learner to forge", async () => {
    const session = await loadSession(staff(), addSession(5));
    await expect(staff().web.lists.getByTitle("Enrolments").items.add({ Title: "For someone else", SessionId: session.id, CourseKey: "excel", LearnerId: 12 })).rejects.toMatchObject({ status: 400 });
    await enrol(staff(), session, { siteUserId: 11, service: null }, null);
    expect((await loadSessionEnrolments(staff(), [session.id])).map((e) => e.learnerId)).toEqual([11]);
  });

  it("a learner cannot move an older booking into a full session, or revive a cancelled one", async () => {
    const full = await loadSession(staff(), addSession(1));
    await enrol(clientsFor(tenant, "manager").sp, full, { siteUserId: 12, service: null }, null);
    const other = await loadSession(staff(), addSession(5));
    const { enrolment } = await enrol(staff(), other, { siteUserId: 11, service: null }, null);
    await expect(staff().web.lists.getByTitle("Enrolments").items.getById(enrolment.id).update({ SessionId: full.id })).rejects.toMatchObject({ status: 403 });
    await cancelEnrolment(staff(), enrolment);
    await saveSurvey(staff(), enrolment, "pre", { Formulas: 3 });
    const after = (await loadSessionEnrolments(staff(), [other.id])).find((e) => e.id === enrolment.id)!;
    expect(after).toMatchObject({ state: "Cancelled", pre: null });
    expect(placements(await loadSessionEnrolments(staff(), [full.id]), 1).size).toBe(1);
  });

  it("only a trainer completes a course the trainer confirms; a learner's own 'completed' does not count", async () => {
    const session = await loadSession(staff(), addSession(5));
    const { enrolment } = await enrol(staff(), session, { siteUserId: 11, service: null }, null);
    await confirmMyCompletion(staff(), enrolment);
    expect((await loadMyEnrolments(staff(), 11)).find((e) => e.id === enrolment.id)!.state).toBe("Booked");
    await expect(recordCompletion(staff(), enrolment, new Date())).rejects.toMatchObject({ status: 403 });
    await recordCompletion(clientsFor(tenant, "data-lead").sp, enrolment, new Date());
    expect((await loadMyEnrolments(staff(), 11)).find((e) => e.id === enrolment.id)!.state).toBe("Completed");
  });

  it("twenty bookings at once by one person hold one place, not three", async () => {
    const session = await loadSession(staff(), addSession(3));
    await Promise.all(Array.from({ length: 20 }, () => enrol(staff(), session, { siteUserId: 11, service: null }, null)));
    const bookings = await loadSessionEnrolments(staff(), [session.id]);
    expect(bookings).toHaveLength(1);
    const { enrolment, placement } = await enrol(clientsFor(tenant, "manager").sp, session, { siteUserId: 12, service: null }, null);
    expect(placement).toEqual({ state: "Enrolled" });
    expect(enrolment.learnerId).toBe(12);
  });

  it("a trainer's correction of a completion record is saved with its version: a stale one is a conflict", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const session = await loadSession(staff(), addSession(5));
    const { enrolment } = await enrol(staff(), session, { siteUserId: 11, service: null }, null);
    await recordCompletion(lead, enrolment, new Date());
    const recorded = (await loadSessionEnrolments(lead, [session.id]))[0]!;
    await recordCompletion(lead, recorded, new Date(), "Did not attend");
    await expect(recordCompletion(lead, recorded, new Date(), "Completed")).rejects.toMatchObject({ status: 412, current: { outcome: "Did not attend" } });
  });
});
