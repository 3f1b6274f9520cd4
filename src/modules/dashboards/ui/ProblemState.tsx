import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect } from "react";
import { type DashboardProblemKind, describeProblem } from "../domain/problems";

export interface ProblemStateProps {
  kind: DashboardProblemKind;
  ownerName?: string | null;
  /** What caused it, for the console (people see plain words; whoever supports them needs the detail). */
  cause?: unknown;
  onRetry?: () => void;
  onSignIn?: () => void;
  /** "Open in Power BI", where that may help (it shows Power BI's own explanation). */
  openInPowerBiUrl?: string;
}

/** A dashboard that cannot be shown: what happened and what to do, in place of the report (never a blank frame). */
export function ProblemState({ kind, ownerName, cause, onRetry, onSignIn, openInPowerBiUrl }: ProblemStateProps) {
  const problem = describeProblem(kind, { ownerName });
  useEffect(() => console.error("Data Hub:", problem.title, cause ?? ""), [problem.title, cause]);
  const signInLabel = kind === "consent" ? "Give permission" : "Sign in";
  return (
    <MessageBar intent={kind === "timeout" ? "warning" : "error"} layout="multiline" role="alert" data-problem={kind}>
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle>
        {problem.detail}
      </MessageBarBody>
      <MessageBarActions>
        {problem.action === "sign-in" && onSignIn && <Button onClick={onSignIn}>{signInLabel}</Button>}
        {(problem.action === "retry" || problem.action === "sign-in") && onRetry && <Button onClick={onRetry}>Try again</Button>}
        {openInPowerBiUrl && kind !== "deleted" && kind !== "not-configured" && (
          <Link href={openInPowerBiUrl} target="_blank" rel="noopener noreferrer">
            Open in Power BI
          </Link>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
