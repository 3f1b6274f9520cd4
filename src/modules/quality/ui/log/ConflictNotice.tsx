import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatDate } from "../../../../core/domain/format";
import type { TheirChange } from "../../domain/log/conflict";
import type { LogEntry } from "../../domain/log/issue";

/** What the other person changed, and the two ways on: my changes on top of theirs, or theirs as they are. */
export function ConflictNotice({ current, changes, saving, onReapply, onUseTheirs }: { current: LogEntry; changes: readonly TheirChange[]; saving: boolean; onReapply: () => void; onUseTheirs: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed this while you were editing</MessageBarTitle>
        Their version was saved on {formatDate(current.modified)}. Your changes are still in the form.
        {changes.length > 0 && (
          <ul aria-label="Their changes">
            {changes.map((c) => (
              <li key={c.label}>
                {c.label}: {c.value}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReapply} disabled={saving}>
          Save my changes on top
        </Button>
        <Button onClick={onUseTheirs} disabled={saving}>
          Use their version
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
