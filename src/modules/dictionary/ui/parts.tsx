import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  Archive16Regular,
  ArrowReply16Regular,
  CheckmarkCircle16Regular,
  Clock16Regular,
  DismissCircle16Regular,
  Drafts16Regular,
  Lightbulb16Regular,
  Prohibited16Regular,
  Warning16Regular,
} from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { routeHref } from "../../../core/ui/router";
import type { TermStatus } from "../domain/term";
import type { ProposalStatus } from "../domain/workflow";
import { PILL_STYLE, STRONG_PILL_STYLE } from "../../../core/ui/pill-styles";

/** Styles every dictionary screen shares. Tokens only, so the three Teams themes work unchanged. */
export const useDictionaryStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "60rem" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
  // Definitions keep the line breaks their authors typed; they are text, never HTML.
  prose: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  pill: { ...PILL_STYLE, whiteSpace: "nowrap" },
  warningPill: STRONG_PILL_STYLE,
  details: {
    display: "grid",
    gridTemplateColumns: "minmax(8rem, max-content) 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    "@media (max-width: 640px)": { gridTemplateColumns: "1fr" },
  },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere", "@media (max-width: 640px)": { marginBottom: tokens.spacingVerticalS } },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  inlineList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  card: {
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
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
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "44rem" },
  twoColumns: { display: "grid", gap: tokens.spacingHorizontalL, alignItems: "start", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 16rem), 1fr))" },
});

const TERM_STATUS_ICON: Record<TermStatus, ReactNode> = {
  Approved: <CheckmarkCircle16Regular aria-hidden />,
  Deprecated: <Archive16Regular aria-hidden />,
  Draft: <Drafts16Regular aria-hidden />,
  "In review": <Clock16Regular aria-hidden />,
};

const PROPOSAL_STATUS_ICON: Record<ProposalStatus, ReactNode> = {
  Suggested: <Lightbulb16Regular aria-hidden />,
  Draft: <Drafts16Regular aria-hidden />,
  "In review": <Clock16Regular aria-hidden />,
  "Sent back": <ArrowReply16Regular aria-hidden />,
  Approved: <CheckmarkCircle16Regular aria-hidden />,
  Declined: <Prohibited16Regular aria-hidden />,
  Withdrawn: <DismissCircle16Regular aria-hidden />,
};

/** A small label: an icon for those who see it, and always the words (status is never colour or icon alone). */
export function Pill({ icon, children, warning }: { icon?: ReactNode; children: ReactNode; warning?: boolean }) {
  const styles = useDictionaryStyles();
  return (
    <span className={mergeClasses(styles.pill, warning && styles.warningPill)}>
      {icon}
      {children}
    </span>
  );
}

export function TermStatusPill({ status }: { status: TermStatus }) {
  return <Pill icon={TERM_STATUS_ICON[status]}>{status}</Pill>;
}

export function ProposalStatusPill({ status }: { status: ProposalStatus }) {
  return <Pill icon={PROPOSAL_STATUS_ICON[status]}>{status}</Pill>;
}

export function OverduePill() {
  return (
    <Pill icon={<Warning16Regular aria-hidden />} warning>
      Review overdue
    </Pill>
  );
}

/** Text from a list, as text: React escapes it; line breaks are kept by CSS, never by HTML. */
export function Prose({ text, className }: { text: string; className?: string }) {
  const styles = useDictionaryStyles();
  return (
    <Text as="p" block className={mergeClasses(styles.prose, className)}>
      {text}
    </Text>
  );
}

/** A definition list row, left out entirely when there is nothing to show. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  const styles = useDictionaryStyles();
  if (children === null || children === undefined || children === "" || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{children}</dd>
    </>
  );
}

export type DictionarySection = "find" | "propose" | "proposals" | "use";

/** The dictionary's own sections, as links (each has its own address, so back and forward work). */
export function SectionNav({ current, waiting, showUse, plain }: { current: DictionarySection | null; waiting: number; showUse: boolean; plain: boolean }) {
  const styles = useDictionaryStyles();
  const links: { id: DictionarySection; label: string; href: string }[] = [
    { id: "find", label: "Find a term", href: routeHref("dictionary") },
    ...(plain
      ? []
      : [
          { id: "propose" as const, label: "Suggest a term", href: routeHref("dictionary", ["propose"]) },
          { id: "proposals" as const, label: waiting > 0 ? `Proposals (${waiting} for you)` : "Proposals", href: routeHref("dictionary", ["proposals"]) },
          ...(showUse ? [{ id: "use" as const, label: "How it is used", href: routeHref("dictionary", ["use"]) }] : []),
        ]),
  ];
  return (
    <nav aria-label="Data dictionary">
      <ul className={styles.sectionNav}>
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.href} className={mergeClasses(styles.sectionLink, current === link.id && styles.sectionCurrent)} aria-current={current === link.id ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const termHref = (key: string) => routeHref("dictionary", [key]);
export const proposalHref = (id: number) => routeHref("dictionary", ["proposals", String(id)]);
