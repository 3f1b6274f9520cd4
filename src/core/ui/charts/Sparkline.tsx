import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { checkLine, extentOf, positionOf, summariseTrend, type LinePoint, type ValueFormat } from "../../domain/chart-data";
import { useMarkStyles } from "./mark-styles";
import { useElementWidth } from "./use-element-width";

export interface SparklineProps {
  /** Oldest first. */
  points: readonly LinePoint[];
  /** What the line shows, first in its text alternative: "Training completion". */
  label: string;
  format?: ValueFormat;
  /** The text alternative after the label; by default written from the points. */
  summary?: string;
  /** Show the summary as text beside the line (it is the line's name either way). */
  showSummary?: boolean;
  /** A level to draw as a dashed line. */
  target?: number | null;
  /** Height in px (default 32); the width is the container's, up to `maxWidth` (default 160). */
  height?: number;
  maxWidth?: number;
}

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  box: { flexGrow: 1, flexShrink: 1, flexBasis: "80px", minWidth: "48px" },
  svg: { display: "block", overflow: "visible" },
  text: { flexBasis: "12rem", flexGrow: 1, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * A trend for a card: a small line with its latest point marked, and no axis. It is an image whose
 * name is its text alternative ("Training completion: 91% in 2025/26 Q2, up 7 percentage points
 * from 84% in 2024/25 Q3"); with `showSummary` the same words are shown beside it. It has no table:
 * link the card to the full chart.
 */
export function Sparkline({ points, label, format = {}, summary, showSummary = false, target = null, height = 32, maxWidth = 160 }: SparklineProps) {
  checkLine(points);
  const styles = useStyles();
  const marks = useMarkStyles();
  const [ref, measured] = useElementWidth<HTMLSpanElement>();
  const textId = useId("sparkline-text");
  const words = summary ?? summariseTrend(points, { format });
  const name = `${label}: ${words}`;
  const width = Math.min(measured, maxWidth);
  const [min, max] = extentOf([...points.map((p) => p.value), target]) ?? [0, 1];
  const pad = 4;
  const x = (i: number) => pad + (points.length <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - positionOf(v, min, max) * (height - 2 * pad);
  const latest = points.reduce((found, p, i) => (p.value !== null ? i : found), -1);
  const segments: string[][] = [[]];
  points.forEach((p, i) => (p.value === null ? segments.push([]) : segments[segments.length - 1]!.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)));

  return (
    <span className={styles.root}>
      <span ref={ref} className={styles.box} style={{ maxWidth }}>
        <svg className={styles.svg} width={width || maxWidth} height={height} role="img" aria-label={showSummary ? undefined : name} aria-labelledby={showSummary ? textId : undefined}>
          {width > 0 && (
            <>
              {target !== null && <line x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} className={marks.strokeEmphasis} strokeWidth={1} strokeDasharray="3 3" />}
              {segments
                .filter((s) => s.length > 0)
                .map((s, i) => (
                  <polyline key={i} points={s.join(" ")} className={`${marks.strokePrimary} ${marks.fillNone}`} strokeWidth={2} strokeLinejoin="round" />
                ))}
              {latest >= 0 && <circle cx={x(latest)} cy={y(points[latest]!.value!)} r={3.5} className={marks.fillPrimary} />}
            </>
          )}
        </svg>
      </span>
      {showSummary && (
        <span id={textId} className={styles.text}>
          {name}
        </span>
      )}
    </span>
  );
}
