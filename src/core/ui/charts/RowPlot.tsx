import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";
import { labelStride, layoutTargets, positionOf, textWidth } from "../../domain/chart-data";
import { KeyPoint, usePointGroup } from "./KeyPoint";
import { useMarkStyles } from "./mark-styles";
import { useElementWidth } from "./use-element-width";

/** Below this width a row's label goes above its plot instead of beside it. */
export const NARROW_PX = 480;
const PAD = 10;

export interface PlotRow {
  label: string;
  /** Text at the row's end (the value, the median, the change), with any status shape. */
  end?: ReactNode;
  /** SVG marks; x positions as percentages of the plot (see `percent`). */
  marks: ReactNode;
  /** Points a keyboard reaches, from and to as fractions of the plot's width. */
  targets: { from: number; to: number; label: string }[];
}

export interface Axis {
  min: number;
  max: number;
  ticks: readonly number[];
  tickLabel: (value: number) => string;
}

/** A value's place along the axis, as an SVG percentage. */
export function percent(axis: Pick<Axis, "min" | "max">, value: number): string {
  return `${(positionOf(value, axis.min, axis.max) * 100).toFixed(3)}%`;
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, 30%) minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  narrow: { gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS },
  label: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  labelNarrow: { gridColumn: "1 / -1", paddingTop: tokens.spacingVerticalXS },
  plot: { position: "relative", minWidth: 0, paddingLeft: `${PAD}px`, paddingRight: `${PAD}px` },
  svg: { display: "block", width: "100%", overflow: "visible" },
  end: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, justifyContent: "flex-end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", fontSize: tokens.fontSizeBase300 },
  axis: { paddingLeft: `${PAD}px`, paddingRight: `${PAD}px`, minWidth: 0 },
  axisInner: { position: "relative", height: tokens.lineHeightBase300 },
  tick: { position: "absolute", top: 0, transform: "translateX(-50%)", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  first: { transform: "translateX(-2px)" },
  last: { transform: "translateX(calc(-100% + 2px))" },
  axisTitle: { gridColumn: "2 / 3", textAlign: "center", color: tokens.colorNeutralForeground2 },
  axisTitleNarrow: { gridColumn: "1 / 2" },
  empty: { display: "contents" },
});

/**
 * Horizontal rows on one value axis: a label, a plot strip and an end value per row, for bars, box
 * plots and dumbbells. Labels are HTML, so they wrap and reflow; below 480 px each goes above its
 * strip. Strips draw with percentages, so they fit any width; the measured width only places the
 * keyboard targets and thins the tick labels.
 */
export function RowPlot({ title, rows, axis, rowHeight = 32, axisTitle }: { title: string; rows: readonly PlotRow[]; axis: Axis; rowHeight?: number; axisTitle?: string }) {
  const styles = useStyles();
  const marks = useMarkStyles();
  const [containerRef, containerWidth] = useElementWidth<HTMLDivElement>();
  const [axisRef, plotWidth] = useElementWidth<HTMLDivElement>();
  const narrow = containerWidth > 0 && containerWidth < NARROW_PX;
  const group = usePointGroup(title);
  const widest = Math.max(...axis.ticks.map((t) => textWidth(axis.tickLabel(t))), 1) + 12;
  const stride = labelStride(axis.ticks.length, plotWidth, widest);
  const hasTargets = rows.some((r) => r.targets.length > 0);
  const gridlines = axis.ticks.map((t) => <line key={t} x1={percent(axis, t)} x2={percent(axis, t)} y1={0} y2={rowHeight} className={marks.strokeGrid} strokeWidth={1} />);

  return (
    <div ref={containerRef}>
      <div className={mergeClasses(styles.grid, narrow && styles.narrow)} {...(hasTargets ? group.props : {})}>
        {rows.map((row, i) => (
          <Fragment key={i}>
            <div className={mergeClasses(styles.label, narrow && styles.labelNarrow)} aria-hidden="true">
              {row.label}
            </div>
            <div className={styles.plot} style={{ height: rowHeight }}>
              <svg className={styles.svg} height={rowHeight} aria-hidden="true" focusable="false">
                {gridlines}
                {row.marks}
              </svg>
              {plotWidth > 0 &&
                layoutTargets(
                  row.targets.map((t) => ({ from: t.from * plotWidth, to: t.to * plotWidth, label: t.label })),
                  plotWidth,
                ).map((t, j) => <KeyPoint key={j} label={t.label} left={PAD + t.start} width={t.end - t.start} top={(rowHeight - 24) / 2} />)}
            </div>
            <div className={styles.end} aria-hidden="true">
              {row.end}
            </div>
          </Fragment>
        ))}
        {!narrow && <div />}
        <div className={styles.axis} aria-hidden="true">
          <div ref={axisRef} className={styles.axisInner}>
            {axis.ticks.map((t, i) =>
              i % stride === 0 ? (
                <span key={t} className={mergeClasses(styles.tick, i === 0 && styles.first, i === axis.ticks.length - 1 && styles.last)} style={{ left: percent(axis, t) }}>
                  {axis.tickLabel(t)}
                </span>
              ) : null,
            )}
          </div>
        </div>
        <div />
        {axisTitle && (
          <div className={mergeClasses(styles.axisTitle, narrow && styles.axisTitleNarrow)} aria-hidden="true">
            {axisTitle}
          </div>
        )}
      </div>
      {hasTargets && group.hint}
    </div>
  );
}
