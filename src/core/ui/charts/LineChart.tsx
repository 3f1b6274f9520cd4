import { makeStyles, tokens } from "@fluentui/react-components";
import { axisFor, checkLine, formatValue, linePointLabel, lineTable, summariseLine, textWidth, tickCountFor, type LinePoint, type ValueFormat } from "../../domain/chart-data";
import type { Rag } from "../../domain/rag";
import { ChartFigure, type ChartFrameProps } from "./ChartFigure";
import { ColumnPlot, type ColumnGeometry } from "./ColumnPlot";
import { Legend, LineSwatch, type LegendItem } from "./Legend";
import { Marker, MarkerSwatch, ragShape } from "./Marker";
import { useMarkStyles } from "./mark-styles";
import type { Axis } from "./RowPlot";
import { useElementWidth } from "./use-element-width";

export interface LineChartProps extends ChartFrameProps {
  /** Oldest first. A period with no value leaves a gap in the line. */
  points: readonly LinePoint[];
  /** What the values are, for the legend and the table: "Households in temporary accommodation". */
  valueLabel: string;
  /** The table's first column: "Quarter". */
  periodLabel?: string;
  format?: ValueFormat;
  domain?: readonly [number, number];
  /** Plot height in px (default 240). */
  height?: number;
}

const useStyles = makeStyles({
  direct: { position: "absolute", transform: "translate(-50%, -100%)", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
});

/** Runs of consecutive points with values, so a missing period breaks the line instead of bridging it. */
function runs(points: readonly LinePoint[], g: ColumnGeometry, valueOf: (p: LinePoint) => number | null | undefined): string[] {
  const out: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    const v = valueOf(p);
    if (v === null || v === undefined) {
      if (current.length) out.push(current.join(" "));
      current = [];
    } else current.push(`${g.x(i).toFixed(1)},${g.y(v).toFixed(1)}`);
  });
  if (current.length) out.push(current.join(" "));
  return out;
}

/**
 * A value over periods with its target: the line, the target as a dashed step per period, and each
 * point's status as a shape and a colour (the words in the legend and the table). The latest value
 * is labelled on the chart and is a keyboard point; where there is room every point is one.
 */
export function LineChart(props: LineChartProps) {
  const { points, valueLabel, periodLabel, format = {}, domain, height = 240 } = props;
  checkLine(points);
  const marks = useMarkStyles();
  const styles = useStyles();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const ticks = axisFor([...points.map((p) => p.value), ...points.map((p) => p.target)], { domain, count: Math.min(5, tickCountFor(height - 46, 40)) });
  const axis: Axis = { ...ticks, tickLabel: (v) => formatValue(v, { ...format, decimals: Math.max(ticks.decimals, 0) }) };
  const latestIndex = points.reduce((found, p, i) => (p.value !== null ? i : found), -1);
  const hasTarget = points.some((p) => p.target !== null && p.target !== undefined);

  const statuses = new Map<string, { rag: Rag; text: string }>();
  for (const p of points) if (p.status) statuses.set(`${p.status.rag}:${p.status.text}`, p.status);
  const legendItems: LegendItem[] = [
    { swatch: <LineSwatch className={marks.strokePrimary} />, text: valueLabel },
    ...(hasTarget ? [{ swatch: <LineSwatch className={marks.strokeEmphasis} dashed />, text: "Target" }] : []),
    ...[...statuses.values()].map((s) => ({ swatch: <MarkerSwatch shape={ragShape(s.rag)} tone={s.rag} />, text: s.text })),
  ];

  return (
    <ChartFigure {...props} summary={props.summary ?? summariseLine(points, { format })} table={lineTable(points, { periodLabel, valueLabel, format })} legend={<Legend label={`Key to ${props.title}`} items={legendItems} />}>
      <div ref={ref}>
        <ColumnPlot
          title={props.title}
          width={width}
          height={height}
          labels={points.map((p) => p.period)}
          axis={axis}
          marks={(g) => (
            <>
              {points.map((p, i) =>
                p.target === null || p.target === undefined ? null : (
                  // On a halo of the background, so its dashes show even on a gridline of the same colour (high contrast).
                  <g key={`t${i}`} data-target={p.target}>
                    <line x1={g.x(i) - g.band / 2} x2={g.x(i) + g.band / 2} y1={g.y(p.target)} y2={g.y(p.target)} className={marks.strokeBackground} strokeWidth={5} />
                    <line x1={g.x(i) - g.band / 2} x2={g.x(i) + g.band / 2} y1={g.y(p.target)} y2={g.y(p.target)} className={marks.strokeEmphasis} strokeWidth={2} strokeDasharray="6 4" />
                  </g>
                ),
              )}
              {runs(points, g, (p) => p.value).map((run, i) => (
                <polyline key={`r${i}`} points={run} className={`${marks.strokePrimary} ${marks.fillNone}`} strokeWidth={2.5} strokeLinejoin="round" />
              ))}
              {points.map((p, i) =>
                p.value === null ? null : <Marker key={`m${i}`} x={g.x(i)} y={g.y(p.value)} shape={p.status ? ragShape(p.status.rag) : "circle"} tone={p.status ? p.status.rag : "primary"} r={i === latestIndex ? 6 : 4.5} dataValue={p.value} />,
              )}
            </>
          )}
          overlays={(g) => {
            const latest = points[latestIndex];
            if (!latest || latest.value === null) return null;
            const text = formatValue(latest.value, format);
            const x = Math.min(Math.max(g.x(latestIndex), textWidth(text, 14) / 2), width - textWidth(text, 14) / 2);
            const y = g.y(latest.value);
            // Above the point, or below it when the point is at the top of the plot.
            const place = y - 30 < 0 ? { top: y + 10, transform: "translate(-50%, 0)" } : { top: y - 10 };
            return (
              <span className={styles.direct} style={{ left: x, ...place }}>
                {text}
              </span>
            );
          }}
          points={(g) => {
            const every = g.band >= 28;
            return points.flatMap((p, i) => (p.value !== null && (every || i === latestIndex) ? [{ x: g.x(i), y: g.y(p.value), label: linePointLabel(p, format, i === latestIndex) }] : []));
          }}
        />
      </div>
    </ChartFigure>
  );
}
