import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { forwardRef } from "react";

export interface SummaryProblem {
  /** The id of the field's control, so the link can take focus there. */
  fieldId: string;
  message: string;
}

// Each link is a target of at least 24 px (WCAG 2.2's target size), however short its line.
const useStyles = makeStyles({ link: { display: "inline-block", minHeight: "24px", lineHeight: "24px", textAlign: "start" } });

/**
 * The problems of a form, at its top, each a link to its field (a button that moves focus: the
 * app's routes live in the address's #, so an in-page #anchor would navigate away).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { problems: readonly SummaryProblem[] }>(function ErrorSummary({ problems }, ref) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="quality-error-summary-title">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="quality-error-summary-title">There {problems.length === 1 ? "is a problem" : `are ${problems.length} problems`} with the form</MessageBarTitle>
          <ul>
            {problems.map((p) => (
              <li key={`${p.fieldId}:${p.message}`}>
                <Link
                  as="button"
                  className={styles.link}
                  onClick={() => {
                    const element = document.getElementById(p.fieldId);
                    // A wrapper (a people picker) takes focus to the control inside it.
                    const target = element?.matches("input, textarea, button, [tabindex]") ? element : element?.querySelector<HTMLElement>("input, textarea, button, [role=combobox]");
                    target?.focus();
                    target?.scrollIntoView({ block: "center" });
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
});
