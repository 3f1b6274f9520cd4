import type { MeasureDefinition, MeasureFigure } from "../../../core/domain/measures";
import { confidenceUplift } from "./measures";
import type { Course, Enrolment } from "./training";

/** What training's strategy figures are computed from: every course and every booking. */
export interface TrainingData {
  courses: readonly Course[];
  enrolments: readonly Enrolment[];
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** Completion among active bookings of the given courses, counting completions up to the period's end. */
function completion(data: TrainingData, end: string, include: (course: Course) => boolean): MeasureFigure {
  const keys = new Set(data.courses.filter(include).map((c) => c.key));
  const active = data.enrolments.filter((e) => e.state !== "Cancelled" && keys.has(e.courseKey));
  const completed = active.filter((e) => e.state === "Completed" && (!e.completedOn || e.completedOn.slice(0, 10) <= end));
  return { value: percent(completed.length, active.length), basis: `${completed.length} of ${active.length} bookings completed` };
}

const forAudience = (audience: string) => (c: Course) => c.audiences.includes(audience);

export const TRAINING_FIGURES: readonly MeasureDefinition<TrainingData>[] = [
  {
    measureKey: "data-literacy-m1",
    id: "training.completion",
    label: "Training completion, staff and councillors",
    method: "Completed bookings as a share of bookings not cancelled (Enrolments list), for every course; broken down by the course's audience.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const all = completion(data, period.end, () => true);
      const breakdown = ["All staff", "Councillors", "Leaders"].map((audience) => ({ label: audience, value: completion(data, period.end, forAudience(audience)).value }));
      return { ...all, breakdown };
    },
  },
  {
    measureKey: "data-literacy-m2",
    id: "training.confidence-uplift",
    label: "Change in confidence after training",
    method: "The average 1–5 confidence rating after a course minus before it, from learners who answered both surveys (Enrolments list).",
    unit: "score",
    better: "higher",
    compute: (data) => {
      const uplift = confidenceUplift(data.enrolments);
      return { value: uplift.change === null ? null : Math.round(uplift.change * 100) / 100, basis: `${uplift.pairs} learners answered both surveys; ${uplift.awaitingAfter} await the second` };
    },
  },
  {
    measureKey: "data-standards-m2",
    id: "training.standards-completion",
    label: "Completion of training on data standards, ethics and protection",
    method: "Completed bookings as a share of bookings not cancelled, for courses on data standards or on ethics and protection.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => completion(data, period.end, (c) => c.topic === "Data standards" || c.topic === "Ethics and protection"),
  },
  {
    measureKey: "data-leadership-m1",
    id: "training.leadership-completion",
    label: "Completion of leadership training",
    method: "Completed bookings as a share of bookings not cancelled, for leadership-level courses and courses for leaders.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => completion(data, period.end, (c) => c.level === "Leadership" || c.audiences.includes("Leaders")),
  },
];
