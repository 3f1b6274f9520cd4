import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatDate } from "../../../core/domain/format";
import { ErrorState } from "../../../core/ui/states";
import type { PolicyDocument } from "../domain/document";
import { KeysTakenError } from "../data/confirmations-data";
import { useConfirm } from "./use-confirm";
import { useStyles, versionText } from "./parts";

/** "I have read and understood this" for the current version, or when it was confirmed. */
export function ConfirmReading({ doc, siteUserId, confirmedAt, onConfirmed }: { doc: PolicyDocument; siteUserId: number; confirmedAt: string | null; onConfirmed: (already: boolean) => void }) {
  const styles = useStyles();
  const { state, press } = useConfirm(doc, siteUserId, onConfirmed);
  const done = useRef<HTMLDivElement>(null);
  // The button goes once confirmed: keyboard focus moves to what replaced it, not to the page's top.
  useEffect(() => {
    if (state.phase === "confirmed") done.current?.focus();
  }, [state.phase]);
  if (confirmedAt || state.phase === "confirmed") {
    const when = confirmedAt ? ` on ${formatDate(confirmedAt)}` : "";
    return (
      <div ref={done} tabIndex={-1}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>You have confirmed this version</MessageBarTitle>
          You confirmed you have read and understood {versionText(doc).toLowerCase()}
          {when}. A new version will ask you again.
        </MessageBarBody>
      </MessageBar>
      </div>
    );
  }
  return (
    <div className={styles.stack}>
      <Text>When you have read {versionText(doc).toLowerCase()}, confirm it here. It is recorded as yours; nobody can confirm for you.</Text>
      <div>
        <Button appearance="primary" onClick={press} disabledFocusable={state.phase === "saving"}>
          {state.phase === "saving" ? "Recording…" : "I have read and understood this"}
        </Button>
      </div>
      {state.phase === "failed" &&
        (state.error instanceof KeysTakenError ? (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Your confirmation could not be recorded</MessageBarTitle>
              {state.error.message}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorState error={state.error} onRetry={press} />
        ))}
    </div>
  );
}
