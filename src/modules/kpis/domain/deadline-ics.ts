import { type IcsEvent, toIcsCalendar } from "../../../core/domain/ics";
import { formatCalendarDate } from "./calendar-date";
import { type Occurrence, occurrenceTitle } from "./occurrences";

/** Reminders arrive a week before each deadline, in time to gather the figures. */
export const DEADLINE_REMINDER_DAYS = 7;

/**
 * A deadline as an all-day event. Its UID is the occurrence key (URI-encoded), so downloading the
 * calendar again updates an event whose date moved instead of adding a second one.
 */
export function deadlineEvent(occurrence: Occurrence, link: string | null = null): IcsEvent {
  const lines = [
    `Deadline: ${formatCalendarDate(occurrence.deadline)}.`,
    occurrence.recipient ? `To: ${occurrence.recipient}.` : null,
    occurrence.fromOverride && occurrence.ruleDeadline !== occurrence.deadline ? `Moved this year from ${formatCalendarDate(occurrence.ruleDeadline)}.` : null,
    occurrence.checkTheDate ? "Check the date: it comes from a rule the department has not confirmed for this year." : null,
  ].filter((l): l is string => l !== null);
  return {
    uid: `${encodeURIComponent(occurrence.key)}@datahub.reporting`,
    title: `${occurrence.checkTheDate ? "[Check the date] " : ""}Due: ${occurrenceTitle(occurrence)}`,
    when: { kind: "all-day", date: occurrence.deadline },
    description: lines.join("\n"),
    url: link,
    reminderDaysBefore: DEADLINE_REMINDER_DAYS,
    free: true,
  };
}

/** One file for a person's deadlines or the whole calendar. `linkOf` gives each deadline's page in Data Hub. */
export function deadlinesCalendar(occurrences: readonly Occurrence[], options: { name: string; now: Date; linkOf?: (o: Occurrence) => string | null }): string {
  return toIcsCalendar(
    occurrences.map((o) => deadlineEvent(o, options.linkOf?.(o) ?? null)),
    { name: options.name, now: options.now },
  );
}
