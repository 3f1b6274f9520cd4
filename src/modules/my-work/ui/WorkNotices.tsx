import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MyWork } from "../../../core/domain/work";

/** What My work could not show (a module's reader failed) and a reminder that could not be sent. */
export function WorkNotices({ notes, reminderProblem }: { notes: MyWork["notes"]; reminderProblem: string | null }) {
  return (
    <>
      {notes.map((note) => (
        <MessageBar key={note.moduleId} intent="warning">
          <MessageBarBody>{note.message}</MessageBarBody>
        </MessageBar>
      ))}
      {reminderProblem && (
        <MessageBar intent="info">
          <MessageBarBody>{reminderProblem}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
