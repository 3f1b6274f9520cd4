import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

export interface FieldProblem {
  /** The id of the field's input, which the summary's link moves focus to. */
  fieldId: string;
  message: string;
}

/**
 * The form's problems at the top, each a link to its field; it takes focus when it appears so a
 * screen reader hears what to fix (the dictionary's proposal form is the pattern).
 */
export function ErrorSummary({ problems, title = "Please check the form" }: { problems: readonly FieldProblem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = problems.map((p) => p.message).join("|");
  // Focus moves when the problems change (a new attempt), not on every render.
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (!problems.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <ul>
            {problems.map((p) => (
              <li key={p.fieldId + p.message}>
                <Link
                  href={`#${p.fieldId}`}
                  onClick={(e) => {
                    // Hash links would change the route: move focus instead.
                    e.preventDefault();
                    document.getElementById(p.fieldId)?.focus();
                  }}
                >
                  {p.message}
                </Link>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
