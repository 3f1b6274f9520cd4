import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import { routeHref } from "../../../core/ui/router";

export const MODULE_ID = "measures";

export const measuresHref = (rest: string[] = [], params?: Record<string, string>) => routeHref(MODULE_ID, rest, params);

export const useMeasuresStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Headings beside their buttons keep no browser margin of their own.
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", "& > h1, & > h2, & > h3": { margin: 0 } },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { margin: 0, whiteSpace: "pre-line", overflowWrap: "anywhere" },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  facts: { display: "grid", gridTemplateColumns: "minmax(7rem, max-content) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, overflowWrap: "anywhere" },
  plainList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  period: { maxWidth: "22rem" },
  select: { minWidth: 0, maxWidth: "100%" },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    "@media (max-width: 480px)": { padding: tokens.spacingHorizontalM },
  },
  series: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  heading: { margin: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  cell: { overflowWrap: "anywhere" },
});

/** A link from list text only when it is https; anything else is shown as text, never followed. */
export function SafeLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  const url = safeLinkUrl(href);
  if (!href?.trim()) return null;
  if (!url) return <Text>{href}</Text>;
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </Link>
  );
}

/** Label and value pairs; empty values are left out. */
export function Facts({ rows, label }: { rows: readonly (readonly [string, ReactNode])[]; label?: string }) {
  const styles = useMeasuresStyles();
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  return (
    <dl className={styles.facts} aria-label={label}>
      {shown.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Sample content (local mode) says so in its title. */
export function SampleBadge({ text }: { text: string }) {
  return /^SAMPLE\b/.test(text) ? (
    <Badge appearance="outline" color="informative">
      Sample
    </Badge>
  ) : null;
}

export interface FieldProblem {
  field: string;
  message: string;
}
