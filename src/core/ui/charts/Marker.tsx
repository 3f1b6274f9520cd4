import { mergeClasses } from "@fluentui/react-components";
import type { Rag } from "../../domain/rag";
import { useMarkStyles, type MarkStyles } from "./mark-styles";
import { RAG_SHAPES, type MarkerShape } from "./palette";

export type MarkerTone = "primary" | "secondary" | "emphasis" | Rag;

function toneClasses(styles: MarkStyles, tone: MarkerTone, hollow: boolean): string {
  const fill = { primary: styles.fillPrimary, secondary: styles.fillSecondary, emphasis: styles.fillEmphasis, Red: styles.fillRed, Amber: styles.fillAmber, Green: styles.fillGreen, None: styles.fillBackground }[tone];
  const stroke = { primary: styles.strokePrimary, secondary: styles.strokeSecondary, emphasis: styles.strokeEmphasis, Red: styles.strokeRed, Amber: styles.strokeAmber, Green: styles.strokeGreen, None: styles.strokeNone }[tone];
  return mergeClasses(hollow ? styles.fillBackground : fill, stroke);
}

/** A marker's outline around (0, 0) at size `r` (about its radius). */
function ShapePath({ shape, r }: { shape: MarkerShape; r: number }) {
  switch (shape) {
    case "circle":
    case "ring":
      return <circle r={r} />;
    case "square":
      return <rect x={-r * 0.9} y={-r * 0.9} width={r * 1.8} height={r * 1.8} />;
    case "triangle":
      return <path d={`M0 ${-r * 1.2} L${r * 1.1} ${r * 0.85} L${-r * 1.1} ${r * 0.85} Z`} />;
    case "diamond":
      return <path d={`M0 ${-r * 1.25} L${r * 1.25} 0 L0 ${r * 1.25} L${-r * 1.25} 0 Z`} />;
  }
}

/**
 * A marker centred on (x, y), which may be px or a percentage of the plot ("42.5%"): a nested SVG
 * viewport placed there draws the shape around its own origin.
 */
export function Marker({ x, y, shape, tone, r = 5, dataValue, seeThrough = false }: { x: number | string; y: number | string; shape: MarkerShape; tone: MarkerTone; r?: number; dataValue?: number; seeThrough?: boolean }) {
  const styles = useMarkStyles();
  const hollow = shape === "ring";
  // A see-through ring lets a mark under it show (a dumbbell whose ends are equal).
  const classes = seeThrough && hollow ? mergeClasses(toneClasses(styles, tone, hollow), styles.fillNone) : toneClasses(styles, tone, hollow);
  return (
    <svg x={x} y={y} overflow="visible" data-value={dataValue}>
      <g className={classes} strokeWidth={2}>
        <ShapePath shape={shape} r={r} />
      </g>
    </svg>
  );
}

/** The marker for a RAG status. */
export function ragShape(rag: Rag): MarkerShape {
  return RAG_SHAPES[rag];
}

/** A 16 px swatch for a legend or a value label: the marker alone. */
export function MarkerSwatch({ shape, tone }: { shape: MarkerShape; tone: MarkerTone }) {
  return (
    <svg width={16} height={16} aria-hidden="true" focusable="false">
      <Marker x={8} y={8} shape={shape} tone={tone} />
    </svg>
  );
}
