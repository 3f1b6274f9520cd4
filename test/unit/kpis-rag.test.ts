import type { Kpi, KpiTarget, Tolerance } from "../../src/modules/kpis/domain/kpi";
import { KPI_RAG_PRESENTATION, type KpiRag, kpiRag, targetFor } from "../../src/modules/kpis/domain/kpi-rag";
import { periodFromKey } from "../../src/modules/kpis/domain/periods";

const absolute = (amount: number): Tolerance => ({ kind: "absolute", amount });
const percent = (amount: number): Tolerance => ({ kind: "percent", amount });
const target = (value: number, tolerance: Tolerance) => ({ value, tolerance });

describe("RAG of a KPI value against its target", () => {
  it("is green on or above target, amber within the tolerance, red beyond it, when higher is better", () => {
    const t = target(90, absolute(5));
    expect(kpiRag(90, t, "higher is better")).toBe("Green");
    expect(kpiRag(97, t, "higher is better")).toBe("Green");
    expect(kpiRag(87, t, "higher is better")).toBe("Amber");
    expect(kpiRag(85, t, "higher is better")).toBe("Amber");
    expect(kpiRag(84.9, t, "higher is better")).toBe("Red");
  });

  it("turns the comparison round when lower is better", () => {
    const t = target(20, absolute(2));
    expect(kpiRag(15, t, "lower is better")).toBe("Green");
    expect(kpiRag(20, t, "lower is better")).toBe("Green");
    expect(kpiRag(22, t, "lower is better")).toBe("Amber");
    expect(kpiRag(22.1, t, "lower is better")).toBe("Red");
  });

  it("measures a percentage tolerance against the size of the target", () => {
    const t = target(110, percent(5)); // 5.5 kg of slack
    expect(kpiRag(115.5, t, "lower is better")).toBe("Amber");
    expect(kpiRag(115.6, t, "lower is better")).toBe("Red");
    expect(kpiRag(104.5, t, "higher is better")).toBe("Amber");
    expect(kpiRag(0, target(0, percent(10)), "higher is better")).toBe("Green");
    expect(kpiRag(-1, target(0, percent(10)), "higher is better")).toBe("Red");
  });

  it("has no amber with a tolerance of zero: just short is red", () => {
    expect(kpiRag(89.9, target(90, absolute(0)), "higher is better")).toBe("Red");
  });

  it("ignores floating-point noise on a boundary", () => {
    expect(kpiRag(0.1 + 0.2, target(0.3, absolute(0)), "lower is better")).toBe("Green");
    expect(kpiRag(90 - 4.5, target(90, percent(5)), "higher is better")).toBe("Amber");
  });

  it("is never green by default: no value or no target has its own state", () => {
    expect(kpiRag(null, target(90, absolute(5)), "higher is better")).toBe("No value");
    expect(kpiRag(Number.NaN, target(90, absolute(5)), "higher is better")).toBe("No value");
    expect(kpiRag(95, null, "higher is better")).toBe("No target");
    expect(kpiRag(null, null, "higher is better")).toBe("No value");
  });

  it("has words and an icon for every state, so colour is never the only signal", () => {
    const states: KpiRag[] = ["Green", "Amber", "Red", "No target", "No value"];
    expect(states.map((s) => KPI_RAG_PRESENTATION[s].words)).toEqual(["On target", "Just off target", "Off target", "No target set", "No value yet"]);
    expect(new Set(states.map((s) => KPI_RAG_PRESENTATION[s].icon)).size).toBe(5);
  });
});

describe("the target for a period", () => {
  const kpi = (targets: KpiTarget[]): Pick<Kpi, "targets" | "tolerance"> => ({ targets, tolerance: absolute(5) });
  const q = (key: string) => periodFromKey(key);

  it("stands from its first period until a later target starts", () => {
    const k = kpi([
      { from: "2024/25 Q1", to: null, value: 60, tolerance: null },
      { from: "2025/26 Q3", to: null, value: 70, tolerance: null },
    ]);
    expect(targetFor(k, q("2023/24 Q4"))).toBeNull();
    expect(targetFor(k, q("2024/25 Q1"))).toEqual({ value: 60, tolerance: absolute(5), from: "2024/25 Q1" });
    expect(targetFor(k, q("2025/26 Q2"))?.value).toBe(60);
    expect(targetFor(k, q("2025/26 Q3"))?.value).toBe(70);
    expect(targetFor(k, q("2027/28 Q1"))?.value).toBe(70);
  });

  it("stops after its last period when it has one, leaving later periods with no target", () => {
    const k = kpi([{ from: "2025/26 Q1", to: "2025/26 Q4", value: 80, tolerance: percent(2) }]);
    expect(targetFor(k, q("2025/26 Q4"))).toEqual({ value: 80, tolerance: percent(2), from: "2025/26 Q1" });
    expect(targetFor(k, q("2026/27 Q1"))).toBeNull();
  });

  it("prefers a single-period target over a standing one that started earlier", () => {
    const k = kpi([
      { from: "2025/26 Q1", to: null, value: 80, tolerance: null },
      { from: "2025/26 Q3", to: "2025/26 Q3", value: 70, tolerance: null },
    ]);
    expect([q("2025/26 Q2"), q("2025/26 Q3"), q("2025/26 Q4")].map((p) => targetFor(k, p)?.value)).toEqual([80, 70, 80]);
  });

  it("ignores targets set for another kind of period", () => {
    expect(targetFor(kpi([{ from: "2025-04", to: null, value: 80, tolerance: null }]), q("2025/26 Q1"))).toBeNull();
  });
});
