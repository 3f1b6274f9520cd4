import { makeStyles, tokens } from "@fluentui/react-components";
import { MARK_TOKENS, RAG_TOKENS } from "./palette";

const FORCED = "@media (forced-colors: active)";

/**
 * Fills and strokes of the marks, from theme tokens; in forced colours, system colours (marks in
 * CanvasText, fills behind them in Canvas, gridlines in GrayText), since shapes, dashes and labels
 * already carry what colour does in the themes.
 */
export const useMarkStyles = makeStyles({
  fillPrimary: { fill: tokens[MARK_TOKENS.primary], [FORCED]: { fill: "CanvasText" } },
  fillSecondary: { fill: tokens[MARK_TOKENS.secondary], [FORCED]: { fill: "CanvasText" } },
  fillEmphasis: { fill: tokens[MARK_TOKENS.emphasis], [FORCED]: { fill: "CanvasText" } },
  fillBackground: { fill: tokens[MARK_TOKENS.background], [FORCED]: { fill: "Canvas" } },
  fillBox: { fill: tokens[MARK_TOKENS.boxFill], [FORCED]: { fill: "Canvas" } },
  fillNone: { fill: "none" },
  fillRed: { fill: tokens[RAG_TOKENS.Red], [FORCED]: { fill: "CanvasText" } },
  fillAmber: { fill: tokens[RAG_TOKENS.Amber], [FORCED]: { fill: "CanvasText" } },
  fillGreen: { fill: tokens[RAG_TOKENS.Green], [FORCED]: { fill: "CanvasText" } },
  strokePrimary: { stroke: tokens[MARK_TOKENS.primary], [FORCED]: { stroke: "CanvasText" } },
  strokeSecondary: { stroke: tokens[MARK_TOKENS.secondary], [FORCED]: { stroke: "CanvasText" } },
  strokeEmphasis: { stroke: tokens[MARK_TOKENS.emphasis], [FORCED]: { stroke: "CanvasText" } },
  strokeBackground: { stroke: tokens[MARK_TOKENS.background], [FORCED]: { stroke: "Canvas" } },
  strokeAxis: { stroke: tokens[MARK_TOKENS.axis], [FORCED]: { stroke: "CanvasText" } },
  strokeGrid: { stroke: tokens[MARK_TOKENS.grid], [FORCED]: { stroke: "GrayText" } },
  strokeRed: { stroke: tokens[RAG_TOKENS.Red], [FORCED]: { stroke: "CanvasText" } },
  strokeAmber: { stroke: tokens[RAG_TOKENS.Amber], [FORCED]: { stroke: "CanvasText" } },
  strokeGreen: { stroke: tokens[RAG_TOKENS.Green], [FORCED]: { stroke: "CanvasText" } },
  strokeNone: { stroke: tokens[RAG_TOKENS.None], [FORCED]: { stroke: "CanvasText" } },
});

export type MarkStyles = ReturnType<typeof useMarkStyles>;
