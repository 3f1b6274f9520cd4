import { axisFor, checkDumbbells, dumbbellLabel, dumbbellTable, formatChange, formatValue, positionOf, summariseDumbbells, tickCountFor, type DumbbellDatum, type Noun, type ValueFormat } from "../../domain/chart-data";
import { ChartFigure, type ChartFrameProps } from "./ChartFigure";
import { Legend } from "./Legend";
import { Marker, MarkerSwatch } from "./Marker";
import { useMarkStyles } from "./mark-styles";
import { percent, RowPlot, type Axis } from "./RowPlot";
import { useElementWidth } from "./use-element-width";

export interface DumbbellChartProps extends ChartFrameProps {
  /** One row per category: its value before and after. */
  data: readonly DumbbellDatum[];
  /** "Round 1 (May 2025)", "Round 2 (May 2026)": in the legend, the summary and the table. */
  beforeLabel: string;
  afterLabel: string;
  categoryLabel: string;
  noun?: Noun;
  format?: ValueFormat;
  domain?: readonly [number, number];
  tickLabel?: (value: number) => string;
  axisTitle?: string;
}

/**
 * Before and after per category: a ring for before, a smaller filled circle for after (shape, not just
 * colour), joined by a line; the change written at the row's end. Each row is one keyboard point
 * naming both ends and the change.
 */
export function DumbbellChart(props: DumbbellChartProps) {
  const { data, beforeLabel, afterLabel, categoryLabel, noun, format = {}, domain, tickLabel, axisTitle } = props;
  checkDumbbells(data);
  const marks = useMarkStyles();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const ticks = axisFor([...data.map((d) => d.before), ...data.map((d) => d.after)], { domain, count: tickCountFor(Math.max(0, width * 0.6)) });
  const axis: Axis = { ...ticks, tickLabel: tickLabel ?? ((v) => formatValue(v, { ...format, decimals: ticks.decimals })) };
  const at = (v: number) => positionOf(v, axis.min, axis.max);

  const rows = data.map((d) => {
    const ends = [d.before, d.after].filter((v): v is number => v !== null);
    return {
      label: d.label,
      end: d.before !== null && d.after !== null ? formatChange(d.after - d.before, format) : "No value",
      marks: (
        <g data-dumbbell={d.label}>
          {d.before !== null && d.after !== null && <line x1={percent(axis, d.before)} x2={percent(axis, d.after)} y1={16} y2={16} className={marks.strokeSecondary} strokeWidth={2.5} />}
          {d.after !== null && <Marker x={percent(axis, d.after)} y={16} shape="circle" tone="primary" r={5} dataValue={d.after} />}
          {/* The ring is larger and drawn last, so equal ends show as a dot inside a ring. */}
          {d.before !== null && <Marker x={percent(axis, d.before)} y={16} shape="ring" tone="secondary" r={8} dataValue={d.before} seeThrough />}
        </g>
      ),
      targets: ends.length ? [{ from: at(Math.min(...ends)), to: at(Math.max(...ends)), label: dumbbellLabel(d, format, beforeLabel, afterLabel) }] : [],
    };
  });

  const legend = (
    <Legend
      label={`Key to ${props.title}`}
      items={[
        { swatch: <MarkerSwatch shape="ring" tone="secondary" />, text: beforeLabel },
        { swatch: <MarkerSwatch shape="circle" tone="primary" />, text: afterLabel },
      ]}
    />
  );

  return (
    <ChartFigure {...props} summary={props.summary ?? summariseDumbbells(data, { format, beforeLabel, afterLabel, noun })} table={dumbbellTable(data, { categoryLabel, beforeLabel, afterLabel, format })} legend={legend}>
      <div ref={ref}>
        <RowPlot title={props.title} rows={rows} axis={axis} axisTitle={axisTitle} />
      </div>
    </ChartFigure>
  );
}
