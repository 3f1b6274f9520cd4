import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Each link is a comfortable target (WCAG 2.5.8), also when a message wraps.
  link: { minHeight: "24px", textAlign: "start" },
});

export interface FormProblem {
  /** The id of the field's input, to move focus to it; absent for a problem of the whole form. */
  fieldId?: string;
  message: string;
}

/**
 * The one way Data Hub forms say what to fix: a summary at the top, focused when problems appear
 * (screen readers read it), each problem a link to its field. The fields carry their own messages too.
 */
export function ErrorSummary({ problems, title = "Please check the form" }: { problems: readonly FormProblem[]; title?: string }) {
  const styles = useStyles();
  const summary = useRef<HTMLDivElement>(null);
  const key = problems.map((p) => `${p.fieldId}:${p.message}`).join("|");
  useEffect(() => {
    if (key) summary.current?.focus();
  }, [key]);
  if (problems.length === 0) return null;
  const focusField = (id: string) => {
    const field = document.getElementById(id);
    field?.focus();
    field?.scrollIntoView({ block: "center" });
  };
  return (
    <div ref={summary} tabIndex={-1}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <ul className={styles.list}>
            {problems.map((p) => (
              <li key={`${p.fieldId}:${p.message}`}>
                {p.fieldId ? (
                  <Link as="button" type="button" className={styles.link} onClick={() => focusField(p.fieldId!)}>
                    {p.message}
                  </Link>
                ) : (
                  p.message
                )}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
