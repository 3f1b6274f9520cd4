import type { BarDatum, BoxPlotDatum, DumbbellDatum, HeatMapData, LinePoint, ValueFormat } from "../../../src/core/domain/chart-data";

/**
 * Sample figures for the chart kit's test page: made up, in the shapes the modules will pass.
 * Topic and theme names are the Data Maturity Assessment's (reference/dma).
 */
export const SCORE_FORMAT: ValueFormat = { decimals: 1 };
export const PERCENT_FORMAT: ValueFormat = { kind: "percent" };

export const MATURITY_BOXES: BoxPlotDatum[] = [
  { label: "Engaging with others", stats: { count: 64, q1: 2.3, median: 2.5, q3: 2.7, lowerWhisker: 2, upperWhisker: 3.2, outliers: [{ label: "Revenues", value: 1 }, { label: "Planning policy", value: 1.1 }, { label: "Elections", value: 4.6 }] } },
  { label: "Having the right data skills and knowledge", stats: { count: 64, q1: 1.8, median: 2.2, q3: 2.9, lowerWhisker: 1, upperWhisker: 4.2, outliers: [] } },
  { label: "Knowing the data you have", stats: { count: 64, q1: 1.6, median: 2, q3: 3.1, lowerWhisker: 1, upperWhisker: 4.8, outliers: [] } },
  { label: "Protecting your data", stats: { count: 64, q1: 2.9, median: 3.4, q3: 3.8, lowerWhisker: 2.2, upperWhisker: 5, outliers: [{ label: "Car parks", value: 1.2 }] } },
  { label: "Setting your data direction", stats: null },
];

export const KPI_POINTS: LinePoint[] = [
  { period: "2024/25 Q1", value: 82, target: 90, status: { rag: "Red", text: "Off target" } },
  { period: "2024/25 Q2", value: 86, target: 90, status: { rag: "Amber", text: "Just off target" } },
  { period: "2024/25 Q3", value: null, target: 90, status: null },
  { period: "2024/25 Q4", value: 89, target: 90, status: { rag: "Amber", text: "Just off target" } },
  { period: "2025/26 Q1", value: 91, target: 92, status: { rag: "Amber", text: "Just off target" } },
  { period: "2025/26 Q2", value: 94, target: 92, status: { rag: "Green", text: "On target" } },
];

export const TRAINING_BARS: BarDatum[] = [
  { label: "Excel for working with data", value: 92, status: { rag: "Green", text: "On target" } },
  { label: "Power BI essentials", value: 71, status: { rag: "Amber", text: "Just off target" } },
  { label: "Data protection and ethics", value: 98, status: { rag: "Green", text: "On target" } },
  { label: "Data storytelling", value: 41, status: { rag: "Red", text: "Off target" } },
  { label: "Leading with data", value: null, status: null },
];

export const MONTHLY_OPENS: BarDatum[] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"].map((month, i) => ({ label: `${month} 2026`, value: [120, 184, 251, 233, 1204, 310][i]! }));

const THEMES = ["Culture", "Data", "Leadership", "Skills", "Tools", "Uses"];
export const MATURITY_MATRIX: HeatMapData = {
  rows: ["Engaging with others", "Knowing the data you have", "Protecting your data", "Making decisions with data"],
  columns: THEMES,
  values: [
    [2.5, 2.1, 1.4, 3, 2.2, null],
    [1.9, 2.4, 2.8, 1.2, 3.6, 2],
    [3.4, 4.1, 3.8, 2.7, 4.9, 3.1],
    [2.2, 1.7, 2.6, 3.3, 1.1, 4.4],
  ],
};

export const ROUND_CHANGE: DumbbellDatum[] = [
  { label: "Engaging with others", before: 2.1, after: 2.6 },
  { label: "Knowing the data you have", before: 2.4, after: 2 },
  { label: "Protecting your data", before: 3.4, after: 3.4 },
  { label: "Managing your data", before: 1.5, after: 2.9 },
  { label: "Making decisions with data", before: null, after: 2.2 },
];

export const LEVELS = ["Beginning", "Emerging", "Learning", "Developing", "Mastering"];
