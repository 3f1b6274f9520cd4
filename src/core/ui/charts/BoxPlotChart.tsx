import { useMemo } from "react";
import { axisFor, boxLabel, boxPlotTable, checkBoxPlots, formatValue, outlierLabel, positionOf, summariseBoxPlots, type BoxPlotDatum, type Noun, type ValueFormat } from "../../domain/chart-data";
import { ChartFigure, type ChartFrameProps } from "./ChartFigure";
import { Legend, LineSwatch } from "./Legend";
import { Marker, MarkerSwatch } from "./Marker";
import { useMarkStyles } from "./mark-styles";
import { percent, RowPlot, type Axis } from "./RowPlot";

export interface BoxPlotChartProps extends ChartFrameProps {
  /** One row per category (a topic), in the order to show. */
  data: readonly BoxPlotDatum[];
  /** What is counted: "team" → "64 teams". */
  noun: Noun;
  /** The first column's header in the table: "Topic". */
  categoryLabel: string;
  format?: ValueFormat;
  /** The value axis; by default from the data. Maturity levels: [1, 5]. */
  domain?: readonly [number, number];
  /** Words for a tick: 1 → "1 Beginning". */
  tickLabel?: (value: number) => string;
  /** Under the axis: "Score, 1 Beginning to 5 Mastering". */
  axisTitle?: string;
  /** For the summary's "Median 2.5 across 64 teams"; without it the summary gives the medians' range. */
  overall?: { median: number; count: number } | null;
}

/**
 * Box plots, one row per category: the box is the middle half (lower to upper quartile), the thick
 * line the median, whiskers reach the lowest and highest values within 1.5 × the box's width, and
 * diamonds are outliers. Each box and each outlier is a keyboard point naming its numbers.
 */
export function BoxPlotChart(props: BoxPlotChartProps) {
  const { data, noun, categoryLabel, format = {}, domain, tickLabel, axisTitle, overall } = props;
  checkBoxPlots(data);
  const marks = useMarkStyles();
  const axis: Axis = useMemo(() => {
    const values = data.flatMap((d) => (d.stats ? [d.stats.lowerWhisker, d.stats.upperWhisker, ...d.stats.outliers.map((o) => o.value)] : []));
    const ticks = axisFor(values, { domain });
    return { ...ticks, tickLabel: tickLabel ?? ((v: number) => formatValue(v, { ...format, decimals: ticks.decimals })) };
  }, [data, domain, tickLabel, format]);
  const summary = props.summary ?? summariseBoxPlots(data, { format, noun, overall });
  const table = boxPlotTable(data, { categoryLabel, format, noun });
  const at = (v: number) => positionOf(v, axis.min, axis.max);

  const rows = data.map((datum) => {
    const s = datum.stats;
    if (!s || s.count === 0) return { label: datum.label, end: "No values", marks: null, targets: [] };
    const x = (v: number) => percent(axis, v);
    const box = (
      <g data-box={datum.label} data-q1={s.q1} data-median={s.median} data-q3={s.q3} data-lower-whisker={s.lowerWhisker} data-upper-whisker={s.upperWhisker}>
        <line x1={x(s.lowerWhisker)} x2={x(s.upperWhisker)} y1={18} y2={18} className={marks.strokeSecondary} strokeWidth={1.5} />
        <line x1={x(s.lowerWhisker)} x2={x(s.lowerWhisker)} y1={12} y2={24} className={marks.strokeSecondary} strokeWidth={1.5} />
        <line x1={x(s.upperWhisker)} x2={x(s.upperWhisker)} y1={12} y2={24} className={marks.strokeSecondary} strokeWidth={1.5} />
        <rect x={x(s.q1)} width={`${((at(s.q3) - at(s.q1)) * 100).toFixed(3)}%`} y={8} height={20} className={`${marks.fillBox} ${marks.strokePrimary}`} strokeWidth={2} />
        <line x1={x(s.median)} x2={x(s.median)} y1={5} y2={31} className={marks.strokeEmphasis} strokeWidth={3.5} />
        {s.outliers.map((o, i) => (
          <Marker key={i} x={x(o.value)} y={18} shape="diamond" tone="emphasis" r={4.5} dataValue={o.value} />
        ))}
      </g>
    );
    return {
      label: datum.label,
      end: formatValue(s.median, format),
      marks: box,
      targets: [{ from: at(s.q1), to: at(s.q3), label: boxLabel(datum, format, noun) }, ...s.outliers.map((o) => ({ from: at(o.value), to: at(o.value), label: outlierLabel(datum.label, o, format) }))],
    };
  });

  const legend = (
    <Legend
      label={`Key to ${props.title}`}
      items={[
        { swatch: <BoxSwatch />, text: "Box: middle half" },
        { swatch: <LineSwatch className={marks.strokeEmphasis} width={3.5} />, text: "Line and number: median" },
        { swatch: <LineSwatch className={marks.strokeSecondary} />, text: "Whiskers: lowest and highest, outliers aside" },
        { swatch: <MarkerSwatch shape="diamond" tone="emphasis" />, text: "Outlier" },
      ]}
    />
  );

  return (
    <ChartFigure {...props} summary={summary} table={table} legend={legend}>
      <RowPlot title={props.title} rows={rows} axis={axis} rowHeight={36} axisTitle={axisTitle} />
    </ChartFigure>
  );
}

function BoxSwatch() {
  const marks = useMarkStyles();
  return (
    <svg width={20} height={16} aria-hidden="true" focusable="false">
      <rect x={2} y={3} width={16} height={10} className={`${marks.fillBox} ${marks.strokePrimary}`} strokeWidth={2} />
    </svg>
  );
}
