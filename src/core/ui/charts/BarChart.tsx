import { makeStyles, tokens } from "@fluentui/react-components";
import { axisFor, barTable, checkBars, formatValue, positionOf, summariseBars, textWidth, tickCountFor, type BarDatum, type Noun, type ValueFormat } from "../../domain/chart-data";
import type { Rag } from "../../domain/rag";
import { ChartFigure, type ChartFrameProps } from "./ChartFigure";
import { ColumnPlot, columnGeometry } from "./ColumnPlot";
import { Legend, LineSwatch, type LegendItem } from "./Legend";
import { MarkerSwatch, ragShape } from "./Marker";
import { useMarkStyles } from "./mark-styles";
import { percent, RowPlot, type Axis } from "./RowPlot";
import { useElementWidth } from "./use-element-width";

export interface BarChartProps extends ChartFrameProps {
  data: readonly BarDatum[];
  /** The table's headers: "Course", "Completion". */
  categoryLabel: string;
  valueLabel: string;
  /** What a bar is, for the summary: "course" → "5 of 8 courses meet the target". */
  noun?: Noun;
  format?: ValueFormat;
  /** One target for every bar, drawn as a line across the plot; per-bar targets are in `data`. */
  target?: number | null;
  domain?: readonly [number, number];
  /**
   * "horizontal" (default): a row per category, best for names. "vertical": columns, best for periods;
   * it turns into rows when the columns would be too narrow for their labels (a phone).
   */
  orientation?: "horizontal" | "vertical";
  /** Under the axis of horizontal bars: "Completion (%)". */
  axisTitle?: string;
  /** Plot height of vertical bars in px (default 240). */
  height?: number;
}

const useStyles = makeStyles({
  value: { position: "absolute", transform: "translate(-50%, -100%)", whiteSpace: "nowrap", color: tokens.colorNeutralForeground1 },
});

/**
 * Bars from zero with their values written at the end (so the value never rests on length alone),
 * an optional target line per bar or for all, and a status shape with its words in the legend.
 */
export function BarChart(props: BarChartProps) {
  const { data, categoryLabel, valueLabel, noun, format = {}, target = null, domain, orientation = "horizontal", axisTitle, height = 240 } = props;
  checkBars(data);
  const marks = useMarkStyles();
  const styles = useStyles();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const values = [...data.map((d) => d.value), ...data.map((d) => d.target), target];

  const statuses = new Map<string, { rag: Rag; text: string }>();
  for (const d of data) if (d.status) statuses.set(`${d.status.rag}:${d.status.text}`, d.status);
  const hasTarget = target !== null || data.some((d) => d.target !== null && d.target !== undefined);
  const legendItems: LegendItem[] = [
    ...(hasTarget ? [{ swatch: <LineSwatch className={marks.strokeEmphasis} width={3} />, text: target !== null ? `Target ${formatValue(target, format)}` : "Target" }] : []),
    ...[...statuses.values()].map((s) => ({ swatch: <MarkerSwatch shape={ragShape(s.rag)} tone={s.rag} />, text: s.text })),
  ];

  // Vertical only while every column can carry its value and its name.
  const verticalAxis = axisFor(values, { domain, fromZero: true, count: Math.min(5, tickCountFor(height - 46, 40)) });
  const verticalTicks: Axis = { ...verticalAxis, tickLabel: (v) => formatValue(v, { ...format, decimals: verticalAxis.decimals }) };
  const widestLabel = Math.max(...data.map((d) => Math.max(textWidth(formatValue(d.value, format)), textWidth(d.label))), 1) + 8;
  const vertical = orientation === "vertical" && width > 0 && columnGeometry(width, height, data.length, verticalTicks).band >= widestLabel;

  const rowAxisTicks = axisFor(values, { domain, fromZero: true, count: tickCountFor(Math.max(0, width * 0.6)) });
  const rowAxis: Axis = { ...rowAxisTicks, tickLabel: (v) => formatValue(v, { ...format, decimals: rowAxisTicks.decimals }) };
  const zero = Math.min(Math.max(0, rowAxis.min), rowAxis.max);

  const rows = data.map((d) => {
    const barTarget = d.target ?? target;
    const from = d.value === null ? zero : Math.min(zero, d.value);
    const to = d.value === null ? zero : Math.max(zero, d.value);
    return {
      label: d.label,
      end: (
        <>
          {d.status && <MarkerSwatch shape={ragShape(d.status.rag)} tone={d.status.rag} />}
          {formatValue(d.value, format)}
        </>
      ),
      marks: (
        <>
          {d.value !== null && <rect x={percent(rowAxis, from)} width={`${((positionOf(to, rowAxis.min, rowAxis.max) - positionOf(from, rowAxis.min, rowAxis.max)) * 100).toFixed(3)}%`} y={8} height={16} className={marks.fillPrimary} data-value={d.value} />}
          {barTarget !== null && barTarget !== undefined && <TargetTick x={percent(rowAxis, barTarget)} y1={2} y2={30} value={barTarget} />}
        </>
      ),
      targets: [],
    };
  });

  return (
    <ChartFigure {...props} summary={props.summary ?? summariseBars(data, { format, target, noun })} table={barTable(data, { categoryLabel, valueLabel, format, target })} legend={<Legend label={`Key to ${props.title}`} items={legendItems} />}>
      <div ref={ref}>
        {vertical ? (
          <ColumnPlot
            title={props.title}
            width={width}
            height={height}
            labels={data.map((d) => d.label)}
            axis={verticalTicks}
            marks={(g) =>
              data.map((d, i) => {
                const barWidth = Math.min(48, g.band * 0.7);
                const barTarget = d.target ?? target;
                return (
                  <g key={i}>
                    {d.value !== null && <rect x={g.x(i) - barWidth / 2} width={barWidth} y={Math.min(g.y(d.value), g.y(0))} height={Math.abs(g.y(0) - g.y(d.value))} className={marks.fillPrimary} data-value={d.value} />}
                    {barTarget !== null && barTarget !== undefined && <TargetTick horizontal x={g.x(i) - g.band * 0.45} x2={g.x(i) + g.band * 0.45} y1={g.y(barTarget)} y2={g.y(barTarget)} value={barTarget} />}
                  </g>
                );
              })
            }
            overlays={(g) =>
              data.map((d, i) => (
                <span key={i} className={styles.value} style={{ left: g.x(i), top: Math.min(g.y(d.value ?? 0), g.y(0)) - 2 }}>
                  {d.status && <MarkerSwatch shape={ragShape(d.status.rag)} tone={d.status.rag} />}
                  {formatValue(d.value, format)}
                </span>
              ))
            }
            points={() => []}
          />
        ) : (
          <RowPlot title={props.title} rows={rows} axis={rowAxis} axisTitle={axisTitle} />
        )}
      </div>
    </ChartFigure>
  );
}

/** A target: a thick line in the text colour on a halo of the background, so it shows on a bar and off it. */
function TargetTick({ x, x2, y1, y2, value, horizontal = false }: { x: string | number; x2?: number; y1: number; y2: number; value: number; horizontal?: boolean }) {
  const marks = useMarkStyles();
  const end = horizontal ? x2 : x;
  return (
    <g data-target={value}>
      <line x1={x} x2={end} y1={y1} y2={y2} className={marks.strokeBackground} strokeWidth={6} />
      <line x1={x} x2={end} y1={y1} y2={y2} className={marks.strokeEmphasis} strokeWidth={3} />
    </g>
  );
}
