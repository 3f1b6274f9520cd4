import { Tab, TabList, Text, Title2 } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import type { ModulePageProps } from "../../../core/module";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { SideDrawer } from "../../../core/ui/SideDrawer";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { QUALITY_CAPABILITIES } from "../capabilities";
import { getEntry } from "../data/log-data";
import { loadQualityData } from "../data/quality-data";
import { loadTargetRules } from "../data/targets-data";
import { londonDay } from "../domain/log/dates";
import { type LogEntry, referenceText } from "../domain/log/issue";
import { issuesServerFilter, logFiltersFromParams, logFiltersToParams, reportsServerFilter } from "../domain/log/views";
import { IssueDetail } from "./log/IssueDetail";
import { LogView } from "./log/LogView";
import { ReportPage } from "./log/ReportPage";
import { useLog } from "./log/use-log";
import { useQualityStyles } from "./parts";

// The validation screen brings the rule form and the worker client: loaded only when opened.
const ValidateView = lazy(() => import("./validate/ValidateView"));
const AuditsView = lazy(() => import("./AuditsView"));
const FiguresView = lazy(() => import("./FiguresView"));
const SettingsView = lazy(() => import("./SettingsView"));

type Section = "log" | "report" | "validate" | "audits" | "figures" | "settings";
const SECTION_LABELS: Record<Section, string> = { log: "The log", report: "Report a problem", validate: "Validate a dataset", audits: "Audits", figures: "Figures", settings: "Targets" };

/** Data quality: the log of reported problems, triage, audits, figures and validation. */
export default function QualityPage({ rest, params }: ModulePageProps) {
  const styles = useQualityStyles();
  const { sp, person, capabilities } = useServices();
  const today = useMemo(() => londonDay(new Date()), []);
  const canTriage = capabilities.has(QUALITY_CAPABILITIES.triage);
  const sections: Section[] = [
    "log",
    "report",
    "validate",
    "audits",
    ...(capabilities.has(QUALITY_CAPABILITIES.figures) ? (["figures"] as const) : []),
    ...(capabilities.has(QUALITY_CAPABILITIES.targets) ? (["settings"] as const) : []),
  ];
  // An issue opens in a drawer over the section it was opened from (#/quality/issue/12 over the log,
  // #/quality/validate/issue/12 over a validation run), so closing it returns to that section as it was.
  const section: Section = sections.includes(rest[0] as Section) ? (rest[0] as Section) : "log";
  const issueAt = rest[0] === "issue" ? 1 : rest[1] === "issue" ? 2 : -1;
  const opened = issueAt > 0 && /^\d+$/.test(rest[issueAt] ?? "") ? Number(rest[issueAt]) : undefined;

  const context = useAsync(async () => {
    const [siteUserId, rules] = await Promise.all([currentSiteUserId(sp), loadTargetRules(sp)]);
    return { viewer: { siteUserId, service: person.profile.department }, rules };
  }, [sp, person]);
  const ready = context.status === "ready" ? context.value : undefined;

  // The same filters object while the address stays the same, so the view's sorting is not redone each render.
  const paramsKey = params.toString();
  const filters = useMemo(() => logFiltersFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const paramsObject = logFiltersToParams(filters);
  // Only "mine" needs the person's site user id; other views start loading with the page's context.
  const early = filters.view === "mine" ? undefined : { siteUserId: 0, service: person.profile.department };
  const viewer = ready?.viewer ?? early;
  const log = useLog(viewer ? issuesServerFilter(filters, viewer, today) : "none", viewer ? reportsServerFilter(filters, viewer) : "none", section === "log" && Boolean(viewer));

  // Started with the page, not after the figures' code arrives: the two downloads overlap.
  const figures = useAsync(async () => (section === "figures" ? loadQualityData(sp) : null), [sp, section === "figures"]);
  const detail = useAsync(async () => (opened === undefined ? null : getEntry(sp, opened)), [sp, opened]);
  // A save returns the entry as saved: shown in place, so the drawer (and what it announced) stays.
  const [latest, setLatest] = useState<LogEntry | null>(null);
  useEffect(() => setLatest(null), [opened]);
  const upsert = log.upsert;
  const onSaved = useCallback(
    (entry: LogEntry) => {
      upsert(entry);
      setLatest(entry);
    },
    [upsert],
  );
  const shown = latest && latest.reference === opened ? latest : detail.status === "ready" ? detail.value : null;
  const close = () => navigate(section === "log" ? routeHref("quality", [], paramsObject) : routeHref("quality", [section]));

  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Data quality
        </Title2>
        <Text as="p">Report a problem with the council's data, follow it to a fix, audit datasets and check them against their rules.</Text>
      </div>
      <TabList className={styles.tabs} selectedValue={section} onTabSelect={(_, d) => navigate(routeHref("quality", d.value === "log" ? [] : [String(d.value)]))} aria-label="Data quality sections">
        {sections.map((s) => (
          <Tab key={s} value={s}>
            {SECTION_LABELS[s]}
          </Tab>
        ))}
      </TabList>
      {context.status === "error" && <ErrorState error={context.error} onRetry={context.reload} />}
      {section === "report" && <ReportPage params={params} />}
      {section === "log" && (ready ? <LogView filters={filters} log={log} viewer={ready.viewer} rules={ready.rules} today={today} /> : context.status === "loading" && <Loading label="Opening the data quality log…" />)}
      <Suspense fallback={<Loading label="Loading…" />}>
        {section === "validate" && <ValidateView params={params} />}
        {section === "audits" && <AuditsView today={today} />}
        {section === "figures" && <FiguresView today={today} data={figures} />}
        {section === "settings" && ready && <SettingsView />}
      </Suspense>
      <SideDrawer open={opened !== undefined} onClose={close} title={shown ? shown.title || referenceText(shown.reference) : opened !== undefined ? referenceText(opened) : "Issue"}>
          {!shown && detail.status === "loading" && <Loading label="Loading the issue…" />}
          {!shown && detail.status === "error" && <ErrorState error={detail.error} onRetry={detail.reload} />}
          {!shown && detail.status === "ready" && <EmptyState title={`There is no ${opened !== undefined ? referenceText(opened) : "such issue"}`}>It may have been deleted, or the link may be mistyped.</EmptyState>}
          {shown && ready && <IssueDetail entry={shown} rules={ready.rules} today={today} viewerId={ready.viewer.siteUserId} canTriage={canTriage} onSaved={onSaved} />}
      </SideDrawer>
    </div>
  );
}
