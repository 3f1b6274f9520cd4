import {
  axisFor,
  barTable,
  boxLabel,
  boxPlotTable,
  checkBoxPlots,
  checkHeatMap,
  contrastRatio,
  describeChange,
  dumbbellTable,
  formatChange,
  formatValue,
  heatBin,
  heatBinLabels,
  labelStride,
  layoutTargets,
  lineTable,
  listInWords,
  niceTicks,
  parseColour,
  summariseBars,
  summariseBoxPlots,
  summariseDumbbells,
  summariseHeatMap,
  summariseLine,
  summariseTrend,
  tickCountFor,
  type BoxPlotDatum,
  type LinePoint,
} from "../../src/core/domain/chart-data";

describe("writing values in British English", () => {
  it("writes numbers with thousands separators and no needless decimals", () => {
    expect(formatValue(1234567)).toBe("1,234,567");
    expect(formatValue(2.5)).toBe("2.5");
    expect(formatValue(2.456)).toBe("2.46");
    expect(formatValue(3, { decimals: 1 })).toBe("3.0");
  });

  it("writes percentages on a 0 to 100 scale, pounds with the sign before £, and units in the right number", () => {
    expect(formatValue(91, { kind: "percent" })).toBe("91%");
    expect(formatValue(87.25, { kind: "percent" })).toBe("87.3%");
    expect(formatValue(1234, { kind: "pounds" })).toBe("£1,234");
    expect(formatValue(12.5, { kind: "pounds" })).toBe("£12.50");
    expect(formatValue(-12.5, { kind: "pounds" })).toBe("-£12.50");
    expect(formatValue(1, { unit: { singular: "day", plural: "days" } })).toBe("1 day");
    expect(formatValue(12, { unit: { singular: "day", plural: "days" } })).toBe("12 days");
  });

  it("says No value for a missing or broken number instead of NaN", () => {
    expect(formatValue(null)).toBe("No value");
    expect(formatValue(undefined)).toBe("No value");
    expect(formatValue(Number.NaN)).toBe("No value");
  });

  it("writes differences with their sign, and percentage differences as points", () => {
    expect(formatChange(0.5, { decimals: 1 })).toBe("+0.5");
    expect(formatChange(-0.3, { decimals: 1 })).toBe("-0.3");
    expect(formatChange(0)).toBe("0");
    expect(formatChange(7, { kind: "percent" })).toBe("+7 percentage points");
    expect(formatChange(-1, { kind: "percent" })).toBe("-1 percentage point");
    expect(formatChange(120, { kind: "pounds" })).toBe("+£120");
  });

  it("describes a change in words, and a change too small to show as none", () => {
    expect(describeChange(0.8, { decimals: 1 })).toBe("up 0.8");
    expect(describeChange(-7, { kind: "percent" })).toBe("down 7 percentage points");
    expect(describeChange(1, { kind: "percent" })).toBe("up 1 percentage point");
    expect(describeChange(0.04, { decimals: 1 })).toBe("no change");
    expect(describeChange(-250, { kind: "pounds" })).toBe("down £250");
  });

  it("lists names as a sentence does", () => {
    expect(listInWords(["A"])).toBe("A");
    expect(listInWords(["A", "B"])).toBe("A and B");
    expect(listInWords(["A", "B", "C"])).toBe("A, B and C");
    expect(listInWords(["A", "B", "C", "D", "E"])).toBe("A, B, C and 2 others");
  });
});

