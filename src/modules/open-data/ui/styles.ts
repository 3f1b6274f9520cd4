import { makeStyles, tokens } from "@fluentui/react-components";
import { routeHref } from "../../../core/ui/router";

/** The module's styles and addresses, apart from parts.tsx so the calendar's return page can use them without the file readers. */
export const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "44rem" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  fileInput: { maxWidth: "100%", color: tokens.colorNeutralForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", "& th, & td": { textAlign: "start", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" }, "& caption": { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS } },
  fieldset: { border: 0, padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  facts: { display: "grid", gridTemplateColumns: "minmax(8rem, max-content) 1fr", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0, "& dd": { margin: 0, overflowWrap: "anywhere" } },
});

export const publicationHref = (id: number) => routeHref("open-data", [String(id)]);
export const tabHref = (tab: string) => routeHref("open-data", [], tab === "publications" ? {} : { tab });

