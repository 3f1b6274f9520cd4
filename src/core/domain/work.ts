/**
 * "My work": what needs the signed-in person now, from every module (each module's `work` reader,
 * core/module.ts). Pure: grouping, order, counts and the one-sentence summary Home shows. Time is
 * passed in.
 */

/** The groups My work shows, in this order. */
export const WORK_KINDS = ["approve", "update", "review", "read", "coming-up"] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const WORK_KIND_LABELS: Readonly<Record<WorkKind, string>> = {
  approve: "To approve",
  update: "To update",
  review: "To review",
  read: "To read",
  "coming-up": "Coming up",
};

/** One thing that needs the person, as a module's work reader reports it. */
export interface WorkItem {
  /** Unique within the module (e.g. "action-12"); with the module id, unique in My work. */
  key: string;
  moduleId: string;
  kind: WorkKind;
  title: string;
  /** A hub route without "#/", e.g. "actions/12": the item itself. */
  route: string;
  /** The day it is due (YYYY-MM-DD), if it has one. */
  due: string | null;
  overdue: boolean;
  /** A short line under the title (a status, a session's place). */
  detail?: string;
}

/** An item and the e-mail of the person it needs (for reminders the data lead's opening sends). */
export interface OwnedWorkItem {
  item: WorkItem;
  recipientEmail: string;
}

export interface WorkGroup {
  kind: WorkKind;
  label: string;
  items: WorkItem[];
  overdue: number;
}

/** The calendar day (UTC) of a date, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether a due day has passed (due today is not overdue). */
export function isPastDue(due: string | null | undefined, today: Date): boolean {
  return !!due && due.slice(0, 10) < dayOf(today);
}

/** Whole days from today to the due day (negative when past). */
export function daysUntil(due: string, today: Date): number {
  const [y, m, d] = due.slice(0, 10).split("-").map(Number) as [number, number, number];
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}

/** Overdue first, then the soonest due, then undated; A to Z within a day. */
export function compareWork(a: WorkItem, b: WorkItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.title.localeCompare(b.title, "en-GB");
}

/** The non-empty groups, in WORK_KINDS order, each sorted; an item reported twice is shown once. */
export function groupWork(items: readonly WorkItem[]): WorkGroup[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const id = `${item.moduleId}/${item.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return WORK_KINDS.map((kind) => {
    const inKind = unique.filter((i) => i.kind === kind).sort(compareWork);
    return { kind, label: WORK_KIND_LABELS[kind], items: inKind, overdue: inKind.filter((i) => i.overdue).length };
  }).filter((g) => g.items.length > 0);
}

export interface WorkCounts {
  total: number;
  overdue: number;
  byKind: Readonly<Record<WorkKind, number>>;
}

export function workCounts(items: readonly WorkItem[]): WorkCounts {
  const groups = groupWork(items);
  const byKind = Object.fromEntries(WORK_KINDS.map((k) => [k, groups.find((g) => g.kind === k)?.items.length ?? 0])) as Record<WorkKind, number>;
  return { total: groups.reduce((n, g) => n + g.items.length, 0), overdue: groups.reduce((n, g) => n + g.overdue, 0), byKind };
}

/** "3 things need you. To approve: 1; To update: 1 (1 overdue); Coming up: 1." */
export function workSummary(items: readonly WorkItem[]): string {
  const groups = groupWork(items);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  if (total === 0) return "Nothing needs you right now.";
  const parts = groups.map((g) => `${g.label}: ${g.items.length}${g.overdue > 0 ? ` (${g.overdue} overdue)` : ""}`);
  return `${total} ${total === 1 ? "thing needs" : "things need"} you. ${parts.join("; ")}.`;
}

/** What a module's reader could not read, in plain words, shown beside everything that was read. */
export interface WorkNote {
  moduleId: string;
  moduleTitle: string;
  message: string;
}

export interface MyWork {
  items: WorkItem[];
  notes: WorkNote[];
}

/** The note for a module whose reader failed: which module, and what went wrong in plain words. */
export function workNote(moduleId: string, moduleTitle: string, failureTitle: string): WorkNote {
  return { moduleId, moduleTitle, message: `${moduleTitle}: what needs you there could not be shown. ${failureTitle.replace(/\.?$/, ".")}` };
}