describe("axis ticks", () => {
  it("covers the data with round steps of 1, 2 or 5 times a power of ten", () => {
    expect(niceTicks(0, 4.3, 5).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(0, 92, 5).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-3, 7, 5).ticks).toEqual([-4, -2, 0, 2, 4, 6, 8]);
    expect(niceTicks(0, 1_234_567, 4).ticks).toEqual([0, 500_000, 1_000_000, 1_500_000]);
  });

  it("keeps decimal ticks exact, so 0.3 is never 0.30000000000000004", () => {
    const { ticks, decimals, step } = niceTicks(0, 0.3, 3);
    expect(ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(ticks.map(String)).toEqual(["0", "0.1", "0.2", "0.3"]);
    expect(decimals).toBe(1);
    expect(step).toBe(0.1);
    expect(niceTicks(1.5, 3.5, 4).ticks.map(String)).toEqual(["1.5", "2", "2.5", "3", "3.5"]);
    expect(niceTicks(0.01, 0.07, 3).ticks.map(String)).toEqual(["0", "0.02", "0.04", "0.06", "0.08"]);
  });

  it("widens a single value into a range rather than dividing by zero", () => {
    const ticks = niceTicks(50, 50, 4);
    expect(ticks.min).toBeLessThan(50);
    expect(ticks.max).toBeGreaterThan(50);
    expect(niceTicks(0, 0, 4).ticks).toEqual([0, 0.5, 1]);
  });

  it("refuses an axis that runs backwards or is not made of numbers, in words", () => {
    expect(() => niceTicks(5, 1)).toThrow("An axis must run from low to high; got 5 to 1.");
    expect(() => niceTicks(0, Number.NaN)).toThrow("Axis limits must be numbers");
  });

  it("keeps a fixed domain's own limits and only the ticks inside it", () => {
    const axis = axisFor([2.1, 3.4], { domain: [1, 5], count: 4 });
    expect([axis.min, axis.max]).toEqual([1, 5]);
    expect(axis.ticks).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts bars at zero and skips missing values", () => {
    const axis = axisFor([41, null, 92], { fromZero: true });
    expect(axis.min).toBe(0);
    expect(axis.max).toBe(100);
  });

  it("asks for fewer ticks on a narrow axis and thins labels that would collide", () => {
    expect(tickCountFor(200)).toBe(2);
    expect(tickCountFor(640)).toBe(8);
    expect(labelStride(12, 960, 60)).toBe(1);
    expect(labelStride(12, 240, 60)).toBe(3);
  });
});

describe("keyboard targets along a row", () => {
  it("makes every target at least 24 px and keeps it inside the plot", () => {
    const [left, right] = layoutTargets(
      [
        { from: 2, to: 2, label: "near the start" },
        { from: 299, to: 299, label: "near the end" },
      ],
      300,
    );
    expect(left).toEqual({ start: 0, end: 24, label: "near the start" });
    expect(right).toEqual({ start: 276, end: 300, label: "near the end" });
  });

  it("merges targets that would overlap into one that names them all", () => {
    const targets = layoutTargets(
      [
        { from: 100, to: 100, label: "Revenues, 1.0" },
        { from: 110, to: 110, label: "Planning, 1.2" },
        { from: 200, to: 200, label: "Housing, 4.8" },
      ],
      300,
    );
    expect(targets.map((t) => t.label)).toEqual(["Revenues, 1.0; Planning, 1.2", "Housing, 4.8"]);
    expect(targets[0]).toMatchObject({ start: 88, end: 122 });
  });

  it("keeps a wide span (a box or a dumbbell) as wide as it is", () => {
    expect(layoutTargets([{ from: 40, to: 160, label: "box" }], 300)).toEqual([{ start: 40, end: 160, label: "box" }]);
  });
});

describe("heat-map bins", () => {
  it("puts values into equal bins, the top value into the last", () => {
    expect([1, 1.79, 1.8, 3, 4.99, 5].map((v) => heatBin(v, 1, 5, 5))).toEqual([0, 0, 1, 2, 4, 4]);
    expect(heatBin(-2, 1, 5, 5)).toBe(0);
  });

  it("labels the bins for the legend", () => {
    expect(heatBinLabels(1, 5, 5, { decimals: 1 })).toEqual(["under 1.8", "1.8 to 2.6", "2.6 to 3.4", "3.4 to 4.2", "4.2 and over"]);
    expect(heatBinLabels(0, 100, 4, { kind: "percent" })).toEqual(["under 25%", "25% to 50%", "50% to 75%", "75% and over"]);
  });
});

describe("colour contrast", () => {
  it("reads hex and rgb colours and computes WCAG ratios", () => {
    const white = parseColour("#fff")!;
    const black = parseColour("rgb(0, 0, 0)")!;
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColour("#767676")!, white)).toBeCloseTo(4.54, 2);
    expect(parseColour("rgba(0, 0, 0, 0.5)")).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColour("transparent")).toBeNull();
  });
});

