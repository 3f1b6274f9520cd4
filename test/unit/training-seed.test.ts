import { COMPLETION_RULES, COURSE_AUDIENCES, COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS } from "../../src/modules/training/lists";
import courses from "../../src/modules/training/seed/courses.json";
import pathways from "../../src/modules/training/seed/pathways.json";

// Each course's quote from the strategy is proved with every other seed quote, in seed-quotes.test.ts
// (which fails in CI, rather than skipping, when the strategy text is missing).
describe("the training catalogue's seed", () => {
  it("uses only the declared choices", () => {
    const bad = courses.filter(
      (c) =>
        !(COURSE_TOPICS as readonly string[]).includes(c.topic) ||
        !(COURSE_LEVELS as readonly string[]).includes(c.level) ||
        !(COURSE_FORMATS as readonly string[]).includes(c.format) ||
        !(COMPLETION_RULES as readonly string[]).includes(c.completionRule) ||
        c.audiences.some((a) => !(COURSE_AUDIENCES as readonly string[]).includes(a)),
    );
    expect(bad.map((c) => c.key)).toEqual([]);
  });

  it("names only courses that exist in every pathway, each with skills to rate", () => {
    const keys = new Set(courses.map((c) => c.key));
    expect(pathways.flatMap((p) => p.courses.filter((k) => !keys.has(k)))).toEqual([]);
    expect(courses.filter((c) => c.skills.length === 0)).toEqual([]);
  });
});
