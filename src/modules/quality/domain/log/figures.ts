import { calendarDaysBetween, londonDay, monthOf, monthsEnding } from "./dates";
import { DIMENSION_LABELS, isOpen, type LogEntry } from "./issue";

/**
 * The log's figures: reported and resolved per month, days to resolve (calendar days, see dates.ts)
 * per dimension and per service, open issues by age band. "Resolved" means status Resolved: an issue
 * closed as "won't fix" was not resolved, so it counts in neither the resolved figures nor the days.
 */

export interface MonthCount {
  month: string;
  reported: number;
  resolved: number;
}

export function perMonth(entries: readonly LogEntry[], today: string, months = 12): MonthCount[] {
  const keys = monthsEnding(today, months);
  const counts = new Map(keys.map((month) => [month, { month, reported: 0, resolved: 0 }]));
  for (const e of entries) {
    const reported = counts.get(monthOf(londonDay(e.reportedAt)));
    if (reported) reported.reported++;
    if (e.status === "Resolved" && e.closedAt) {
      const resolved = counts.get(monthOf(londonDay(e.closedAt)));
      if (resolved) resolved.resolved++;
    }
  }
  return keys.map((k) => counts.get(k)!);
}

/** Calendar days from reporting to resolution, for a resolved issue; null otherwise. */
export function daysToResolve(entry: LogEntry): number | null {
  if (entry.status !== "Resolved" || !entry.closedAt) return null;
  return Math.max(0, calendarDaysBetween(entry.reportedAt, entry.closedAt));
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface ResolutionStats {
  group: string;
  resolved: number;
  meanDays: number | null;
  medianDays: number | null;
}

function statsOf(group: string, days: readonly number[]): ResolutionStats {
  return { group, resolved: days.length, meanDays: mean(days), medianDays: median(days) };
}

/** Mean and median days to resolve, overall and per group (dimension, service), for issues resolved in [from, to]. */
export function resolutionStats(entries: readonly LogEntry[], groupOf: (e: LogEntry) => string, range?: { from: string; to: string }): { overall: ResolutionStats; groups: ResolutionStats[] } {
  const all: number[] = [];
  const byGroup = new Map<string, number[]>();
  for (const e of entries) {
    const days = daysToResolve(e);
    if (days === null) continue;
    if (range) {
      const closed = londonDay(e.closedAt!);
      if (closed < range.from || closed > range.to) continue;
    }
    all.push(days);
    const key = groupOf(e);
    const group = byGroup.get(key);
    if (group) group.push(days);
    else byGroup.set(key, [days]);
  }
  const groups = [...byGroup.entries()].map(([group, days]) => statsOf(group, days)).sort((a, b) => b.resolved - a.resolved || a.group.localeCompare(b.group, "en-GB"));
  return { overall: statsOf("All", all), groups };
}

export const byDimension = (e: LogEntry) => (e.dimension ? DIMENSION_LABELS[e.dimension] : "No dimension");
export const byService = (e: LogEntry) => e.service || "No service";

export const AGE_BANDS = [
  { label: "0 to 7 days", max: 7 },
  { label: "8 to 30 days", max: 30 },
  { label: "31 to 90 days", max: 90 },
  { label: "Over 90 days", max: Infinity },
] as const;

export interface AgeBandCount {
  label: string;
  count: number;
}

/** Open issues (new reports included) by calendar days since they were reported. */
export function openByAge(entries: readonly LogEntry[], today: string): AgeBandCount[] {
  const counts = AGE_BANDS.map((b) => ({ label: b.label as string, count: 0 }));
  for (const e of entries) {
    if (!isOpen(e.status)) continue;
    const age = Math.max(0, calendarDaysBetween(e.reportedAt, today));
    counts[AGE_BANDS.findIndex((b) => age <= b.max)]!.count++;
  }
  return counts;
}

export function ageBandOf(ageDays: number): string {
  return AGE_BANDS.find((b) => ageDays <= b.max)!.label;
}

/** "4.5 days", "1 day", "–" (nothing resolved yet). */
export function daysText(days: number | null): string {
  if (days === null) return "–";
  const rounded = Math.round(days * 10) / 10;
  return `${rounded.toLocaleString("en-GB")} ${rounded === 1 ? "day" : "days"}`;
}
