import { Button, MessageBar, MessageBarBody, Popover, PopoverSurface, PopoverTrigger, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { describeFailure } from "../../../core/data/errors";
import { useAnnounce } from "../../../core/ui/announcer";
import { useServices } from "../../../core/ui/services";
import { useMachine } from "../../../core/ui/use-machine";
import { saveAction } from "../data/actions-data";
import type { Action } from "../domain/action";
import { assignmentTransition } from "../domain/owner-assignment";
import { OwnerField } from "./OwnerField";
import { useAssignmentNotice } from "./use-assignment-notice";

const useStyles = makeStyles({
  trigger: { minWidth: 0, paddingLeft: 0, paddingRight: 0, justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular },
  surface: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, width: "min(20rem, 85vw)" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface OwnerCellProps {
  action: Action;
  /** Whether this person may change the action (SharePoint refuses otherwise anyway). */
  canEdit: boolean;
  /** The saved action, or the version someone else saved meanwhile, for the list to show. */
  onSaved: (action: Action) => void;
}

/**
 * The owner column of the tracker. For those who may edit the action it opens a small form, as
 * Microsoft Lists does: pick a person, save with the version the list read; a conflict shows who
 * the owner is now and keeps the pick.
 */
export function OwnerCell({ action, canEdit, onSaved }: OwnerCellProps) {
  const styles = useStyles();
  const { sp } = useServices();
  const announce = useAnnounce();
  const noticeAssignment = useAssignmentNotice();
  const { state, apply } = useMachine(assignmentTransition, { step: "closed" });
  const trigger = useRef<HTMLButtonElement>(null);
  const open = state.step !== "closed";
  // Closing (saved, cancelled, Escape) puts focus back on the owner it was opened from.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const shown = action.ownerName ?? "No owner";
  if (!canEdit) return <Text size={200}>{shown}</Text>;

  const save = async () => {
    const { send } = apply({ type: "save" });
    if (!send) return;
    try {
      const saved = await saveAction(sp, action, { ActionOwnerId: send.id });
      apply({ type: "saved" });
      onSaved(saved);
      announce(`${send.name} now owns “${action.title}”.`);
      noticeAssignment(action, saved);
    } catch (error) {
      if (isConflict<Action>(error)) {
        // The list takes their version (and its ETag), so saving again is a decision made knowingly.
        onSaved(error.current);
        apply({ type: "conflict", theirOwner: error.current.ownerName });
      } else {
        const failure = describeFailure(error);
        apply({ type: "failed", problem: `${failure.title}. ${failure.detail}` });
      }
    }
  };

  const picked = state.step === "closed" ? null : state.picked;
  // The visible text starts the accessible name (WCAG 2.5.3); the rest says which action it is.
  const label = action.ownerName ? `${action.ownerName}, owner of “${action.title}”: change` : `No owner for “${action.title}”: assign one`;
  return (
    <Popover open={open} onOpenChange={(_, data) => apply({ type: data.open ? "open" : "cancel" })} trapFocus positioning="below-start">
      <PopoverTrigger disableButtonEnhancement>
        <Button ref={trigger} appearance="transparent" size="small" className={styles.trigger} aria-label={label}>
          {shown}
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={`Owner of “${action.title}”`}>
        <form
          className={styles.surface}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <OwnerField
            ownerName={picked?.name ?? ""}
            onChange={(owner) => apply({ type: "pick", owner: owner.id === null ? null : { id: owner.id, name: owner.name } })}
            validationMessage={state.step === "choosing" ? (state.problem ?? undefined) : undefined}
          />
          {state.step === "conflict" && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                Someone changed this action since the list was read: its owner is now {state.theirOwner ?? "nobody"}. Save again to make {state.picked.name} the owner.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" disabled={state.step === "saving"}>
              {state.step === "saving" ? "Saving…" : "Save owner"}
            </Button>
            <Button onClick={() => apply({ type: "cancel" })} disabled={state.step === "saving"}>
              Cancel
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}