const topics: BoxPlotDatum[] = [
  { label: "Data governance", stats: { count: 64, q1: 1.5, median: 2, q3: 3, lowerWhisker: 1, upperWhisker: 4, outliers: [] } },
  { label: "Engaging with others", stats: { count: 64, q1: 2.25, median: 2.5, q3: 2.75, lowerWhisker: 2, upperWhisker: 3.25, outliers: [{ label: "Revenues", value: 1 }] } },
  { label: "Skills", stats: { count: 64, q1: 2.5, median: 3.1, q3: 3.5, lowerWhisker: 1.5, upperWhisker: 4.5, outliers: [] } },
];

describe("summaries in words", () => {
  it("box plots: the overall median, the tightest and widest spread, and outliers", () => {
    expect(summariseBoxPlots(topics, { noun: "team", overall: { median: 2.5, count: 64 }, format: { decimals: 1 } })).toBe(
      "Median 2.5 across 64 teams; Engaging with others has the tightest spread and Data governance the widest; 1 outlier.",
    );
    expect(summariseBoxPlots(topics, { noun: "team", format: { decimals: 1 } })).toBe(
      "Medians from 2.0 (Data governance) to 3.1 (Skills) across 64 teams; Engaging with others has the tightest spread and Data governance the widest; 1 outlier.",
    );
  });

  it("box plots: names categories with no values and different team counts", () => {
    const data: BoxPlotDatum[] = [{ ...topics[0]!, stats: { ...topics[0]!.stats!, count: 58 } }, topics[1]!, { label: "Tools", stats: null }];
    expect(summariseBoxPlots(data, { noun: "team", format: { decimals: 1 } })).toContain("across 58 to 64 teams");
    expect(summariseBoxPlots(data, { noun: "team" })).toMatch(/; no values yet for Tools\.$/);
    expect(summariseBoxPlots([{ label: "Tools", stats: null }])).toBe("No values yet.");
  });

  it("lines: the latest value against its target, and the change since the first", () => {
    const points: LinePoint[] = [
      { period: "2024/25 Q3", value: 84, target: 90, status: { rag: "Red", text: "Off target" } },
      { period: "2024/25 Q4", value: null, target: 90 },
      { period: "2025/26 Q1", value: 88, target: 90, status: { rag: "Amber", text: "Just off target" } },
      { period: "2025/26 Q2", value: 91, target: 90, status: { rag: "Green", text: "On target" } },
    ];
    expect(summariseLine(points, { format: { kind: "percent" } })).toBe(
      "Latest: 91% in 2025/26 Q2, target 90% (On target); up 7 percentage points from 84% in 2024/25 Q3; 1 period has no value.",
    );
    expect(summariseTrend(points, { format: { kind: "percent" } })).toBe("91% in 2025/26 Q2, up 7 percentage points from 84% in 2024/25 Q3.");
    expect(summariseLine([{ period: "Mar 2026", value: 12 }])).toBe("Latest: 12 in Mar 2026; the only value so far.");
    expect(summariseLine([{ period: "Mar 2026", value: null }])).toBe("No values yet.");
  });

  it("bars: highest, lowest, ties named together, and how many meet the target", () => {
    const bars = [
      { label: "Customer Services", value: 92 },
      { label: "Planning", value: 41 },
      { label: "Revenues", value: 92 },
      { label: "Housing", value: 75 },
      { label: "Waste", value: null },
    ];
    expect(summariseBars(bars, { format: { kind: "percent" }, target: 75, noun: "service" })).toBe(
      "Highest: Customer Services and Revenues, 92%; lowest: Planning, 41%; 3 of 4 services meet the 75% target; 1 has no value.",
    );
    expect(summariseBars([{ label: "Excel", value: 12, target: 10 }], { noun: "course" })).toBe("Excel: 12; 1 of 1 course meets its target.");
  });

  it("heat maps: the highest and lowest cells and how many are empty", () => {
    const data = { rows: ["Data", "Skills"], columns: ["Tools", "Leadership"], values: [[1.1, 3], [null, 4.2]] };
    expect(summariseHeatMap(data, { format: { decimals: 1 } })).toBe("Highest 4.2 (Skills, Leadership); lowest 1.1 (Data, Tools); 1 of 4 cells have no value.");
  });

  it("dumbbells: how many rose, fell or stayed, and the largest moves", () => {
    const data = [
      { label: "Data governance", before: 2.1, after: 2.9 },
      { label: "Skills", before: 3, after: 2.6 },
      { label: "Tools", before: 2.5, after: 2.52 },
      { label: "Leadership", before: 1.8, after: 2.0 },
      { label: "Culture", before: null, after: 3 },
    ];
    expect(summariseDumbbells(data, { beforeLabel: "Round 1", afterLabel: "Round 2", noun: "topic", format: { decimals: 1 } })).toBe(
      "Between Round 1 and Round 2, 2 of 4 topics rose, 1 fell and 1 did not change; the largest rise was Data governance (up 0.8); the largest fall was Skills (down 0.4); 1 topic has a value in only one.",
    );
  });
});

