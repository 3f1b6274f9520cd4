import type { Theme } from "@fluentui/react-components";
import type { Rag } from "../../domain/rag";

/**
 * The chart kit's colours, as names of Fluent theme tokens (never raw colours), so every Teams theme
 * (light, dark, high contrast) gives its own. test/unit/charts-palette.test.ts checks each against
 * the three themes: marks 3:1 against the background (WCAG 1.4.11), text 4.5:1 against its fill.
 * In forced colours (Windows contrast themes) the styles switch to system colours instead.
 */
type Token = keyof Theme;

export const MARK_TOKENS = {
  /** The main series: bars, the line, the "after" end, box outlines. */
  primary: "colorBrandForeground1",
  /** A second series: the "before" end, whiskers. */
  secondary: "colorNeutralForeground3",
  /** Targets, medians, outliers: drawn in the text colour, the strongest contrast. */
  emphasis: "colorNeutralForeground1",
  axis: "colorNeutralStrokeAccessible",
  /** Gridlines only help reading across; the numbers are in labels and the table. */
  grid: "colorNeutralStroke2",
  boxFill: "colorBrandBackground2",
  background: "colorNeutralBackground1",
} as const satisfies Record<string, Token>;

/** RAG colours: the status tokens Fluent designs as text on the background, so 4.5:1 there. */
export const RAG_TOKENS: Record<Rag, Token> = {
  Green: "colorStatusSuccessForeground1",
  Amber: "colorStatusWarningForeground1",
  Red: "colorStatusDangerForeground1",
  None: "colorNeutralForeground3",
};

/** RAG shapes, so status never rests on colour: a circle, a triangle, a square, a ring. */
export type MarkerShape = "circle" | "triangle" | "square" | "ring" | "diamond";

export const RAG_SHAPES: Record<Rag, MarkerShape> = { Green: "circle", Amber: "triangle", Red: "square", None: "ring" };

/**
 * Heat-map steps, low to high: each a fill and the text printed on it. In light and dark themes each
 * step stands further from the page background than the one before; in high contrast the values
 * printed in the cells carry the reading.
 */
export const HEAT_STEPS: readonly { fill: Token; text: Token }[] = [
  { fill: "colorNeutralBackground1", text: "colorNeutralForeground1" },
  { fill: "colorBrandBackground2", text: "colorNeutralForeground1" },
  { fill: "colorBrandStroke2Contrast", text: "colorNeutralForeground1" },
  { fill: "colorBrandBackground", text: "colorNeutralForegroundOnBrand" },
  { fill: "colorBrandBackgroundHover", text: "colorNeutralForegroundOnBrand" },
];
