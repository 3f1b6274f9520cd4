import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles the KPI and calendar screens share: plain tables that scroll sideways on their own, facts, forms. */
export const useKpiStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "min(100%, 12rem)" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
  status: { color: tokens.colorNeutralForeground2 },
  // A data table may scroll sideways inside its own region; the page never does.
  scroller: {
    overflowX: "auto",
    // Screen-reader-only text inside (positioned absolutely) then scrolls with the table, not the page.
    position: "relative",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  th: {
    textAlign: "left",
    verticalAlign: "bottom",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "nowrap",
  },
  td: { verticalAlign: "top", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  name: { minWidth: "14rem", overflowWrap: "anywhere" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  nowrap: { whiteSpace: "nowrap" },
  facts: { display: "grid", gridTemplateColumns: "minmax(8rem, max-content) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0, "@media (max-width: 480px)": { gridTemplateColumns: "minmax(0, 1fr)" } },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, overflowWrap: "anywhere" },
  quote: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 11rem), 1fr))", gap: tokens.spacingHorizontalM },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** Read by screen readers, not shown (a table's caption where a heading already says it). */
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  rowHeader: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  /** Paragraphs inside a stack: the stack's gap spaces them. */
  flush: { margin: 0 },
  plainList: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});
