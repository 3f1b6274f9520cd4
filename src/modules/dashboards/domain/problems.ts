import { AuthError } from "../../../core/auth/token-provider";
import { isNetworkFailure } from "../../../core/domain/network";

/**
 * Why a dashboard cannot be shown, in terms a council officer can act on. Failures come from two
 * places: getting the viewer's Power BI token (Entra: consent, sign-in, licence, offline) and the
 * embedded report's `error` event (powerbi-models IError: message, detailedMessage, errorCode).
 */
export type DashboardProblemKind = "no-licence" | "no-access" | "deleted" | "consent" | "offline" | "not-configured" | "timeout" | "report-error";

/** What the person can do about it. */
export type ProblemAction = "sign-in" | "retry" | "open-in-power-bi" | "none";

export interface DashboardProblem {
  kind: DashboardProblemKind;
  title: string;
  detail: string;
  action: ProblemAction;
}

/** An `error` event's value, as powerbi-models declares IError. */
export interface ReportErrorLike {
  message?: unknown;
  detailedMessage?: unknown;
  errorCode?: unknown;
  level?: unknown;
}

export type ReportErrorKind = "token-expired" | "no-licence" | "no-access" | "deleted" | "other";

/**
 * Sorts an embedded report's error. Microsoft documents one value exactly ("TokenExpired", errorCode
 * "403"); the rest vary by cause and release, so the match is on words and codes, loosest last.
 */
export function reportErrorKind(error: ReportErrorLike | null | undefined): ReportErrorKind {
  const text = `${String(error?.message ?? "")} ${String(error?.detailedMessage ?? "")}`;
  const code = String(error?.errorCode ?? "");
  if (/licen[cs]e/i.test(text)) return "no-licence";
  if (/TokenExpired|token (has )?expired/i.test(text)) return "token-expired";
  if (/EntityNotFound|not ?found|does not exist|deleted/i.test(text) || code === "404") return "deleted";
  if (/NotAuthori[sz]ed|Unauthori[sz]ed|Forbidden|permission|access denied|LoadReportFailed/i.test(text) || code === "401" || code === "403") return "no-access";
  return "other";
}

/** Whether the report can still be used after this error (a visual failing, not the report). */
export function isFatal(kind: ReportErrorKind): boolean {
  return kind === "no-licence" || kind === "no-access" || kind === "deleted";
}


/** Entra's "the person (or an admin) has not consented to this app using Power BI" (AADSTS65001). */
export function needsConsent(error: AuthError): boolean {
  const cause = error.cause as { errorCode?: unknown; subError?: unknown; message?: unknown } | undefined;
  const text = `${String(cause?.errorCode ?? "")} ${String(cause?.subError ?? "")} ${String(cause?.message ?? "")} ${error.message}`;
  return /consent_required|AADSTS65001|consent/i.test(text);
}

/**
 * The problem a failed Power BI token request stands for, or null when the generic sign-in and
 * error states say it best (ErrorState with the AuthError: "Please sign in to carry on").
 */
export function tokenProblemKind(error: unknown): DashboardProblemKind | null {
  if (error instanceof AuthError) {
    if (error.failure === "no-licence") return "no-licence";
    if (error.failure === "unavailable") return "offline";
    if (error.failure === "interaction-required" && needsConsent(error)) return "consent";
    return null;
  }
  return isNetworkFailure(error) ? "offline" : null;
}

export function problemFromReportError(kind: ReportErrorKind): DashboardProblemKind {
  return kind === "token-expired" || kind === "other" ? "report-error" : kind;
}

/** Plain words for each problem, naming the dashboard's owner where asking them is the way forward. */
export function describeProblem(kind: DashboardProblemKind, context: { ownerName?: string | null } = {}): DashboardProblem {
  const owner = context.ownerName ? `the dashboard's owner, ${context.ownerName}` : "the dashboard's owner or the data lead";
  switch (kind) {
    case "no-licence":
      return { kind, title: "You need a Power BI licence to see this dashboard", detail: "Dashboards open with your own Power BI account, which needs a licence for this report. Ask the IT service desk for a Power BI licence, saying which dashboard you need.", action: "none" };
    case "no-access":
      return { kind, title: "You don't have access to this report yet", detail: `Its Power BI workspace hasn't been shared with you. Ask ${owner} for access, then try again.`, action: "retry" };
    case "deleted":
      return { kind, title: "This report is no longer in Power BI", detail: `It may have been deleted or moved. Let ${owner} know so they can update the catalogue.`, action: "none" };
    case "consent":
      return { kind, title: "Data Hub needs your permission to show Power BI reports", detail: "Choose Give permission and confirm with your council account. You only need to do this once; if it says an administrator must approve, ask the IT service desk.", action: "sign-in" };
    case "offline":
      return { kind, title: "You appear to be offline", detail: "Dashboards need a connection to Power BI. Check your connection, then try again.", action: "retry" };
    case "not-configured":
      return { kind, title: "This dashboard isn't set up yet", detail: `Its Power BI workspace or report id is missing or mistyped. Let ${owner} know.`, action: "none" };
    case "timeout":
      return { kind, title: "The report is taking longer than usual", detail: "Power BI may be busy. Try again, or open the report in Power BI.", action: "retry" };
    case "report-error":
      return { kind, title: "The report couldn't be shown", detail: "Power BI reported a problem opening it. Try again; if it keeps happening, open it in Power BI or tell the data lead.", action: "retry" };
  }
}
