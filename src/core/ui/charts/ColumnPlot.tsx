import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { labelStride, positionOf, textWidth } from "../../domain/chart-data";
import { KeyPoint, usePointGroup } from "./KeyPoint";
import { useMarkStyles } from "./mark-styles";
import type { Axis } from "./RowPlot";

/** Where things go in a plot of columns (periods or categories) over a value axis, in px. */
export interface ColumnGeometry {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Width of one column's band. */
  band: number;
  /** Centre of column i. */
  x: (i: number) => number;
  y: (value: number) => number;
}

const TOP = 20;
const BOTTOM = 26;
const RIGHT = 12;

/** The layout for a measured width: the left margin fits the widest tick label. */
export function columnGeometry(width: number, height: number, count: number, axis: Axis): ColumnGeometry {
  const left = Math.max(...axis.ticks.map((t) => textWidth(axis.tickLabel(t))), 8) + 10;
  const right = Math.max(left + 1, width - RIGHT);
  const band = (right - left) / Math.max(1, count);
  const top = TOP;
  const bottom = height - BOTTOM;
  return { left, right, top, bottom, band, x: (i) => left + band * (i + 0.5), y: (v) => bottom - positionOf(v, axis.min, axis.max) * (bottom - top) };
}

const useStyles = makeStyles({
  root: { position: "relative", width: "100%", minWidth: 0, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  svg: { display: "block", overflow: "visible" },
  yTick: { position: "absolute", transform: "translateY(-50%)", textAlign: "right", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  xTick: { position: "absolute", transform: "translateX(-50%)", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  first: { transform: "none" },
  last: { transform: "translateX(-100%)" },
});

/**
 * Columns over a value axis, drawn in px for the measured width: gridlines and tick labels, the
 * column labels (every n-th when they would collide), the marks the chart draws, HTML labels over
 * them, and the keyboard points.
 */
export function ColumnPlot({
  title,
  width,
  height,
  labels,
  axis,
  marks,
  overlays,
  points,
}: {
  title: string;
  width: number;
  height: number;
  labels: readonly string[];
  axis: Axis;
  marks: (g: ColumnGeometry) => ReactNode;
  overlays?: (g: ColumnGeometry) => ReactNode;
  points: (g: ColumnGeometry) => { x: number; y: number; label: string }[];
}) {
  const styles = useStyles();
  const markStyles = useMarkStyles();
  const group = usePointGroup(title);
  if (width <= 0) return <div style={{ height }} />;
  const g = columnGeometry(width, height, labels.length, axis);
  const stride = labelStride(labels.length, g.right - g.left, Math.max(...labels.map((l) => textWidth(l)), 1) + 8);
  const keyPoints = points(g);
  return (
    <div>
      <div className={styles.root} style={{ height }} {...(keyPoints.length > 0 ? group.props : {})}>
        <svg className={styles.svg} width={width} height={height} aria-hidden="true" focusable="false">
          {axis.ticks.map((t) => (
            <line key={t} x1={g.left} x2={g.right} y1={g.y(t)} y2={g.y(t)} className={markStyles.strokeGrid} strokeWidth={1} />
          ))}
          <line x1={g.left} x2={g.right} y1={g.bottom} y2={g.bottom} className={markStyles.strokeAxis} strokeWidth={1} />
          {marks(g)}
        </svg>
        <div aria-hidden="true">
          {axis.ticks.map((t) => (
            <span key={t} className={styles.yTick} style={{ top: g.y(t), right: width - g.left + 6 }}>
              {axis.tickLabel(t)}
            </span>
          ))}
          {labels.map((label, i) =>
            // Thinned from the end, so the latest period always keeps its label.
            (labels.length - 1 - i) % stride === 0 ? (
              <span key={i} className={mergeClasses(styles.xTick, labels.length > 1 && g.x(i) - textWidth(label) / 2 < 0 && styles.first, g.x(i) + textWidth(label) / 2 > width && styles.last)} style={{ left: g.x(i), top: g.bottom + 6 }}>
                {label}
              </span>
            ) : null,
          )}
          {overlays?.(g)}
        </div>
        {keyPoints.map((p, i) => (
          <KeyPoint key={i} label={p.label} left={Math.min(Math.max(0, p.x - 12), width - 24)} top={p.y - 12} />
        ))}
      </div>
      {keyPoints.length > 0 && group.hint}
    </div>
  );
}
