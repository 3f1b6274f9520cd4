import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatDate } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { httpStatusOf } from "../../../core/data/concurrency";
import type { Day } from "../domain/dates";
import type { ReviewState } from "../domain/review";
import type { DisposalState } from "../domain/disposal";
import { PILL_STYLE, STRONG_PILL_STYLE } from "../../../core/ui/pill-styles";

/** Styles every screen of the register shares. Tokens only, so the three Teams themes work unchanged. */
export const useAssetStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  narrow: { maxWidth: "60rem" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  secondary: { color: tokens.colorNeutralForeground2 },
  prose: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  details: {
    display: "grid",
    gridTemplateColumns: "minmax(10rem, max-content) 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    "@media (max-width: 640px)": { gridTemplateColumns: "1fr" },
  },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap", "@media (max-width: 640px)": { marginBottom: tokens.spacingVerticalS } },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pill: PILL_STYLE,
  strongPill: STRONG_PILL_STYLE,
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "44rem" },
  twoColumns: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalM, "@media (max-width: 640px)": { gridTemplateColumns: "1fr" } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
});

export const assetHref = (key: string, ...rest: string[]) => routeHref("assets", [key, ...rest]);

/** A day as the council writes it: 25/11/2026. */
export const showDay = (day: Day | null | undefined) => (day ? formatDate(`${day}T12:00:00Z`) : "");

export function Pill({ children, strong }: { children: ReactNode; strong?: boolean }) {
  const styles = useAssetStyles();
  return <span className={mergeClasses(styles.pill, strong && styles.strongPill)}>{children}</span>;
}

const REVIEW_WORDS: Record<ReviewState, string> = { overdue: "Review overdue", due: "Review due", "not due": "Reviewed", "not reviewed": "Not reviewed" };
/** Review state in words (never colour alone), with the due date. */
export function ReviewPill({ state, due }: { state: ReviewState; due: Day }) {
  return <Pill strong={state === "overdue"}>{state === "not due" ? `Next review ${showDay(due)}` : `${REVIEW_WORDS[state]}${state === "not reviewed" ? "" : `: ${showDay(due)}`}`}</Pill>;
}

const DISPOSAL_WORDS: Record<DisposalState, string> = { overdue: "Disposal overdue", "due soon": "Disposal due", "not due": "Disposal due", unknown: "No disposal date", disposed: "Disposed of" };
export function DisposalPill({ state, due }: { state: DisposalState; due: Day | null }) {
  return <Pill strong={state === "overdue"}>{due && state !== "disposed" && state !== "unknown" ? `${DISPOSAL_WORDS[state]}: ${showDay(due)}` : DISPOSAL_WORDS[state]}</Pill>;
}

/** A refused save in the register's own words: who may do this, not only that this person may not. */
export function SaveRefused({ error, what }: { error: unknown; what: string }) {
  if (httpStatusOf(error) !== 403) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You can't {what}</MessageBarTitle>
        Only the asset's information asset owner or manager, or the data lead, may change it. Ask one of them, or ask the data lead to name you on the asset. Nothing you typed has been lost.
      </MessageBarBody>
    </MessageBar>
  );
}

/** A note that this is local mode's made-up content, not the council's. */
export function SampleNote({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <Text size={200} italic>
      Assets named “Sample” are made-up examples for trying Data Hub out. They do not describe the council's real systems.
    </Text>
  );
}
