import { type Filter, filterFor } from "../../../../core/domain/odata";
import { issuesList, reportsList } from "../../lists";
import { calendarDaysBetween } from "./dates";
import { choiceOfDimension, type Dimension, DIMENSIONS, isOpen, isSeverity, isStatus, type IssueStatus, type LogEntry, type Severity } from "./issue";
import { defaultTargetDate, type TargetRule } from "./targets";

export const LOG_VIEWS = ["open", "mine", "service", "age", "overdue", "dataset", "dimension", "all"] as const;
export type LogView = (typeof LOG_VIEWS)[number];

export const LOG_VIEW_LABELS: Record<LogView, string> = {
  open: "Open",
  mine: "Mine",
  service: "My service",
  age: "Open by age",
  overdue: "Overdue",
  dataset: "By dataset",
  dimension: "By dimension",
  all: "All",
};

/** Everything that decides what the log shows; kept in the address, so a copied link opens the same view. */
export interface LogFilters {
  view: LogView;
  dataset?: string;
  dimension?: Dimension;
  severity?: Severity;
  status?: IssueStatus;
  search?: string;
}

export function logFiltersFromParams(params: URLSearchParams): LogFilters {
  const view = params.get("view");
  const dimension = params.get("dimension");
  const severity = params.get("severity");
  const status = params.get("status");
  return {
    view: (LOG_VIEWS as readonly string[]).includes(view ?? "") ? (view as LogView) : "open",
    ...(params.get("dataset") ? { dataset: params.get("dataset")! } : {}),
    ...((DIMENSIONS as readonly string[]).includes(dimension ?? "") ? { dimension: dimension as Dimension } : {}),
    ...(isSeverity(severity) ? { severity } : {}),
    ...(isStatus(status) ? { status } : {}),
    ...(params.get("q") ? { search: params.get("q")! } : {}),
  };
}

export function logFiltersToParams(filters: LogFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.view !== "open") params.view = filters.view;
  if (filters.dataset) params.dataset = filters.dataset;
  if (filters.dimension) params.dimension = filters.dimension;
  if (filters.severity) params.severity = filters.severity;
  if (filters.status) params.status = filters.status;
  if (filters.search) params.q = filters.search;
  return params;
}

/** Who is looking: "mine" and "my service" depend on it. */
export interface LogViewer {
  siteUserId: number;
  service: string | null;
}

const OPEN_VIEWS: readonly LogView[] = ["open", "age", "overdue"];

/**
 * The OData filter SharePoint evaluates on the log for a view: indexed columns only (Status,
 * ReporterId, IssueOwnerId, Service, TargetDate, Dataset, Dimension, Severity), so it runs inside the
 * large-list reader's Id windows at any size. Search is applied in the browser.
 */
export function issuesServerFilter(filters: LogFilters, viewer: LogViewer, today: string): Filter<typeof issuesList> | undefined | "none" {
  if (filters.status === "New") return "none";
  const f = filterFor(issuesList);
  const open = f.and(f.ne("Status", "Resolved"), f.ne("Status", "Won't fix"));
  const byView: Record<LogView, Filter<typeof issuesList> | undefined> = {
    open,
    mine: f.or(f.eq("ReporterId", viewer.siteUserId), f.eq("IssueOwnerId", viewer.siteUserId)),
    service: viewer.service ? f.eq("Service", viewer.service) : f.isNull("Service"),
    age: open,
    overdue: f.and(open, f.lt("TargetDate", new Date(`${today}T00:00:00Z`))),
    dataset: undefined,
    dimension: undefined,
    all: undefined,
  };
  return f.and(
    byView[filters.view],
    filters.dataset ? f.eq("Dataset", filters.dataset) : undefined,
    filters.dimension ? f.eq("Dimension", choiceOfDimension(filters.dimension)) : undefined,
    filters.severity ? f.eq("Severity", filters.severity) : undefined,
    filters.status ? f.eq("Status", filters.status) : undefined,
  );
}

