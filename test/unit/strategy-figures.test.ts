import { monthsIn } from "../../src/core/domain/periods";
import measures from "../../src/modules/measures/seed/measures.json";
import { DASHBOARD_FIGURES } from "../../src/modules/dashboards/domain/strategy-figures";
import { DICTIONARY_FIGURES } from "../../src/modules/dictionary/domain/strategy-figures";
import { emptyCounts } from "../../src/modules/dictionary/domain/usage";
import { TRAINING_FIGURES } from "../../src/modules/training/domain/strategy-figures";
import type { Course, Enrolment } from "../../src/modules/training/domain/training";

const Q1 = { start: "2026-04-01", end: "2026-06-30", label: "2026/27 Q1" };
const course = (key: string, extra: Partial<Course> = {}): Course => ({ id: 1, key, title: key, description: "", topic: null, level: null, format: null, audiences: ["All staff"], principleKey: null, skills: [], completionRule: "Learner confirms", strategySource: null, ...extra });
const booking = (id: number, courseKey: string, state: Enrolment["state"], extra: Partial<Enrolment> = {}): Enrolment => ({ id, etag: '"1"', sessionId: 1, courseKey, learnerId: id, learnerName: null, learnerService: null, state, pre: null, post: null, completedOn: state === "Completed" ? "2026-05-01T10:00:00Z" : null, ...extra });
const figure = <D>(list: readonly { id: string; compute: (d: D, p: typeof Q1) => unknown }[], id: string, data: D) => list.find((f) => f.id === id)!.compute(data, Q1);

describe("the strategy figures modules offer", () => {
  it("each names a measure the strategy has and the hub computes", () => {
    const computable = new Set(measures.filter((m) => m.computable).map((m) => m.key));
    for (const f of [...TRAINING_FIGURES, ...DASHBOARD_FIGURES, ...DICTIONARY_FIGURES]) expect({ id: f.id, known: computable.has(f.measureKey) }).toEqual({ id: f.id, known: true });
  });

  it("training completion counts bookings not cancelled, and completions up to the period's end", () => {
    const data = {
      courses: [course("excel"), course("members", { audiences: ["Councillors"] })],
      enrolments: [booking(1, "excel", "Completed"), booking(2, "excel", "Booked"), booking(3, "excel", "Cancelled"), booking(4, "members", "Completed", { completedOn: "2026-08-01T10:00:00Z" })],
    };
    expect(figure(TRAINING_FIGURES, "training.completion", data)).toMatchObject({
      value: 33.3,
      basis: "1 of 3 bookings completed",
      breakdown: [{ label: "All staff", value: 50 }, { label: "Councillors", value: 0 }, { label: "Leaders", value: null }],
    });
  });

  it("confidence uplift comes only from learners who answered both surveys", () => {
    const data = { courses: [course("excel")], enrolments: [booking(1, "excel", "Completed", { pre: { A: 2, B: 2 }, post: { A: 4, B: 3 } }), booking(2, "excel", "Booked", { pre: { A: 1 } })] };
    expect(figure(TRAINING_FIGURES, "training.confidence-uplift", data)).toEqual({ value: 1.5, basis: "1 learners answered both surveys; 1 await the second" });
  });

  it("dashboard opens and dictionary use are totals with a breakdown by department, busiest first", () => {
    const rows = [
      { period: "2026-04", dashboardId: 1, department: "Planning", opens: 3 },
      { period: "2026-05", dashboardId: 2, department: "Finance", opens: 5 },
      { period: "2026-05", dashboardId: 1, department: "Planning", opens: 4 },
    ];
    expect(figure(DASHBOARD_FIGURES, "dashboards.opens", rows)).toMatchObject({ value: 12, breakdown: [{ label: "Planning", value: 7 }, { label: "Finance", value: 5 }] });
    const counts = { ...emptyCounts(), searches: 9, emptySearches: 2, opens: 4, byDepartment: { Finance: { searches: 2, opens: 1 }, Planning: { searches: 7, opens: 3 } } };
    expect(figure(DICTIONARY_FIGURES, "dictionary.use", counts)).toMatchObject({ value: 13, breakdown: [{ label: "Planning", value: 10 }, { label: "Finance", value: 3 }] });
  });

  it("a period's months, across a year's end", () => {
    expect(monthsIn(Q1)).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(monthsIn({ start: "2026-11-15", end: "2027-02-01" })).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });
});
