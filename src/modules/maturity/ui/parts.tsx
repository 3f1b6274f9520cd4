import { MessageBar, MessageBarBody, MessageBarTitle, Text, Title2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect } from "react";
import { useAnnounce } from "../../../core/ui/announcer";
import { routeHref } from "../../../core/ui/router";

/** Styles every maturity screen shares: tokens only, so the three Teams themes work unchanged. */
export const useMaturityStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "64rem", minWidth: 0 },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  tight: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  secondary: { color: tokens.colorNeutralForeground2 },
  prose: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  sectionNav: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyleType: "none", margin: 0, padding: 0 },
  sectionLink: {
    display: "inline-block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    textDecorationLine: "none",
    ":hover": { textDecorationLine: "underline", color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sectionCurrent: { fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}` },
  card: {
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  quote: { margin: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "44rem" },
  twoColumns: { display: "grid", gap: tokens.spacingHorizontalL, alignItems: "start", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 16rem), 1fr))" },
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  fieldset: { border: 0, margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

export type MaturitySection = "results" | "change" | "assess" | "rounds" | "framework" | "principles" | "actions";

const SECTIONS: { id: MaturitySection; label: string; rest: string[]; lead?: boolean; assessor?: boolean }[] = [
  { id: "results", label: "Results", rest: [] },
  { id: "change", label: "Change between rounds", rest: ["change"] },
  { id: "assess", label: "Assess your team", rest: ["assess"], assessor: true },
  { id: "rounds", label: "Rounds", rest: ["rounds"], lead: true },
  { id: "framework", label: "Framework", rest: ["framework"] },
  { id: "principles", label: "Strategy principles", rest: ["principles"] },
  { id: "actions", label: "Improvement actions", rest: ["actions"] },
];

export const assessHref = (roundKey: string, teamKey: string, row?: number) => routeHref("maturity", ["assess", roundKey, teamKey], row ? { row: String(row) } : undefined);

export const sectionHref = (section: MaturitySection, params?: Record<string, string>) => routeHref("maturity", SECTIONS.find((s) => s.id === section)!.rest, params);

/** Every maturity screen: its heading, the section links (each its own address), then the screen. */
export function Frame({ section, title, intro, canManage, canAssess, children }: { section: MaturitySection; title: string; intro?: ReactNode; canManage: boolean; canAssess: boolean; children: ReactNode }) {
  const styles = useMaturityStyles();
  const shown = SECTIONS.filter((s) => (!s.lead || canManage) && (!s.assessor || canAssess));
  return (
    <div className={styles.page}>
      <div className={styles.stack}>
        <Title2 as="h1">{title}</Title2>
        {intro}
        <nav aria-label="Data maturity">
          <ul className={styles.sectionNav}>
            {shown.map((link) => (
              <li key={link.id}>
                <a href={routeHref("maturity", link.rest)} className={mergeClasses(styles.sectionLink, section === link.id && styles.sectionCurrent)} aria-current={section === link.id ? "page" : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {children}
    </div>
  );
}

/** Said wherever sample data is shown: it is never the council's results. */
export function SampleNotice() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Sample data</MessageBarTitle>
        Generated for trying Data Hub out, with made-up teams: these are not Havant Borough Council's results.
      </MessageBarBody>
    </MessageBar>
  );
}

/** Text from a list, as text: React escapes it; line breaks are kept by CSS, never by HTML. */
export function Prose({ text, className }: { text: string; className?: string }) {
  const styles = useMaturityStyles();
  return (
    <Text as="p" block className={mergeClasses(styles.prose, className)}>
      {text}
    </Text>
  );
}

/**
 * What an action just did, shown where it happened and said once through the hub's one live region
 * (a second live region on the page would be read twice or not at all).
 */
export function Said({ text, className }: { text: string; className?: string }) {
  const announce = useAnnounce();
  useEffect(() => {
    if (text) announce(text);
  }, [text, announce]);
  return text ? (
    <Text as="p" className={className}>
      {text}
    </Text>
  ) : null;
}
