import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect } from "react";
import { describeFailure } from "../data/errors";

const useStyles = makeStyles({
  centred: { display: "flex", justifyContent: "center", padding: tokens.spacingVerticalXXL },
  empty: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalXL },
});

export function Loading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.centred}>
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <Text weight="semibold">{title}</Text>
      {children}
    </div>
  );
}

/** A failure in plain words, with the one action that helps. */
export function ErrorState({ error, onRetry, onSignIn }: { error: unknown; onRetry?: () => void; onSignIn?: () => void }) {
  const failure = describeFailure(error);
  // The person sees plain words; whoever supports them needs the detail in the console.
  useEffect(() => console.error("Data Hub:", failure.title, error), [error, failure.title]);
  const action =
    failure.remedy === "sign-in" && onSignIn ? (
      <Button onClick={onSignIn}>Sign in</Button>
    ) : (failure.remedy === "retry" || failure.remedy === "reload") && onRetry ? (
      <Button onClick={onRetry}>Try again</Button>
    ) : null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{failure.title}</MessageBarTitle>
        {failure.detail}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}
