import { Badge, Button, Link, MessageBar, MessageBarBody, Select, Switch, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular, FullScreenMaximize20Regular, Open20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_POWER_BI } from "../../../core/auth/config";
import { AuthError } from "../../../core/auth/token-provider";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { recordOpen } from "../data/usage-data";
import { COUNCIL_WIDE } from "../domain/catalogue";
import { type Dashboard, embeddable } from "../domain/dashboard";
import { departmentFilter, embedConfiguration, reportFilters, reportWebUrl } from "../domain/embed-config";
import { type DashboardProblemKind, isFatal, problemFromReportError, reportErrorKind, tokenProblemKind } from "../domain/problems";
import { ProblemState } from "./ProblemState";
import type { ReportController, ReportFrameEvent, ReportPage } from "./report-frame-types";
import { ShareActions } from "./ShareActions";

// Power BI's libraries come with this chunk only, fetched when a dashboard is opened.
const loadReportFrame = () => import("./ReportFrame");
const ReportFrame = lazy(loadReportFrame);

/** How long a report may take to say "loaded" before we say it is slow (it keeps loading). */
export const SLOW_REPORT_MS = 45_000;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
  pageField: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "12rem" },
  frame: {
    position: "relative",
    width: "100%",
    height: "min(75vh, 56rem)",
    minHeight: "30rem",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  embed: { width: "100%", height: "100%", "& iframe": { border: "none", display: "block" } },
  overlay: { position: "absolute", inset: 0, display: "flex", alignItems: "center", justifyContent: "center", backgroundColor: tokens.colorNeutralBackground1 },
  status: { color: tokens.colorNeutralForeground2 },
});

type Phase =
  | { kind: "preparing" }
  | { kind: "embedding"; token: string }
  | { kind: "problem"; problem: DashboardProblemKind; cause?: unknown }
  | { kind: "signed-out"; error: AuthError }
  | { kind: "error"; error: unknown };

type LoadState = "loading" | "loaded" | "rendered";

/**
 * One dashboard: its report embedded with the viewer's own Power BI token, filtered to their
 * department where the entry says how, with page navigation, full screen, "Open in Power BI" and
 * sharing; and, when it cannot be shown, a plain explanation in its place.
 */