describe("the equivalent tables", () => {
  it("box plots: the five numbers, the count and the outliers by name for every category", () => {
    const table = boxPlotTable([...topics, { label: "Tools", stats: null }], { categoryLabel: "Topic", noun: "team", format: { decimals: 1 } });
    expect(table.columns).toEqual(["Topic", "Teams", "Lower whisker", "Lower quartile", "Median", "Upper quartile", "Upper whisker", "Outliers"]);
    expect(table.rows[1]).toEqual({ header: "Engaging with others", cells: ["64", "2.0", "2.3", "2.5", "2.8", "3.3", "Revenues (1.0)"] });
    expect(table.rows[3]!.cells[3]).toBe("No values yet");
    expect(boxLabel(topics[1]!, { decimals: 1 }, "team")).toBe("Engaging with others: median 2.5, middle half 2.3 to 2.8, whiskers 2.0 to 3.3, 64 teams");
  });

  it("lines and bars: a Target and Status column only when the data has them", () => {
    expect(lineTable([{ period: "Q1", value: 3 }], { valueLabel: "Open issues" }).columns).toEqual(["Period", "Open issues"]);
    const bars = barTable([{ label: "Excel", value: 80, status: { rag: "Green", text: "On target" } }], { categoryLabel: "Course", valueLabel: "Completion", format: { kind: "percent" }, target: 75 });
    expect(bars).toEqual({ columns: ["Course", "Completion", "Target", "Status"], numeric: [false, true, true, false], rows: [{ header: "Excel", cells: ["80%", "75%", "On target"] }] });
  });

  it("dumbbells: before, after and the signed change", () => {
    expect(dumbbellTable([{ label: "Skills", before: 3, after: 2.6 }], { categoryLabel: "Topic", beforeLabel: "Round 1", afterLabel: "Round 2", format: { decimals: 1 } }).rows).toEqual([
      { header: "Skills", cells: ["3.0", "2.6", "-0.4"] },
    ]);
  });
});

describe("input a chart cannot draw", () => {
  it("names the category whose box plot numbers are out of order", () => {
    const broken: BoxPlotDatum = { label: "Skills", stats: { count: 3, q1: 3, median: 2, q3: 4, lowerWhisker: 1, upperWhisker: 5, outliers: [] } };
    expect(() => checkBoxPlots([broken])).toThrow("The lower quartile of “Skills” (3) is above its median (2).");
    expect(() => checkBoxPlots([{ label: "Tools", stats: { ...broken.stats!, q1: 1.5, median: Number.NaN } }])).toThrow("The median of “Tools” is not a number (NaN).");
  });

  it("names a heat map whose values do not match its rows and columns", () => {
    expect(() => checkHeatMap({ rows: ["A", "B"], columns: ["X"], values: [[1]] })).toThrow("The heat map has 2 rows but 1 row of values.");
    expect(() => checkHeatMap({ rows: ["A"], columns: ["X", "Y"], values: [[1]] })).toThrow("The heat map row “A” has 1 value for 2 columns.");
  });
});
