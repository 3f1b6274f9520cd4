import { useCallback, useEffect, useMemo, useState } from "react";
import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { type CalendarData, loadCalendar } from "../data/calendar-data";
import type { CalendarDate } from "../domain/calendar-date";
import { type OccurrenceStatus, withStates } from "../domain/occurrence-state";
import { calendarWindow, generateOccurrences } from "../domain/occurrences";
import type { StoredReturn, StoredSubmission } from "../domain/return-records";

export interface CalendarState {
  statuses: OccurrenceStatus[];
  returns: StoredReturn[];
  submissions: StoredSubmission[];
  ownerName: (owner: string | null) => string;
  /** A submission saved (or found saved by someone else): the screen updates without a reload. */
  upsert: (submission: StoredSubmission) => void;
}

/** Deadlines with their states for the whole window, from the returns, their rules and submissions. */
export function statusesOf(data: Pick<CalendarData, "returns">, submissions: readonly StoredSubmission[], today: CalendarDate): OccurrenceStatus[] {
  const window = calendarWindow(today);
  const trackedFromByReturn = new Map(data.returns.map((r) => [r.item.key, r.trackedFrom]));
  return withStates(
    generateOccurrences(
      data.returns.map((r) => r.item),
      window,
    ),
    submissions,
    today,
    { trackedFromByReturn },
  );
}

/** The reporting calendar, read once; submissions saved on this page are merged in as they land. */
export function useCalendar(today: CalendarDate) {
  const { sp } = useServices();
  const data = useAsync(() => loadCalendar(sp, calendarWindow(today)), [sp, today]);
  // Submissions saved on this page since the read, by occurrence key; a new read starts afresh.
  const [saved, setSaved] = useState<ReadonlyMap<string, StoredSubmission>>(new Map());
  useEffect(() => setSaved(new Map()), [data]);
  const upsert = useCallback((s: StoredSubmission) => setSaved((m) => new Map(m).set(s.occurrenceKey, s)), []);
  const submissions = useMemo(() => (data.status === "ready" ? [...data.value.submissions.filter((s) => !saved.has(s.occurrenceKey)), ...saved.values()] : []), [data, saved]);
  const calendar = useMemo<CalendarState | null>(() => {
    if (data.status !== "ready") return null;
    const names = new Map(data.value.returns.filter((r) => r.ownerId !== null).map((r) => [String(r.ownerId), r.ownerName ?? `Person ${r.ownerId}`]));
    return {
      statuses: statusesOf(data.value, submissions, today),
      returns: data.value.returns,
      submissions,
      ownerName: (owner) => (owner ? (names.get(owner) ?? "Someone no longer on the site") : "No owner yet"),
      upsert,
    };
  }, [data, submissions, today, upsert]);
  return { data, calendar };
}
