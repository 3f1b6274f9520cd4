import { OPEN_DATA_FIGURES } from "../../src/modules/open-data/domain/strategy-figures";
import { fixedBeforePublication, parseChecks, parseOverrides, publicationKey, type Publication } from "../../src/modules/open-data/domain/publication";
import type { CheckResult } from "../../src/modules/open-data/domain/checks";
import measures from "../../src/modules/measures/seed/measures.json";

const base: Publication = {
  id: 1, key: "k", assetKey: null, title: "T", description: "", identifier: "", licenceUri: "", licenceTitle: "", publisher: "", periodStart: "", periodEnd: "", frequency: "R/P3M",
  issued: "2026-07-10T10:00:00Z", fileName: "a.csv", conformsTo: "", rows: 1, rule: "", publishedBy: null, checks: [], fixedChecks: 0, overrides: [], suppressedCells: 0, returnKey: null, dueDate: null,
};
const q2 = { start: "2026-07-01", end: "2026-09-30", label: "2026/27 Q2" };
const figure = (id: string) => OPEN_DATA_FIGURES.find((f) => f.id === id)!;

describe("open data's strategy figures", () => {
  const publications: Publication[] = [
    { ...base, id: 1, fixedChecks: 2 },
    { ...base, id: 2, fileName: "b.csv", overrides: [{ check: "personal-data", by: "Dana", reason: "Sole trader" }] },
    { ...base, id: 3, returnKey: "transparency-spend-over-500", dueDate: "2026-07-31", issued: "2026-07-30T09:00:00Z" },
    { ...base, id: 4, returnKey: "transparency-contracts", dueDate: "2026-07-31", issued: "2026-08-02T09:00:00Z" },
    { ...base, id: 5, issued: "2026-06-30T23:00:00Z", fixedChecks: 1 },
  ];

  it("counts publications, fixes before publication, overrides and Transparency Code on time, in the period only", () => {
    expect(figure("open-data.published").compute({ publications }, q2)).toEqual({ value: 4, basis: "4 publications (2 datasets)" });
    expect(figure("open-data.fixed-before-publication").compute({ publications }, q2)).toEqual({ value: 25, basis: "1 of 4 publications had a failed check fixed first (2 checks)" });
    expect(figure("open-data.overrides").compute({ publications }, q2).value).toBe(1);
    expect(figure("open-data.overrides").compute({ publications }, q2).breakdown).toEqual([{ label: "Schema", value: 0 }, { label: "Personal data", value: 1 }, { label: "Small numbers", value: 0 }]);
    expect(figure("open-data.transparency-on-time").compute({ publications }, q2)).toEqual({ value: 50, basis: "1 of 2 on or before their deadline" });
  });

  it("says when there is nothing to compute from instead of showing zero", () => {
    expect(figure("open-data.fixed-before-publication").compute({ publications: [] }, q2).value).toBeNull();
    expect(figure("open-data.transparency-on-time").compute({ publications: [] }, q2).value).toBeNull();
  });

  it("answers the strategy's measure on anonymisation and aggregation before sharing, which the hub now computes", () => {
    const m = measures.find((x) => x.key === "data-ethics-m2")!;
    expect(m.description).toMatch(/anonymisation and aggregation of datasets before sharing/);
    expect(m.computable).toBe(true);
    expect(new Set(OPEN_DATA_FIGURES.map((f) => f.measureKey))).toEqual(new Set(["data-ethics-m2"]));
  });

  it("a check counts as fixed only if it failed before and passed at publication (not overridden)", () => {
    const checks = [
      { id: "schema", passed: true },
      { id: "personal-data", passed: false },
      { id: "small-numbers", passed: true },
    ] as CheckResult[];
    expect(fixedBeforePublication(new Set(["schema", "personal-data"]), checks, [{ check: "personal-data", by: "x", reason: "y" }])).toBe(1);
    expect(fixedBeforePublication(new Set(), checks, [])).toBe(0);
  });

  it("reads stored JSON defensively and makes distinct keys", () => {
    expect(parseChecks('[{"id":"schema","status":"passed","total":0,"rows":[{"row":2,"column":"A"}]},{"id":"evil","status":"passed"}]')).toEqual([{ id: "schema", status: "passed", total: 0, rows: [{ row: 2, column: "A" }] }]);
    expect(parseChecks("not json")).toEqual([]);
    expect(parseOverrides('[{"check":"schema","by":"A","reason":"B"},{"check":"schema"}]')).toEqual([{ check: "schema", by: "A", reason: "B" }]);
    expect(publicationKey("spend.csv", "2026-07-01T00:00:00Z", () => 0.5)).toMatch(/^spend-2026-07-01-[0-9a-z]{6}$/);
    expect(publicationKey("spend.csv", "2026-07-01T00:00:00Z", () => 0.5)).not.toBe(publicationKey("spend.csv", "2026-07-01T00:00:00Z", () => 0.25));
  });
});
