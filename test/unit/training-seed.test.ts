import fs from "node:fs";
import path from "node:path";
import courses from "../../manifest/seed/courses.json";
import pathways from "../../manifest/seed/pathways.json";
import { COMPLETION_RULES, COURSE_AUDIENCES, COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS } from "../../manifest/lists/training";

const STRATEGY_PATH = process.env.DATAHUB_STRATEGY_TEXT ?? path.join(process.cwd(), "..", "shared", "seed", "data-use-and-analytics-strategy-2025-2028.txt");
const normalise = (t: string) => t.replace(/\*\*/g, "").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, " ").trim();

describe("the training catalogue's seed", () => {
  (fs.existsSync(STRATEGY_PATH) ? it : it.skip)("quotes each course's commitment verbatim from the strategy", () => {
    const strategy = normalise(fs.readFileSync(STRATEGY_PATH, "utf8"));
    expect(courses.filter((c) => !strategy.includes(normalise(c.description))).map((c) => c.key)).toEqual([]);
  });

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
