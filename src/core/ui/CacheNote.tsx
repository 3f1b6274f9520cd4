import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CachedLoad } from "../domain/cached-load";
import { formatDateTime, updatedAgo } from "../domain/format";
import { describeFailure } from "../data/errors";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * What a cached screen owes its reader: while the saved answer is shown and a fresh one is read,
 * when it was saved; if the refresh failed, that what is shown is as of then, and why.
 */
export function CacheNote<T>({ state, onRetry }: { state: CachedLoad<T>; onRetry: () => void }) {
  const styles = useStyles();
  if (state.status !== "ready") return null;
  if (state.refreshError !== undefined) {
    const failure = describeFailure(state.refreshError);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not up to date: last updated on {formatDateTime(new Date(state.savedAt))}</MessageBarTitle>
          {failure.title}. {failure.detail}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <Text as="p" size={200} className={styles.note} role="status">
      {state.source === "cache" ? `Updated ${updatedAgo(state.savedAt, Date.now())}; checking for changes…` : ""}
    </Text>
  );
}
