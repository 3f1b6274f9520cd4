import { MODULES } from "../../src/modules";
import measures from "../../src/modules/measures/seed/measures.json";
import { samples } from "../../src/modules/measures/samples";
import { MEASURES_WITH_REASONS, whyRecorded } from "../../src/modules/measures/domain/why-recorded";
import { REVIEW_LOG_FIGURES } from "../../src/modules/measures/domain/review-log";

const keys = new Set(measures.map((m) => m.key));

describe("the measures the page shows", () => {
  it("every measure the strategy does not expect the hub to compute says why it is recorded by hand", () => {
    const withoutReason = measures.filter((m) => !m.computable && !MEASURES_WITH_REASONS.includes(m.key)).map((m) => m.key);
    expect(withoutReason).toEqual([]);
    expect(MEASURES_WITH_REASONS.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("a measure the hub is meant to compute, with no module offering it yet, says so instead of inventing a reason", () => {
    expect(whyRecorded("data-ethics-m9", true)).toBe("The hub will compute this once the module that holds its data is in place; until then it is recorded by hand.");
  });

  it("every figure any module offers names a measure of the strategy", async () => {
    const offered: string[] = [];
    for (const module of MODULES.filter((m) => m.measures)) offered.push(...(await module.measures!()).figures.map((f) => `${module.id}:${f.measureKey}`));
    expect(offered.filter((o) => !keys.has(o.split(":")[1]!))).toEqual([]);
    expect(offered).toContain("measures:data-leadership-m8");
  });

  it("the review log answers a measure the strategy expects the hub to compute", () => {
    const computable = new Set(measures.filter((m) => m.computable).map((m) => m.key));
    expect(REVIEW_LOG_FIGURES.every((f) => computable.has(f.measureKey))).toBe(true);
  });

  it("local mode's samples are labelled SAMPLE, name real measures and are the same on every start on one day", () => {
    const context = { today: new Date("2026-08-15T10:00:00Z"), siteUserIdOf: () => 1 };
    const lists = samples(context);
    const items = lists.flatMap((l) => l.items() as readonly Record<string, unknown>[]);
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(String(item.Title)).toMatch(/^SAMPLE: /);
      if (item.MeasureKey) expect(keys.has(String(item.MeasureKey))).toBe(true);
    }
    const periods = new Set(items.map((i) => i.Period).filter(Boolean));
    // Four quarters before the one just ended (2026/27 Q1): the page keeps that one itself.
    expect([...periods].sort()).toEqual(["2025/26 Q1", "2025/26 Q2", "2025/26 Q3", "2025/26 Q4"]);
    expect(JSON.stringify(samples(context).flatMap((l) => l.items()))).toBe(JSON.stringify(items));
  });
});
