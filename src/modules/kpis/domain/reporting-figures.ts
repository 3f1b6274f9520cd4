import type { CalendarDate } from "./calendar-date";
import type { OccurrenceStatus } from "./occurrence-state";
import { periodContaining } from "./periods";

/**
 * Timeliness of the reporting calendar, for the strategy's measure "Track the completion and
 * timeliness of the reporting calendar". An occurrence counts once it is submitted or its
 * deadline has passed; one still in time and not yet submitted is not counted either way, and
 * "Not recorded" ones (before Data Hub) are left out.
 *
 * - on-time rate = submitted on or before the deadline ÷ counted
 * - completion = submitted at all (on time or late) ÷ counted
 */
export interface Timeliness {
  /** Group key (a quarter key, a person key) and what a person reads. */
  group: string;
  label: string;
  onTime: number;
  late: number;
  overdue: number;
  counted: number;
  /** Null when nothing is counted yet: never 100% by default. */
  onTimeRate: number | null;
  completionRate: number | null;
}

interface Tally {
  label: string;
  order: number;
  onTime: number;
  late: number;
  overdue: number;
}

const isCounted = (s: OccurrenceStatus) => s.state === "Submitted on time" || s.state === "Submitted late" || s.state === "Overdue";

function finish(group: string, t: Tally): Timeliness {
  const counted = t.onTime + t.late + t.overdue;
  return {
    group,
    label: t.label,
    onTime: t.onTime,
    late: t.late,
    overdue: t.overdue,
    counted,
    onTimeRate: counted ? t.onTime / counted : null,
    completionRate: counted ? (t.onTime + t.late) / counted : null,
  };
}

function tally(statuses: readonly OccurrenceStatus[], groupOf: (s: OccurrenceStatus) => { key: string; label: string; order: number }): Timeliness[] {
  const groups = new Map<string, Tally>();
  for (const s of statuses) {
    if (!isCounted(s)) continue;
    const g = groupOf(s);
    let t = groups.get(g.key);
    if (!t) groups.set(g.key, (t = { label: g.label, order: g.order, onTime: 0, late: 0, overdue: 0 }));
    if (s.state === "Submitted on time") t.onTime++;
    else if (s.state === "Submitted late") t.late++;
    else t.overdue++;
  }
  return [...groups.entries()].sort(([ka, a], [kb, b]) => a.order - b.order || a.label.localeCompare(b.label, "en-GB") || ka.localeCompare(kb)).map(([k, t]) => finish(k, t));
}

/** On-time rate per financial quarter of the deadline ("2025/26 Q1"), oldest first. */
export function timelinessByQuarter(statuses: readonly OccurrenceStatus[]): Timeliness[] {
  const cache = new Map<CalendarDate, { key: string; label: string; order: number }>();
  return tally(statuses, (s) => {
    let g = cache.get(s.deadline);
    if (!g) {
      const q = periodContaining("quarter", "financial", s.deadline);
      cache.set(s.deadline, (g = { key: q.key, label: q.label, order: q.index }));
    }
    return g;
  });
}

/** On-time rate per owner, by name; occurrences of returns with no owner are grouped as "No owner". */
export function timelinessByOwner(statuses: readonly OccurrenceStatus[], nameOf: (owner: string) => string = (o) => o): Timeliness[] {
  return tally(statuses, (s) => (s.owner ? { key: s.owner, label: nameOf(s.owner), order: 0 } : { key: "", label: "No owner", order: 1 }));
}

/** The whole calendar at once: the headline figure for the measures module. */
export function calendarTimeliness(statuses: readonly OccurrenceStatus[]): Timeliness {
  return tally(statuses, () => ({ key: "all", label: "All returns and publications", order: 0 }))[0] ?? finish("all", { label: "All returns and publications", order: 0, onTime: 0, late: 0, overdue: 0 });
}

export interface CalendarCounts {
  overdue: number;
  dueSoon: number;
  /** Deadlines flagged "check the date" from today on. */
  checkTheDate: number;
}

/** Counts for Home and the page header, as of `today`. */
export function calendarCounts(statuses: readonly OccurrenceStatus[], today: CalendarDate): CalendarCounts {
  let overdue = 0;
  let dueSoon = 0;
  let checkTheDate = 0;
  for (const s of statuses) {
    if (s.state === "Overdue") overdue++;
    else if (s.state === "Due soon") dueSoon++;
    if (s.checkTheDate && s.deadline >= today && !s.submittedOn) checkTheDate++;
  }
  return { overdue, dueSoon, checkTheDate };
}