export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const services = useServices();
  const { tokens, person, sp, hostKind } = services;
  const endpoints = services.powerBi ?? DEFAULT_POWER_BI;
  const department = person.profile.department;
  const canFilter = departmentFilter(dashboard, department) !== null;

  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: "preparing" });
  const [loadState, setLoadState] = useState<LoadState>("loading");
  const [slow, setSlow] = useState(false);
  const [pages, setPages] = useState<ReportPage[]>([]);
  const [activePage, setActivePage] = useState<string | null>(dashboard.pageName);
  const [byDepartment, setByDepartment] = useState(true);
  const [warning, setWarning] = useState<string | null>(null);
  const [offline, setOffline] = useState(() => typeof navigator !== "undefined" && navigator.onLine === false);
  const controller = useRef<ReportController | null>(null);
  const counted = useRef(-1);
  // Events can arrive faster than React renders (loaded, rendered, error in one burst): the
  // handler reads this, kept current synchronously, rather than the last rendered state.
  const loadStateRef = useRef<LoadState>("loading");
  const markLoadState = (state: LoadState) => {
    loadStateRef.current = state;
    setLoadState(state);
  };

  // Get the viewer's Power BI token and the report frame's code together, then embed.
  useEffect(() => {
    let cancelled = false;
    setPhase({ kind: "preparing" });
    markLoadState("loading");
    setSlow(false);
    setWarning(null);
    setPages([]);
    setByDepartment(true);
    if (!embeddable(dashboard)) {
      setPhase({ kind: "problem", problem: "not-configured" });
      return;
    }
    if (navigator.onLine === false) {
      setPhase({ kind: "problem", problem: "offline" });
      return;
    }
    const frameCode = loadReportFrame();
    Promise.all([tokens.getToken("powerbi"), frameCode]).then(
      ([token]) => !cancelled && setPhase({ kind: "embedding", token }),
      (error: unknown) => {
        if (cancelled) return;
        const problem = tokenProblemKind(error);
        if (problem) setPhase({ kind: "problem", problem, cause: error });
        else if (error instanceof AuthError) setPhase({ kind: "signed-out", error });
        else setPhase({ kind: "error", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [dashboard.id, attempt]);

  // Built once per opening (the token at that moment): later tokens go to the report itself.
  const embedConfig = useMemo(
    () => (phase.kind === "embedding" ? { ...embedConfiguration({ dashboard, embedOrigin: endpoints.embedOrigin, accessToken: phase.token, department }), accessToken: phase.token } : null),
    [phase],
  );

  useEffect(() => {
    if (phase.kind !== "embedding" || loadState !== "loading") return;
    const timer = setTimeout(() => setSlow(true), SLOW_REPORT_MS);
    return () => clearTimeout(timer);
  }, [phase, loadState]);

  useEffect(() => {
    const goOffline = () => setOffline(true);
    const goOnline = () => setOffline(false);
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
    };
  }, []);

  const retry = () => setAttempt((n) => n + 1);
  const signIn = tokens.signIn
    ? async () => {
        try {
          await tokens.signIn!("powerbi");
          retry();
        } catch (error) {
          setPhase(error instanceof AuthError ? { kind: "signed-out", error } : { kind: "error", error });
        }
      }
    : undefined;

  const onEvent = (event: ReportFrameEvent) => {
    switch (event.type) {
      case "loaded":
        // For `npm run bench` (time from click to report loaded) and anyone profiling: a mark costs nothing.
        performance.mark("datahub:dashboard-loaded");
        markLoadState("loaded");
        setSlow(false);
        if (counted.current !== attempt) {
          counted.current = attempt;
          // Engagement is a nicety: a failed count must never bother the person.
          recordOpen(sp, dashboard.id, department).catch((error: unknown) => console.warn("Data Hub: the dashboard open could not be counted", error));
        }
        controller.current
          ?.pages()
          .then(setPages)
          .catch((error: unknown) => console.warn("Data Hub: the report's pages could not be read", error));
        return;
      case "rendered":
        markLoadState("rendered");
        return;
      case "page-changed":
        setActivePage(event.page.name);
        return;
      case "renewed":
        return;
      case "renewal-failed":
        setPhase({ kind: "signed-out", error: event.error });
        return;
      case "error": {
        const kind = reportErrorKind(event.error);
        console.error("Data Hub: the Power BI report raised an error", event.error);
        if (kind === "token-expired") {
          controller.current?.tokenExpired();
          return;
        }
        // Before the report has loaded, or when the report as a whole is refused, nothing useful is on screen.
        if (loadStateRef.current === "loading" || isFatal(kind)) setPhase({ kind: "problem", problem: problemFromReportError(kind), cause: event.error });
        else setWarning("Part of this report couldn't be shown. Try again, or open it in Power BI.");
        return;
      }
    }
  };

  const changePage = (name: string) => {
    setActivePage(name);
    controller.current?.setPage(name).catch((error: unknown) => {
      console.error("Data Hub: the report page could not be opened", error);
      setWarning("That page couldn't be opened. It may have been renamed in Power BI.");
    });
  };

  const changeDepartmentFilter = (on: boolean) => {
    setByDepartment(on);
    controller.current?.setFilters(reportFilters(dashboard, department, on)).catch((error: unknown) => {
      console.error("Data Hub: the report's filters could not be changed", error);
      setWarning("The department filter couldn't be changed. Try again.");
    });
  };

  const openUrl = reportWebUrl(endpoints.embedOrigin, dashboard, activePage, reportFilters(dashboard, department, byDepartment));
  const frameStatus = phase.kind !== "embedding" ? "" : loadState === "loading" ? "Opening the report…" : "Report ready.";

  return (
    <div className={styles.page}>
      <Link href={routeHref("dashboards")}>
        <ArrowLeft20Regular aria-hidden /> All dashboards
      </Link>
      <div className={styles.heading}>
        <Title2 as="h1">{dashboard.title}</Title2>
        {dashboard.description && <Text as="p">{dashboard.description}</Text>}
        <Text as="p" size={200} className={styles.meta}>
          {dashboard.department ?? COUNCIL_WIDE}
          {dashboard.ownerName ? ` · Owner: ${dashboard.ownerName}` : ""}
        </Text>
        {hostKind === "local" && (
          <div>
            <Badge appearance="outline" color="warning">
              Local mode: sample report from the Power BI stand-in
            </Badge>
          </div>
        )}
      </div>

      {phase.kind === "embedding" && (
        <div className={styles.toolbar}>
          <div className={styles.pageField}>
            <label htmlFor="dashboard-page">Page</label>
            <Select id="dashboard-page" value={activePage ?? ""} disabled={pages.length === 0} onChange={(_, data) => changePage(data.value)}>
              {pages.length === 0 && <option value="">Loading pages…</option>}
              {pages.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.displayName}
                </option>
              ))}
            </Select>
          </div>
          {canFilter && <Switch label={`Only ${department}`} checked={byDepartment} disabled={loadState === "loading"} onChange={(_, data) => changeDepartmentFilter(data.checked)} />}
          <Button icon={<FullScreenMaximize20Regular />} disabled={loadState === "loading"} onClick={() => controller.current?.fullscreen()}>
            Full screen
          </Button>
          <Link href={openUrl} target="_blank" rel="noopener noreferrer">
            <Open20Regular aria-hidden /> Open in Power BI
          </Link>
        </div>
      )}

      {offline && (
        <MessageBar intent="warning">
          <MessageBarBody>You're offline. The report keeps what is on screen; other pages and new data need a connection.</MessageBarBody>
        </MessageBar>
      )}
      {warning && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}

      {phase.kind === "preparing" && <Loading label="Opening the dashboard…" />}
      {phase.kind === "problem" && (
        <ProblemState kind={phase.problem} ownerName={dashboard.ownerName} cause={phase.cause} onRetry={retry} onSignIn={signIn} openInPowerBiUrl={embeddable(dashboard) ? openUrl : undefined} />
      )}
      {phase.kind === "signed-out" && (
        <>
          <ErrorState error={phase.error} onSignIn={signIn} onRetry={retry} />
          {!signIn && (
            <div>
              <Button onClick={retry}>Open the dashboard again</Button>
            </div>
          )}
        </>
      )}
      {phase.kind === "error" && <ErrorState error={phase.error} onRetry={retry} />}
      {phase.kind === "embedding" && embedConfig && (
        <>
          {slow && <ProblemState kind="timeout" onRetry={retry} openInPowerBiUrl={openUrl} />}
          <section aria-label={`${dashboard.title}: Power BI report`} className={styles.frame} data-report-state={loadState}>
            <Suspense fallback={<Loading label="Opening the report…" />}>
              <ReportFrame
                key={attempt}
                embedConfig={embedConfig}
                title={`${dashboard.title} (Power BI report)`}
                standIn={hostKind === "local"}
                getToken={() => tokens.getToken("powerbi")}
                onEvent={onEvent}
                onController={(c) => {
                  controller.current = c;
                }}
                className={styles.embed}
              />
            </Suspense>
            {loadState === "loading" && (
              <div className={styles.overlay}>
                <Loading label="Opening the report…" />
              </div>
            )}
          </section>
        </>
      )}
      <Text role="status" aria-live="polite" className={styles.status}>
        {frameStatus}
      </Text>
      <ShareActions dashboardId={dashboard.id} title={dashboard.title} />
    </div>
  );
}
