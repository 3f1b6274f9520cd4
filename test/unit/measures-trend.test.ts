import { financialQuarterOf, quartersUpTo } from "../../src/core/domain/financial-quarters";
import { directionOf, linePoints, targetStatus, trendPoints, writeValue } from "../../src/modules/measures/domain/trend";

const Q2 = financialQuarterOf("2026-08-01");
const quarters = quartersUpTo(Q2, 4); // 2025/26 Q3 … 2026/27 Q2
const at = (i: number) => quarters[i]!.index;

describe("a figure's trend over quarters", () => {
  it("takes the live value over a snapshot, a final snapshot over a provisional one, and leaves a gap where nothing was kept", () => {
    const points = trendPoints(quarters, [
      { periodIndex: at(0), value: 40, source: "provisional", basis: "early" },
      { periodIndex: at(0), value: 42, source: "final", basis: "final" },
      { periodIndex: at(2), value: 50, source: "final", basis: "kept" },
      { periodIndex: at(3), value: 51, source: "provisional", basis: "kept so far" },
      { periodIndex: at(3), value: 55, source: "live", basis: "now" },
    ]);
    expect(points.map((p) => [p.period.label, p.value, p.source])).toEqual([
      ["2025/26 Q3", 42, "final"],
      ["2025/26 Q4", null, "none"],
      ["2026/27 Q1", 50, "final"],
      ["2026/27 Q2", 55, "live"],
    ]);
  });

  it("direction of travel compares the latest quarter with the one just before, the figure's way round", () => {
    const points = trendPoints(quarters, [
      { periodIndex: at(2), value: 50, source: "final", basis: "" },
      { periodIndex: at(3), value: 54, source: "live", basis: "" },
    ]);
    expect(directionOf(points, "higher", "percent")).toEqual({ direction: "better", words: "Better than 2026/27 Q1 (up 4 percentage points)", short: "Better" });
    expect(directionOf(points, "lower", "days")).toEqual({ direction: "worse", words: "Worse than 2026/27 Q1 (up 4 days)", short: "Worse" });
  });

  it("a change that rounds to nothing is no change; a gap before the latest quarter gives no direction", () => {
    const same = trendPoints(quarters, [
      { periodIndex: at(2), value: 50, source: "final", basis: "" },
      { periodIndex: at(3), value: 50.001, source: "live", basis: "" },
    ]);
    expect(directionOf(same, "higher", "percent").words).toBe("No change from 2026/27 Q1");
    const gap = trendPoints(quarters, [
      { periodIndex: at(1), value: 50, source: "final", basis: "" },
      { periodIndex: at(3), value: 60, source: "live", basis: "" },
    ]);
    expect(directionOf(gap, "higher", "count")).toMatchObject({ direction: "unknown", words: "No value for the quarter before 2026/27 Q2 to compare with" });
    expect(directionOf(trendPoints(quarters, []), "higher", "count")).toMatchObject({ direction: "unknown", words: "No value yet" });
  });

  it("a target is met or not, by the figure's direction; no target, no status", () => {
    expect(targetStatus(80, 75, "higher")).toEqual({ rag: "Green", text: "Target met" });
    expect(targetStatus(70, 75, "higher")).toEqual({ rag: "Red", text: "Target not met" });
    expect(targetStatus(12, 10, "lower")).toEqual({ rag: "Red", text: "Target not met" });
    expect(targetStatus(null, 10, "lower")).toEqual({ rag: "None", text: "No value to compare with the target" });
    expect(targetStatus(5, null, "lower")).toBeNull();
  });

  it("gives the chart kit each quarter's value, target and status", () => {
    const points = trendPoints(quarters.slice(2), [{ periodIndex: at(3), value: 80, source: "live", basis: "" }]);
    expect(linePoints(points, 75, "higher")).toEqual([
      { period: "2026/27 Q1", value: null, target: 75, status: null },
      { period: "2026/27 Q2", value: 80, target: 75, status: { rag: "Green", text: "Target met" } },
    ]);
  });

  it("writes values in their unit, en-GB", () => {
    expect(writeValue(87.5, "percent")).toBe("87.5%");
    expect(writeValue(1250, "pounds")).toBe("£1,250");
    expect(writeValue(1, "days")).toBe("1 day");
    expect(writeValue(12345, "count")).toBe("12,345");
    expect(writeValue(null, "count")).toBe("No value");
  });
});
