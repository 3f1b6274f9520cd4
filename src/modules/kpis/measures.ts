import type { ModuleMeasures } from "../../core/module";
import { loadCalendar } from "./data/calendar-data";
import { loadRegister } from "./data/kpi-data";
import { addDays, calendarDateOf, minDate } from "./domain/calendar-date";
import { withStates } from "./domain/occurrence-state";
import { generateOccurrences } from "./domain/occurrences";
import { REPORTING_FIGURES, type ReportingFiguresData } from "./domain/strategy-figures";

/** The KPI and reporting figures for the strategy measures: the period's deadlines and the register, read once. */
export const measures: ModuleMeasures<ReportingFiguresData> = {
  load: async ({ sp }, period) => {
    const today = calendarDateOf(new Date());
    const window = { from: period.start, to: period.end };
    const [calendar, register] = await Promise.all([loadCalendar(sp, window), loadRegister(sp, minDate(addDays(period.end, 1), today))]);
    const statuses = withStates(
      generateOccurrences(
        calendar.returns.map((r) => r.item),
        window,
      ),
      calendar.submissions,
      today,
      { trackedFromByReturn: new Map(calendar.returns.map((r) => [r.item.key, r.trackedFrom])) },
    );
    const ownerNames: Record<string, string> = {};
    for (const r of calendar.returns) if (r.ownerId !== null) ownerNames[String(r.ownerId)] = r.ownerName ?? `Person ${r.ownerId}`;
    return { today, statuses, ownerNames, kpis: register.kpis.map((kpi) => ({ kpi, addedOn: kpi.addedOn })), values: register.values };
  },
  figures: REPORTING_FIGURES,
};
