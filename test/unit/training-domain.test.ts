import { filterCourses } from "../../src/modules/training/domain/catalogue";
import { toIcs } from "../../src/core/domain/ics";
import { confidenceUplift, notStarted, participation, pathwayProgress } from "../../src/modules/training/domain/measures";
import { freePlaces, placements } from "../../src/modules/training/domain/places";
import { missingRatings, parseSurvey } from "../../src/modules/training/domain/survey";
import type { Course, Enrolment } from "../../src/modules/training/domain/training";

const enrolment = (over: Partial<Enrolment>): Enrolment => ({
  id: 1, etag: '"1"', sessionId: 1, courseKey: "excel", learnerId: 11, learnerName: null, learnerService: "Digital", state: "Booked", pre: null, post: null, completedOn: null, ...over,
});
const course = (over: Partial<Course>): Course => ({
  id: 1, key: "excel", title: "Excel", description: "Provide training on Excel", topic: "Excel", level: "Foundation", format: "Workshop", audiences: ["All staff"], principleKey: "data-literacy", skills: ["Formulas"], completionRule: "Learner confirms", strategySource: null, ...over,
});

describe("places and the waitlist", () => {
  it("gives places in booking order and waitlists the rest, numbered", () => {
    const result = placements([enrolment({ id: 7 }), enrolment({ id: 3 }), enrolment({ id: 9 }), enrolment({ id: 5, state: "Cancelled" })], 2);
    expect(result.get(3)).toEqual({ state: "Enrolled" });
    expect(result.get(7)).toEqual({ state: "Enrolled" });
    expect(result.get(9)).toEqual({ state: "Waitlisted", position: 1 });
    expect(result.get(5)).toEqual({ state: "Cancelled" });
  });

  it("moves the first waiting person up when someone cancels", () => {
    const before = [enrolment({ id: 1 }), enrolment({ id: 2 })];
    expect(placements(before, 1).get(2)).toEqual({ state: "Waitlisted", position: 1 });
    expect(placements([enrolment({ id: 1, state: "Cancelled" }), enrolment({ id: 2 })], 1).get(2)).toEqual({ state: "Enrolled" });
  });

  it("keeps a completed learner's place and counts free places", () => {
    const list = [enrolment({ id: 1, state: "Completed" }), enrolment({ id: 2 })];
    expect(placements(list, 1).get(1)).toEqual({ state: "Completed" });
    expect(freePlaces(list, 3)).toBe(1);
    expect(freePlaces(list, 1)).toBe(0);
    expect(freePlaces([], 0)).toBe(0);
  });
});

describe("rates and uplift", () => {
  const courses = [course({ key: "excel", title: "Excel", audiences: ["All staff", "Report authors"] }), course({ key: "leading", title: "Leading with data", audiences: ["Leaders"] })];

  it("has nothing to say about empty data", () => {
    expect(participation([], courses)).toEqual({ skipped: 0, byCourse: [], byService: [], byAudience: [] });
    expect(confidenceUplift([])).toEqual({ pairs: 0, before: null, after: null, change: null, awaitingAfter: 0 });
  });

  it("counts participation and completion per course, service and audience, ignoring cancellations", () => {
    const result = participation(
      [enrolment({ id: 1, state: "Completed" }), enrolment({ id: 2, learnerService: "Planning" }), enrolment({ id: 3, state: "Cancelled" }), enrolment({ id: 4, courseKey: "leading", state: "Completed", learnerService: null })],
      courses,
    );
    expect(result.byCourse).toEqual([
      { group: "Excel", participants: 2, completed: 1, completionRate: 0.5 },
      { group: "Leading with data", participants: 1, completed: 1, completionRate: 1 },
    ]);
    expect(result.byService.map((r) => r.group)).toEqual(["Digital", "No service recorded", "Planning"]);
    expect(result.byAudience.find((r) => r.group === "Report authors")).toMatchObject({ participants: 2, completed: 1 });
  });

  it("measures uplift only from learners who answered both surveys, and counts the rest apart", () => {
    const uplift = confidenceUplift([
      enrolment({ id: 1, pre: { a: 2, b: 2 }, post: { a: 4, b: 4 } }),
      enrolment({ id: 2, pre: { a: 3 }, post: { a: 4 } }),
      enrolment({ id: 3, pre: { a: 1 } }),
      enrolment({ id: 4, pre: { a: 1 }, post: { a: 5 }, state: "Cancelled" }),
    ]);
    expect(uplift).toEqual({ pairs: 2, before: 2.5, after: 4, change: 1.5, awaitingAfter: 1 });
  });

  it("finds the team members who have not started a pathway", () => {
    const team = [{ name: "A", siteUserId: 11 }, { name: "B", siteUserId: 12 }, { name: "C", siteUserId: null }];
    expect(notStarted(team, [enrolment({ learnerId: 11 }), enrolment({ learnerId: 12, state: "Cancelled" })], ["excel"]).map((p) => p.name)).toEqual(["B", "C"]);
  });

  it("shows a learner's pathway course by course", () => {
    expect(pathwayProgress(["a", "excel", "b"], [enrolment({ courseKey: "excel" }), enrolment({ courseKey: "b", state: "Completed" })])).toEqual([
      { courseKey: "a", state: "Not started" },
      { courseKey: "excel", state: "Booked" },
      { courseKey: "b", state: "Completed" },
    ]);
  });
});

describe("surveys", () => {
  it("reads only whole ratings from 1 to 5 and ignores malformed data", () => {
    expect(parseSurvey('{"a":3,"b":9,"c":2.5}')).toEqual({ a: 3 });
    expect(parseSurvey("not json")).toBeNull();
    expect(parseSurvey("[1,2]")).toBeNull();
  });
  it("names the skills still to rate", () => {
    expect(missingRatings(["a", "b"], { a: 5 })).toEqual(["b"]);
  });
});

describe("catalogue search", () => {
  it("matches all words in any order across title, description and skills, with filters", () => {
    const courses = [course({ key: "x", title: "Power BI reports", skills: ["Building a report"], format: "Workshop" }), course({ key: "y", title: "Excel", format: "E-learning" })];
    expect(filterCourses(courses, { search: "report power" }).map((c) => c.key)).toEqual(["x"]);
    expect(filterCourses(courses, { format: "E-learning" }).map((c) => c.key)).toEqual(["y"]);
    expect(filterCourses([...courses, course({ key: "z", principleKey: "data-quality" })], { principle: "data-quality" }).map((c) => c.key)).toEqual(["z"]);
  });
});

describe("calendar file", () => {
  it("writes a valid VEVENT with escaped text and CRLF line ends", () => {
    const ics = toIcs({ uid: "session-1@datahub", title: "Excel, formulas; and more", start: "2026-12-02T10:00:00Z", end: "2026-12-02T12:00:00Z", location: "Sample venue", description: "Line one\nLine two" }, new Date("2026-11-25T09:00:00Z"));
    expect(ics).toContain("DTSTART:20261202T100000Z\r\n");
    expect(ics).toContain("SUMMARY:Excel\\, formulas\\; and more\r\n");
    expect(ics).toContain("DESCRIPTION:Line one\\nLine two\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
  it("folds long lines at 75 octets", () => {
    const ics = toIcs({ uid: "u", title: "x".repeat(200), start: "2026-12-02T10:00:00Z", end: null, location: null, description: "" }, new Date("2026-11-25T09:00:00Z"));
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});
