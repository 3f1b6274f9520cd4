import { useMemo } from "react";
import { type CalendarDate, calendarDateOf } from "../domain/calendar-date";

/** Today in Havant, read once per page: the pure rules take it as an argument. */
export function useToday(): CalendarDate {
  return useMemo(() => calendarDateOf(new Date()), []);
}
