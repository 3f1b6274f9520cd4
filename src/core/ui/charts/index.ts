/**
 * Data Hub's chart kit. Every chart renders its title, a one-sentence summary, a legend in words, the
 * drawing, and a "Show as table" disclosure with the same numbers (docs/charts.md). Import it only
 * from a screen that is itself loaded lazily (a module's page, Home card or figures), so it never
 * enters the app's first bundle.
 */
export { BarChart, type BarChartProps } from "./BarChart";
export { BoxPlotChart, type BoxPlotChartProps } from "./BoxPlotChart";
export type { ChartFrameProps } from "./ChartFigure";
export { DumbbellChart, type DumbbellChartProps } from "./DumbbellChart";
export { HeatMap, type HeatMapProps } from "./HeatMap";
export { LineChart, type LineChartProps } from "./LineChart";
export { Sparkline, type SparklineProps } from "./Sparkline";
export type { BarDatum, BoxPlotDatum, BoxStats, ChartStatus, DumbbellDatum, HeatMapData, LinePoint, Noun, ValueFormat } from "../../domain/chart-data";
