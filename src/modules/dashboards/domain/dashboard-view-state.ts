import { AuthError } from "../../../core/auth/token-provider";
import { type DashboardProblemKind, isFatal, problemFromReportError, type ReportErrorLike, reportErrorKind, tokenProblemKind } from "./problems";

/**
 * One dashboard screen as a state machine: getting the viewer's token, embedding, the report's own
 * events, page and filter changes, going offline, retrying. Pure: the screen's hook (ui/use-dashboard-view.ts)
 * feeds it events and carries out the effects it asks for (count the open, read the pages, renew the
 * token), so every path is unit-tested without a browser (test/unit/dashboards-view-state.test.ts).
 */

export interface ReportPage {
  name: string;
  displayName: string;
}

/** What the embedded report tells the screen. */
export type ReportFrameEvent =
  | { type: "loaded" }
  | { type: "rendered" }
  | { type: "page-changed"; page: ReportPage }
  | { type: "error"; error: ReportErrorLike }
  | { type: "renewed"; renewals: number }
  | { type: "renewal-failed"; error: AuthError };

export type Phase =
  | { kind: "preparing" }
  | { kind: "embedding"; token: string }
  | { kind: "problem"; problem: DashboardProblemKind; cause?: unknown }
  | { kind: "signed-out"; error: AuthError }
  | { kind: "error"; error: unknown };

export type LoadState = "loading" | "loaded" | "rendered";

export interface DashboardViewState {
  /** Each retry is a new attempt: a new token, a new embed. */
  attempt: number;
  phase: Phase;
  load: LoadState;
  /** The report has not said "loaded" within SLOW_REPORT_MS. */
  slow: boolean;
  pages: readonly ReportPage[];
  activePage: string | null;
  /** Whether the report is filtered to the viewer's department (where the entry says how). */
  byDepartment: boolean;
  warning: string | null;
  offline: boolean;
  /** The attempt whose open was counted, so a re-render or a second "loaded" never counts twice. */
  countedAttempt: number;
}

export type DashboardViewEvent =
  | { type: "open"; embeddable: boolean; online: boolean }
  | { type: "token"; token: string }
  | { type: "token-failed"; error: unknown }
  | { type: "report"; event: ReportFrameEvent }
  | { type: "pages"; pages: readonly ReportPage[] }
  | { type: "slow" }
  | { type: "connection"; online: boolean }
  | { type: "choose-page"; name: string }
  | { type: "page-failed" }
  | { type: "filter-by-department"; on: boolean }
  | { type: "filter-failed" }
  | { type: "retry" }
  | { type: "sign-in-failed"; error: unknown };

/** What the hook must do after a transition: the pure machine never does I/O itself. */
export type DashboardViewEffect = "get-token" | "count-open" | "read-pages" | "renew-token" | "set-page" | "set-filters";

export interface Transition {
  state: DashboardViewState;
  effects: DashboardViewEffect[];
}

export function initialDashboardView(pageName: string | null, online: boolean): DashboardViewState {
  return { attempt: 0, phase: { kind: "preparing" }, load: "loading", slow: false, pages: [], activePage: pageName, byDepartment: true, warning: null, offline: !online, countedAttempt: -1 };
}

const stay = (state: DashboardViewState, effects: DashboardViewEffect[] = []): Transition => ({ state, effects });

function failedToken(error: unknown): Phase {
  const problem = tokenProblemKind(error);
  if (problem) return { kind: "problem", problem, cause: error };
  if (error instanceof AuthError) return { kind: "signed-out", error };
  return { kind: "error", error };
}

function onReport(state: DashboardViewState, event: ReportFrameEvent): Transition {
  switch (event.type) {
    case "loaded": {
      const first = state.countedAttempt !== state.attempt;
      return stay({ ...state, load: "loaded", slow: false, countedAttempt: state.attempt }, first ? ["count-open", "read-pages"] : ["read-pages"]);
    }
    case "rendered":
      return stay({ ...state, load: "rendered" });
    case "page-changed":
      return stay({ ...state, activePage: event.page.name });
    case "renewed":
      return stay(state);
    case "renewal-failed":
      return stay({ ...state, phase: { kind: "signed-out", error: event.error } });
    case "error": {
      const kind = reportErrorKind(event.error);
      if (kind === "token-expired") return stay(state, ["renew-token"]);
      // Before the report has loaded, or when the report as a whole is refused, nothing useful is on screen.
      if (state.load === "loading" || isFatal(kind)) return stay({ ...state, phase: { kind: "problem", problem: problemFromReportError(kind), cause: event.error } });
      return stay({ ...state, warning: "Part of this report couldn't be shown. Try again, or open it in Power BI." });
    }
  }
}

/** The next state, and what to do, for an event. */
export function dashboardViewTransition(state: DashboardViewState, event: DashboardViewEvent): Transition {
  switch (event.type) {
    case "open": {
      const fresh: DashboardViewState = { ...state, phase: { kind: "preparing" }, load: "loading", slow: false, warning: null, pages: [], byDepartment: true };
      if (!event.embeddable) return stay({ ...fresh, phase: { kind: "problem", problem: "not-configured" } });
      if (!event.online) return stay({ ...fresh, phase: { kind: "problem", problem: "offline" } });
      return stay(fresh, ["get-token"]);
    }
    case "token":
      return state.phase.kind === "preparing" ? stay({ ...state, phase: { kind: "embedding", token: event.token } }) : stay(state);
    case "token-failed":
      return state.phase.kind === "preparing" ? stay({ ...state, phase: failedToken(event.error) }) : stay(state);
    case "report":
      return state.phase.kind === "embedding" ? onReport(state, event.event) : stay(state);
    case "pages":
      return stay({ ...state, pages: event.pages });
    case "slow":
      return state.phase.kind === "embedding" && state.load === "loading" ? stay({ ...state, slow: true }) : stay(state);
    case "connection":
      return stay({ ...state, offline: !event.online });
    case "choose-page":
      return stay({ ...state, activePage: event.name }, ["set-page"]);
    case "page-failed":
      return stay({ ...state, warning: "That page couldn't be opened. It may have been renamed in Power BI." });
    case "filter-by-department":
      return stay({ ...state, byDepartment: event.on }, ["set-filters"]);
    case "filter-failed":
      return stay({ ...state, warning: "The department filter couldn't be changed. Try again." });
    case "retry":
      return stay({ ...state, attempt: state.attempt + 1 });
    case "sign-in-failed":
      return stay({ ...state, phase: event.error instanceof AuthError ? { kind: "signed-out", error: event.error } : { kind: "error", error: event.error } });
  }
}

/** What the screen announces about the report, for screen readers. */
export function frameStatus(state: Pick<DashboardViewState, "phase" | "load">): string {
  if (state.phase.kind !== "embedding") return "";
  return state.load === "loading" ? "Opening the report…" : "Report ready.";
}