/** The same for reports not yet triaged (all "New"); a view of closed issues asks for none. */
export function reportsServerFilter(filters: LogFilters, viewer: LogViewer): Filter<typeof reportsList> | undefined | "none" {
  if (filters.status && filters.status !== "New") return "none";
  const f = filterFor(reportsList);
  const byView: Partial<Record<LogView, Filter<typeof reportsList>>> = {
    mine: f.eq("AuthorId", viewer.siteUserId),
    service: viewer.service ? f.eq("Service", viewer.service) : f.isNull("Service"),
  };
  return f.and(
    byView[filters.view],
    filters.dataset ? f.eq("Dataset", filters.dataset) : undefined,
    filters.dimension ? f.eq("Dimension", choiceOfDimension(filters.dimension)) : undefined,
    filters.severity ? f.eq("Severity", filters.severity) : undefined,
  );
}

/** The target an entry is held to: the one set at triage, or, for a new report, what the severity rule would set. */
export function effectiveTarget(entry: LogEntry, rules: readonly TargetRule[]): string {
  return entry.targetDate ?? defaultTargetDate(entry.reportedAt, entry.severity, rules);
}

export function isOverdue(entry: LogEntry, rules: readonly TargetRule[], today: string): boolean {
  return isOpen(entry.status) && effectiveTarget(entry, rules) < today;
}

/** Calendar days since it was reported (open) or until it closed. */
export function ageInDays(entry: LogEntry, today: string): number {
  return Math.max(0, calendarDaysBetween(entry.reportedAt, entry.closedAt ?? today));
}

/** The same rules in the browser, so a saved change shows at once and search works as you type. */
export function matchesLog(entry: LogEntry, filters: LogFilters, viewer: LogViewer, rules: readonly TargetRule[], today: string): boolean {
  if (OPEN_VIEWS.includes(filters.view) && !isOpen(entry.status)) return false;
  if (filters.view === "overdue" && !isOverdue(entry, rules, today)) return false;
  if (filters.view === "mine" && entry.reporterId !== viewer.siteUserId && entry.ownerId !== viewer.siteUserId) return false;
  if (filters.view === "service" && (entry.service ?? null) !== viewer.service) return false;
  if (filters.dataset && entry.dataset !== filters.dataset) return false;
  if (filters.dimension && entry.dimension !== filters.dimension) return false;
  if (filters.severity && entry.severity !== filters.severity) return false;
  if (filters.status && entry.status !== filters.status) return false;
  if (filters.search?.trim()) {
    const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
    const haystack = [`dq-${entry.reference}`, entry.title, entry.dataset, entry.service, entry.ownerName, entry.reporterName].filter(Boolean).join(" ").toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

const SEVERITY_RANK: Record<Severity, number> = { Critical: 0, High: 1, Medium: 2, Low: 3 };

/** Open by age: the oldest first; every other view: the newest report first. */
export function sortLog(entries: readonly LogEntry[], view: LogView): LogEntry[] {
  const byReported = (a: LogEntry, b: LogEntry) => a.reportedAt.localeCompare(b.reportedAt) || a.reference - b.reference;
  if (view === "age" || view === "overdue") return [...entries].sort(byReported);
  return [...entries].sort((a, b) => byReported(b, a) || SEVERITY_RANK[a.severity ?? "Low"] - SEVERITY_RANK[b.severity ?? "Low"]);
}

/** Counts for the "by dataset" and "by dimension" views: open and all, per group, busiest first. */
export interface GroupCount {
  key: string;
  open: number;
  overdue: number;
  total: number;
}

export function countBy(entries: readonly LogEntry[], keyOf: (e: LogEntry) => string, rules: readonly TargetRule[], today: string): GroupCount[] {
  const groups = new Map<string, GroupCount>();
  for (const e of entries) {
    const key = keyOf(e);
    const g = groups.get(key) ?? { key, open: 0, overdue: 0, total: 0 };
    g.total++;
    if (isOpen(e.status)) g.open++;
    if (isOverdue(e, rules, today)) g.overdue++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.open - a.open || b.total - a.total || a.key.localeCompare(b.key, "en-GB"));
}
