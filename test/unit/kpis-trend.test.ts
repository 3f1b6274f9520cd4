import type { Polarity } from "../../src/modules/kpis/domain/kpi";
import { trendOf } from "../../src/modules/kpis/domain/kpi-trend";
import { monthPeriod, quarterPeriod, shiftPeriod } from "../../src/modules/kpis/domain/periods";

/** Consecutive quarters from 2024/25 Q1; null leaves a quarter without a value. */
const quarters = (values: (number | null)[]) =>
  values.flatMap((value, i) => (value === null ? [] : [{ period: shiftPeriod(quarterPeriod("financial", 2024, 1), i), value }]));
const words = (values: (number | null)[], polarity: Polarity = "higher is better") => trendOf(quarters(values), polarity).words;

describe("the trend of a KPI in words", () => {
  it("counts a run of improvements: 'improving for 3 quarters'", () => {
    expect(trendOf(quarters([40, 50, 52, 55, 57]), "higher is better")).toEqual({ direction: "improving", streak: 4, words: "Improving for 4 quarters" });
    expect(words([60, 50, 52, 55, 57])).toBe("Improving for 3 quarters");
  });

  it("reads lower as better when lower is better", () => {
    expect(words([30, 28, 27], "lower is better")).toBe("Improving for 2 quarters");
    expect(words([30, 28, 27], "higher is better")).toBe("Worsening for 2 quarters");
  });

  it("says a single step better or worse against last quarter", () => {
    expect(words([50, 55, 53])).toBe("Worse than last quarter");
    expect(words([55, 50, 53])).toBe("Better than last quarter");
  });

  it("says 'no change' when the value holds", () => {
    expect(words([48, 50, 50])).toBe("No change from last quarter");
    expect(words([50, 50, 50])).toBe("No change for 2 quarters");
    expect(words([0.3, 0.1 + 0.2])).toBe("No change from last quarter");
  });

  it("stops a run at a quarter with no value and says so when the latest has nothing to compare with", () => {
    expect(words([40, 45, null, 50, 55])).toBe("Better than last quarter");
    expect(trendOf(quarters([40, 45, null, 50]), "higher is better")).toEqual({ direction: "unknown", streak: 0, words: "No value for the quarter before 2024/25 Q4 to compare with" });
  });

  it("needs two values for a trend", () => {
    expect(words([50])).toBe("Not enough values for a trend");
    expect(words([])).toBe("No values yet");
  });

  it("speaks of months for a monthly KPI and sorts values given in any order", () => {
    const points = [
      { period: monthPeriod(2026, 3), value: 12 },
      { period: monthPeriod(2026, 1), value: 10 },
      { period: monthPeriod(2026, 2), value: 11 },
    ];
    expect(trendOf(points, "higher is better").words).toBe("Improving for 2 months");
  });
});
