import { sessionsList } from "../../src/modules/training/lists";
import { cancelEnrolment, enrol, loadCourses, loadMyEnrolments, loadPathways, loadSession, loadSessionEnrolments, loadSessionsFrom, markCompleted, saveSurvey } from "../../src/modules/training/data/training-data";
import { placements } from "../../src/modules/training/domain/places";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

function addSession(capacity: number, daysAhead = 3): number {
  const start = new Date(Date.now() + daysAhead * 86_400_000).toISOString();
  return tenant.seed(sessionsList.title, [{ Title: "Test session", CourseKey: "excel", StartTime: start, Capacity: capacity }])[0]!;
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
    const session = await loadSession(sp, addSession(10));
    const { enrolment } = await enrol(sp, session, { siteUserId: 16, service: "Members" }, { Formulas: 1 });
    await markCompleted(sp, enrolment, new Date());
    const completed = (await loadMyEnrolments(sp, 16)).find((e) => e.id === enrolment.id)!;
    await saveSurvey(sp, completed, "post", { Formulas: 4 });
    const saved = (await loadMyEnrolments(sp, 16)).find((e) => e.id === enrolment.id)!;
    expect(saved).toMatchObject({ state: "Completed", pre: { Formulas: 1 }, post: { Formulas: 4 } });
  });

  it("lets nobody change someone else's booking, and only the data lead add sessions (SharePoint's permissions)", async () => {
    const session = await loadSession(clientsFor(tenant, "staff").sp, addSession(10));
    const { enrolment } = await enrol(clientsFor(tenant, "staff").sp, session, { siteUserId: 11, service: null }, null);
    await expect(cancelEnrolment(clientsFor(tenant, "councillor").sp, enrolment)).rejects.toMatchObject({ status: 403 });
    await expect(clientsFor(tenant, "manager").sp.web.lists.getByTitle(sessionsList.title).items.add({ Title: "x", CourseKey: "excel", StartTime: new Date().toISOString(), Capacity: 1 })).rejects.toMatchObject({ status: 403 });
  });
});
