import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ErrorState } from "../../../core/ui/states";
import { SchemaError, UnusableInputError } from "../../quality";

export { publicationHref, tabHref, useStyles } from "./styles";

/**
 * A failure in words: a file or schema that cannot be used says exactly why (those messages are
 * written for people); anything else goes through the core's error helpers.
 */
export function FailureMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof UnusableInputError || error instanceof SchemaError || error instanceof RangeError || error instanceof SyntaxError) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{error instanceof SyntaxError ? "The schema file is not JSON" : "That file cannot be used"}</MessageBarTitle>
          {error.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ErrorState error={error} {...(onRetry ? { onRetry } : {})} />;
}
