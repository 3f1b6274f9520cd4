import { Badge, Button, Link, MessageBar, MessageBarBody, Select, Switch, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular, FullScreenMaximize20Regular, Open20Regular } from "@fluentui/react-icons";
import { lazy, Suspense } from "react";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { COUNCIL_WIDE } from "../domain/catalogue";
import { type Dashboard, embeddable } from "../domain/dashboard";
import { frameStatus } from "../domain/dashboard-view-state";
import { departmentFilter, reportFilters, reportWebUrl } from "../domain/embed-config";
import { ProblemState } from "./ProblemState";
import { ShareActions } from "./ShareActions";
import { loadReportFrame, useDashboardView } from "./use-dashboard-view";

const ReportFrame = lazy(loadReportFrame);

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
    // The report is another page in a frame: its own focus ring is not ours to draw, so the frame
    // shows that keyboard focus is inside the report (WCAG 2.4.7).
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
  embed: { width: "100%", height: "100%", "& iframe": { border: "none", display: "block" } },
  overlay: { position: "absolute", inset: 0, display: "flex", alignItems: "center", justifyContent: "center", backgroundColor: tokens.colorNeutralBackground1 },
  status: { color: tokens.colorNeutralForeground2 },
});

/**
 * One dashboard: its report embedded with the viewer's own Power BI token, filtered to their
 * department where the entry says how, with page navigation, full screen, "Open in Power BI" and
 * sharing; and, when it cannot be shown, a plain explanation in its place.
 */
export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const { tokens, hostKind } = useServices();
  const { state, dispatch, controller, embedConfig, signIn, department, embedOrigin } = useDashboardView(dashboard);
  const { phase, load: loadState, slow, pages, activePage, byDepartment, warning, offline, attempt } = state;
  const canFilter = departmentFilter(dashboard, department) !== null;
  const retry = () => dispatch({ type: "retry" });
  const openUrl = reportWebUrl(embedOrigin, dashboard, activePage, reportFilters(dashboard, department, byDepartment));

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
            <Select id="dashboard-page" value={activePage ?? ""} disabled={pages.length === 0} onChange={(_, data) => dispatch({ type: "choose-page", name: data.value })}>
              {pages.length === 0 && <option value="">Loading pages…</option>}
              {pages.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.displayName}
                </option>
              ))}
            </Select>
          </div>
          {canFilter && <Switch label={`Only ${department}`} checked={byDepartment} disabled={loadState === "loading"} onChange={(_, data) => dispatch({ type: "filter-by-department", on: data.checked })} />}
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
                onEvent={(event) => dispatch({ type: "report", event })}
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
        {frameStatus(state)}
      </Text>
      <ShareActions dashboardId={dashboard.id} title={dashboard.title} />
    </div>
  );
}
