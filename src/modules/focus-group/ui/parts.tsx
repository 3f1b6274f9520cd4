import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { routeHref } from "../../../core/ui/router";
import { isHttpsUrl } from "../domain/form";

export const MODULE_ID = "focus-group";

/** The page's sections, in the navigation's order. */
export const SECTIONS = [
  { id: "stories", label: "Success stories" },
  { id: "meetings", label: "Meetings" },
  { id: "sessions", label: "Data share sessions" },
  { id: "learning", label: "Lessons and mentoring" },
  { id: "questions", label: "Questions and suggestions" },
  { id: "decisions", label: "Decisions log" },
  { id: "pilots", label: "Pilots" },
  { id: "figures", label: "Figures" },
  { id: "settings", label: "Settings" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

export const sectionHref = (section: SectionId, rest: (string | number)[] = []) => routeHref(MODULE_ID, [section, ...rest.map(String)]);

export const useFocusStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Headings beside their buttons keep no browser margin of their own.
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", "& > h2, & > h3": { margin: 0 } },
  cards: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 20rem), 1fr))", listStyleType: "none", margin: 0, padding: 0 },
  card: { height: "100%" },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { margin: 0, whiteSpace: "pre-line", overflowWrap: "anywhere" },
  facts: { display: "grid", gridTemplateColumns: "minmax(6rem, max-content) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, whiteSpace: "pre-line", overflowWrap: "anywhere" },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  plainList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** A link from list text only when it is https; anything else is shown as text, never followed. */
export function SafeLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  if (!href) return null;
  if (!isHttpsUrl(href)) return <Text>{href}</Text>;
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Link>
  );
}

/** Label and value pairs; empty values are left out. */
export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  const styles = useFocusStyles();
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  return (
    <dl className={styles.facts}>
      {shown.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Sample content (local mode) says so in its title; the badge repeats it where titles are cut short. */
export function SampleBadge({ title }: { title: string }) {
  return /^SAMPLE\b/.test(title) ? (
    <Badge appearance="outline" color="informative">
      Sample
    </Badge>
  ) : null;
}

/** Text as typed, at most `limit` characters, with an ellipsis when cut. */
export const excerpt = (text: string, limit = 220) => (text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`);
