import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { httpStatusOf } from "../../../core/data/concurrency";
import { ErrorState } from "../../../core/ui/states";

export const useQualityStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  /** Section tabs wrap onto a second line on a phone rather than push the page sideways. */
  tabs: { flexWrap: "wrap" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "44rem" },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))", gap: tokens.spacingHorizontalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "min(100%, 10rem)" },
  secondary: { color: tokens.colorNeutralForeground2 },
  facts: { display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  /** A table that may be wider than a phone: it scrolls inside itself, the page never does. */
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  plain: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
});

/** Terms and values, as a definition list. */
export function Facts({ rows }: { rows: readonly [string, ReactNode][] }) {
  const styles = useQualityStyles();
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A save that failed: a refusal (403) says what this person may not do, in the words of the screen
 * that tried; anything else is the hub's usual explanation.
 */
export function SaveFailure({ error, refused, onRetry }: { error: unknown; refused: string; onRetry?: () => void }) {
  if (httpStatusOf(error) === 403) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>You can't do that here</MessageBarTitle>
          {refused} Nothing you typed has been lost.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ErrorState error={error} {...(onRetry ? { onRetry } : {})} />;
}
