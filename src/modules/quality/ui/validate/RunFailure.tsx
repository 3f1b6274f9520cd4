import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { UnusableInputError } from "../../domain/validation/schema-error";

/** Why a file could not be profiled or checked, in the engine's own plain words (they name the problem and the fix). */
export function RunFailure({ error }: { error: unknown }) {
  const unusable = error instanceof UnusableInputError;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{unusable ? "This file cannot be checked" : "The check stopped"}</MessageBarTitle>
        {error instanceof Error ? error.message : "Something went wrong. Try again; if it keeps happening, tell the data lead."}
      </MessageBarBody>
    </MessageBar>
  );
}
