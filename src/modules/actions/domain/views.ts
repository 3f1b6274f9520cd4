import { type Filter, filterFor } from "../../../core/domain/odata";
import { WHAT_NEXT_PRINCIPLE } from "../../../core/domain/principles";
import { actionsList } from "../lists";
import { ACTION_STATUSES, type Action, type ActionStatus } from "./action";
import { isDueWithin, isOverdue } from "./rag";

export const ACTION_VIEWS = ["principle", "mine", "service", "overdue", "due-soon"] as const;
export type ActionView = (typeof ACTION_VIEWS)[number];

export const VIEW_LABELS: Record<ActionView, string> = {
  principle: "By principle",
  mine: "My actions",
  service: "My service",
  overdue: "Overdue",
  "due-soon": "Due in 30 days",
};

export const SORT_KEYS = ["principle", "due", "title", "status", "modified"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Group headings, as Microsoft Lists offers them: none, or one heading per principle, service or status. */
export const GROUP_KEYS = ["none", "principle", "service", "status"] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

/** Everything that decides what the tracker shows; lives in the URL so a link shares it. */
export interface ActionFilters {
  view: ActionView;
  /** A principle key, or "what-next" for the cross-cutting actions. */
  principle?: string;
  status?: ActionStatus;
  search?: string;
  sort: SortKey;
  /** Sorted the other way round (a second click on a column header). */
  descending?: boolean;
  /** Group headings; none when absent. */
  group?: GroupKey;
}

export const WHAT_NEXT = WHAT_NEXT_PRINCIPLE.key;
export const DUE_SOON_DAYS = 30;

export function filtersFromParams(params: URLSearchParams): ActionFilters {
  const view = params.get("view");
  const status = params.get("status");
  const sort = params.get("sort");
  const group = params.get("group");
  return {
    view: (ACTION_VIEWS as readonly string[]).includes(view ?? "") ? (view as ActionView) : "principle",
    principle: params.get("principle") || undefined,
    status: (ACTION_STATUSES as readonly string[]).includes(status ?? "") ? (status as ActionStatus) : undefined,
    search: params.get("q") || undefined,
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as SortKey) : "principle",
    descending: params.get("dir") === "desc" || undefined,
    group: (GROUP_KEYS as readonly string[]).includes(group ?? "") ? (group as GroupKey) : "none",
  };
}

export function filtersToParams(filters: ActionFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.view !== "principle") params.view = filters.view;
  if (filters.principle) params.principle = filters.principle;
  if (filters.status) params.status = filters.status;
  if (filters.search) params.q = filters.search;
  if (filters.sort !== "principle") params.sort = filters.sort;
  if (filters.descending) params.dir = "desc";
  if (filters.group && filters.group !== "none") params.group = filters.group;
  return params;
}

/** Who is looking: "mine" and "my service" depend on it. */
export interface Viewer {
  siteUserId: number;
  service: string | null;
}

function startOfDay(today: Date, plusDays = 0): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + plusDays));
}

/**
 * The OData filter SharePoint evaluates for a view. Only indexed columns (PrincipleKey, Status,
 * ActionOwner, Service, DueDate) appear; on a large list it runs inside Id windows of 5,000,
 * so the threshold never refuses it. Free-text search is applied in the browser.
 */
export function serverFilter(filters: ActionFilters, viewer: Viewer, today: Date): Filter<typeof actionsList> | undefined {
  const f = filterFor(actionsList);
  const open = f.and(f.ne("Status", "Complete"), f.ne("Status", "Cancelled"));
  const byView = {
    principle: undefined,
    mine: f.eq("ActionOwnerId", viewer.siteUserId),
    service: viewer.service ? f.eq("Service", viewer.service) : f.isNull("Service"),
    overdue: f.and(f.lt("DueDate", startOfDay(today)), open),
    "due-soon": f.and(f.ge("DueDate", startOfDay(today)), f.le("DueDate", startOfDay(today, DUE_SOON_DAYS)), open),
  }[filters.view];
  const byPrinciple = !filters.principle ? undefined : filters.principle === WHAT_NEXT ? f.isNull("PrincipleKey") : f.eq("PrincipleKey", filters.principle);
  return f.and(byView, byPrinciple, filters.status ? f.eq("Status", filters.status) : undefined);
}

/**
 * The same rules in the browser, so the list stays right after a local save without a
 * reload, and search works as you type.
 */
