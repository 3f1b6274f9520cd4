import { kpiFigures } from "../../src/modules/kpis/domain/kpi-figures";
import { summariseKpi, valuesByKpi } from "../../src/modules/kpis/domain/kpi-series";
import { SAMPLE_LABEL, SAMPLE_NOTE, SAMPLE_QUARTERS, sampleKpis } from "../../src/modules/kpis/seed/sample-kpis";

const TODAY = "2026-11-30";

describe("sample KPIs for local mode", () => {
  it("are the same every time for the same day and seed, and differ with another seed", () => {
    expect(sampleKpis(TODAY)).toEqual(sampleKpis(TODAY));
    expect(sampleKpis(TODAY, 18).values.map((v) => v.value)).not.toEqual(sampleKpis(TODAY).values.map((v) => v.value));
  });

  it("are about ten KPIs, every one labelled sample in its name and every value in its note", () => {
    const { kpis, values } = sampleKpis(TODAY);
    expect(kpis.length).toBeGreaterThanOrEqual(10);
    expect(kpis.filter((k) => !k.name.endsWith(SAMPLE_LABEL))).toEqual([]);
    expect(values.filter((v) => v.note !== SAMPLE_NOTE)).toEqual([]);
  });

  it("mix statutory KPIs with non-statutory ones that highlight a service success", () => {
    const figures = kpiFigures(sampleKpis(TODAY).kpis.map((kpi) => ({ kpi, rag: "No value" as const })));
    expect(figures.statutory).toBeGreaterThan(0);
    expect(figures.nonStatutory).toBeGreaterThan(0);
    expect(figures.successes).toBeGreaterThan(0);
  });

  it("cover the 12 quarters up to the last one ended, with nothing entered after today", () => {
    const { kpis, values } = sampleKpis(TODAY);
    const byKpi = valuesByKpi(values);
    for (const kpi of kpis) {
      const periods = new Set((byKpi.get(kpi.key) ?? []).map((v) => v.period));
      expect([kpi.key, periods.size]).toEqual([kpi.key, SAMPLE_QUARTERS]);
      expect([...periods].sort()[SAMPLE_QUARTERS - 1]).toBe("2026/27 Q2");
    }
    expect(values.filter((v) => v.enteredOn > TODAY)).toEqual([]);
  });

  it("show every state a screen must handle: on and off target, no target, late entries", () => {
    const { kpis, values } = sampleKpis(TODAY);
    const byKpi = valuesByKpi(values);
    const summaries = kpis.map((k) => summariseKpi(k, byKpi.get(k.key) ?? [], TODAY));
    const rags = new Set(summaries.flatMap((s) => s.rows.map((r) => r.rag)));
    for (const rag of ["Green", "Amber", "Red", "No target"] as const) expect(rags).toContain(rag);
    expect(summaries.some((s) => s.late > 0)).toBe(true);
  });
});
