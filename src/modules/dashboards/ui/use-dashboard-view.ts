import { useCallback, useEffect, useMemo, useRef } from "react";
import { DEFAULT_POWER_BI } from "../../../core/auth/config";
import { useServices } from "../../../core/ui/services";
import { useMachine } from "../../../core/ui/use-machine";
import { recordOpen } from "../data/usage-data";
import { type Dashboard, embeddable } from "../domain/dashboard";
import { type DashboardViewEvent, dashboardViewTransition, initialDashboardView } from "../domain/dashboard-view-state";
import { embedConfiguration, reportFilters } from "../domain/embed-config";
import type { ReportController } from "./report-frame-types";

/** Power BI's libraries come with the frame's chunk only, fetched when a dashboard is opened. */
export const loadReportFrame = () => import("./ReportFrame");

/** How long a report may take to say "loaded" before we say it is slow (it keeps loading). */
export const SLOW_REPORT_MS = 45_000;

const isOnline = () => typeof navigator === "undefined" || navigator.onLine !== false;

/**
 * The dashboard screen's state (domain/dashboard-view-state.ts) and the effects it asks for: the
 * viewer's Power BI token, counting the open, reading pages, and driving the embedded report.
 */
export function useDashboardView(dashboard: Dashboard) {
  const services = useServices();
  const { tokens, person, sp } = services;
  const embedOrigin = (services.powerBi ?? DEFAULT_POWER_BI).embedOrigin;
  const department = person.profile.department;
  const { state, apply, latest } = useMachine(dashboardViewTransition, () => initialDashboardView(dashboard.pageName, isOnline()));
  const controller = useRef<ReportController | null>(null);

  const dispatch = useCallback(
    (event: DashboardViewEvent) => {
      if (event.type === "report" && event.event.type === "error") console.error("Data Hub: the Power BI report raised an error", event.event.error);
      const { state: next, effects } = apply(event);
      const attempt = next.attempt;
      for (const effect of effects) {
        switch (effect) {
          case "get-token":
            Promise.all([tokens.getToken("powerbi"), loadReportFrame()]).then(
              ([token]) => latest.current.attempt === attempt && dispatch({ type: "token", token }),
              (error: unknown) => latest.current.attempt === attempt && dispatch({ type: "token-failed", error }),
            );
            break;
          case "count-open":
            // For `npm run bench` (time from click to report loaded) and anyone profiling: a mark costs nothing.
            performance.mark("datahub:dashboard-loaded");
            // Engagement is a nicety: a failed count must never bother the person.
            recordOpen(sp, dashboard.id, department).catch((error: unknown) => console.warn("Data Hub: the dashboard open could not be counted", error));
            break;
          case "read-pages":
            controller.current
              ?.pages()
              .then((pages) => dispatch({ type: "pages", pages }))
              .catch((error: unknown) => console.warn("Data Hub: the report's pages could not be read", error));
            break;
          case "renew-token":
            controller.current?.tokenExpired();
            break;
          case "set-page":
            if (next.activePage)
              controller.current?.setPage(next.activePage).catch((error: unknown) => {
                console.error("Data Hub: the report page could not be opened", error);
                dispatch({ type: "page-failed" });
              });
            break;
          case "set-filters":
            controller.current?.setFilters(reportFilters(dashboard, department, next.byDepartment)).catch((error: unknown) => {
              console.error("Data Hub: the report's filters could not be changed", error);
              dispatch({ type: "filter-failed" });
            });
            break;
        }
      }
    },
    [apply, latest, tokens, sp, dashboard, department],
  );

  // Open on arrival and on every retry.
  useEffect(() => {
    dispatch({ type: "open", embeddable: embeddable(dashboard), online: isOnline() });
  }, [dashboard.id, state.attempt, dispatch]); // eslint-disable-line react-hooks/exhaustive-deps -- a new attempt or dashboard opens again; the entry's other fields do not

  const waitingForReport = state.phase.kind === "embedding" && state.load === "loading";
  useEffect(() => {
    if (!waitingForReport) return;
    const timer = setTimeout(() => dispatch({ type: "slow" }), SLOW_REPORT_MS);
    return () => clearTimeout(timer);
  }, [waitingForReport, state.attempt, dispatch]);

  useEffect(() => {
    const online = () => dispatch({ type: "connection", online: true });
    const offline = () => dispatch({ type: "connection", online: false });
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, [dispatch]);

  // Built once per opening (the token at that moment): later tokens go to the report itself, since
  // powerbi-client-react re-embeds on any change of its configuration.
  const token = state.phase.kind === "embedding" ? state.phase.token : null;
  const embedConfig = useMemo(
    () => (token ? { ...embedConfiguration({ dashboard, embedOrigin, accessToken: token, department }), accessToken: token } : null),
    [token], // eslint-disable-line react-hooks/exhaustive-deps -- only a new token (a new attempt) may re-embed
  );

  const signIn = tokens.signIn
    ? async () => {
        try {
          await tokens.signIn!("powerbi");
          dispatch({ type: "retry" });
        } catch (error) {
          dispatch({ type: "sign-in-failed", error });
        }
      }
    : undefined;

  return { state, dispatch, controller, embedConfig, signIn, department, embedOrigin };
}
