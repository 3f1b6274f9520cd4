import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { formatDate } from "../../../core/domain/format";

export const FIELD_LABELS: Record<string, string> = {
  Title: "Title",
  Detail: "Detail",
  PrincipleKey: "Principle",
  ActionOwnerId: "Owner",
  Service: "Service",
  Status: "Status",
  StartDate: "Start date",
  DueDate: "Due date",
  PercentComplete: "Percent complete",
  LinkedMeasures: "Linked measures",
};

const useStyles = makeStyles({ list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL } });

function show(field: string, value: unknown, ownerName: string | null): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (field === "ActionOwnerId") return ownerName ?? `person ${String(value)}`;
  if (field.endsWith("Date")) return formatDate(String(value));
  if (field === "PercentComplete") return `${String(value)}%`;
  return String(value);
}

export interface ConflictNoticeProps {
  theirChanges: { field: string; value: unknown }[];
  overlapping: string[];
  theirOwnerName: string | null;
  modified: string;
  saving: boolean;
  onReapply: () => void;
  onStartAgain: () => void;
}

/** What the other person changed, and the two ways on: reapply mine on top, or start from theirs. */
export function ConflictNotice({ theirChanges, overlapping, theirOwnerName, modified, saving, onReapply, onStartAgain }: ConflictNoticeProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed this action while you were editing</MessageBarTitle>
        Their version was saved on {formatDate(modified)}. Your edits are still in the form.
        {theirChanges.length > 0 && (
          <ul className={styles.list} aria-label="Their changes">
            {theirChanges.map((c) => (
              <li key={c.field}>
                {FIELD_LABELS[c.field] ?? c.field}: {show(c.field, c.value, theirOwnerName)}
                {overlapping.includes(c.field) ? " (you changed this too: yours will replace it)" : ""}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReapply} disabled={saving}>
          Save my changes on top
        </Button>
        <Button onClick={onStartAgain} disabled={saving}>
          Use their version
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