export function matchesFilters(action: Action, filters: ActionFilters, viewer: Viewer, today: Date): boolean {
  if (filters.view === "mine" && action.ownerId !== viewer.siteUserId) return false;
  if (filters.view === "service" && (action.service ?? null) !== viewer.service) return false;
  if (filters.view === "overdue" && !isOverdue(action, today)) return false;
  if (filters.view === "due-soon" && !isDueWithin(action, today, DUE_SOON_DAYS)) return false;
  if (filters.principle && (filters.principle === WHAT_NEXT ? action.principleKey !== null : action.principleKey !== filters.principle)) return false;
  if (filters.status && action.status !== filters.status) return false;
  if (filters.search?.trim()) {
    const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
    const haystack = [action.title, action.detail, action.ownerName, action.service, action.latestUpdate].filter(Boolean).join(" ").toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

export function sortActions(actions: Action[], sort: SortKey, principleOrder: readonly string[], descending = false): Action[] {
  const principleRank = (a: Action) => (a.principleKey === null ? principleOrder.length : Math.max(0, principleOrder.indexOf(a.principleKey)));
  const byDue = (a: Action, b: Action) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999");
  const compare: Record<SortKey, (a: Action, b: Action) => number> = {
    principle: (a, b) => principleRank(a) - principleRank(b) || a.id - b.id,
    due: (a, b) => byDue(a, b) || a.id - b.id,
    title: (a, b) => a.title.localeCompare(b.title, "en-GB") || a.id - b.id,
    status: (a, b) => ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status) || a.id - b.id,
    modified: (a, b) => b.modified.localeCompare(a.modified) || a.id - b.id,
  };
  const chosen = compare[sort];
  return [...actions].sort(descending ? (a, b) => chosen(b, a) : chosen);
}

/** A column header's click: sort by that column, or the other way round if it already is. */
export function sortedBy(filters: ActionFilters, sort: SortKey): ActionFilters {
  return filters.sort === sort ? { ...filters, descending: !filters.descending || undefined } : { ...filters, sort, descending: undefined };
}

/** One row of the tracker's table: a group heading, or an action under it. */
export type TrackerRow = { kind: "group"; key: string; label: string; count: number } | { kind: "action"; action: Action };

/**
 * The table's rows with group headings. Groups come in the strategy's order (principles), the
 * workflow's order (status) or A to Z (services, with "No service" last); within a group the
 * chosen sort holds, because the actions arrive sorted.
 */
export function groupedRows(sorted: Action[], group: GroupKey | undefined, principleTitle: (key: string | null) => string, principleOrder: readonly string[]): TrackerRow[] {
  if (!group || group === "none") return sorted.map((action) => ({ kind: "action", action }));
  const keyOf = (a: Action): string => (group === "principle" ? (a.principleKey ?? WHAT_NEXT) : group === "service" ? (a.service ?? "") : a.status);
  const labelOf = (a: Action): string => (group === "principle" ? principleTitle(a.principleKey) : group === "service" ? (a.service ?? "No service") : a.status);
  const rank = (key: string): number | string =>
    group === "principle" ? (key === WHAT_NEXT ? principleOrder.length : principleOrder.indexOf(key)) : group === "status" ? ACTION_STATUSES.indexOf(key as ActionStatus) : key === "" ? "\uffff" : key.toLocaleLowerCase("en-GB");
  const groups = new Map<string, { label: string; actions: Action[] }>();
  for (const action of sorted) {
    const key = keyOf(action);
    const found = groups.get(key) ?? { label: labelOf(action), actions: [] };
    found.actions.push(action);
    groups.set(key, found);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => {
    const [ra, rb] = [rank(a), rank(b)];
    return typeof ra === "number" && typeof rb === "number" ? ra - rb : String(ra).localeCompare(String(rb), "en-GB");
  });
  return ordered.flatMap(([key, { label, actions }]) => [{ kind: "group" as const, key, label, count: actions.length }, ...actions.map((action) => ({ kind: "action" as const, action }))]);
}

/** What narrows the list, as chips a person can see and remove one at a time. */
export type AppliedFilter = { key: "principle" | "status" | "search"; label: string };

export function appliedFilters(filters: ActionFilters, principleTitle: (key: string | null) => string): AppliedFilter[] {
  const applied: AppliedFilter[] = [];
  if (filters.principle) applied.push({ key: "principle", label: `Principle: ${principleTitle(filters.principle === WHAT_NEXT ? null : filters.principle)}` });
  if (filters.status) applied.push({ key: "status", label: `Status: ${filters.status}` });
  if (filters.search?.trim()) applied.push({ key: "search", label: `Search: ${filters.search.trim()}` });
  return applied;
}

export function withoutFilter(filters: ActionFilters, key: AppliedFilter["key"] | "all"): ActionFilters {
  const next = { ...filters };
  if (key === "principle" || key === "all") delete next.principle;
  if (key === "status" || key === "all") delete next.status;
  if (key === "search" || key === "all") delete next.search;
  return next;
}
