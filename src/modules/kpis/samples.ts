import { type SampleContext, seedList } from "../../core/module";
import type { Role } from "../../../manifest/schema";
import { calendarDateOf } from "./domain/calendar-date";
import { kpiColumns, targetColumns, valueColumns } from "./domain/kpi-records";
import { kpisList, kpiTargetsList, kpiValuesList } from "./lists";
import { sampleKpis } from "./seed/sample-kpis";

/**
 * Local mode's SAMPLE KPIs: ten of the kinds a district council tracks, 12 quarters of made-up
 * values, every name ending "(sample)" and every value's note saying so. Owners are the local
 * personas, so "Mine" shows something for each. The values are added when the list is created, so
 * they count as back-filled (see docs/kpis.md); provisioning never adds them to a real site.
 */
export function samples({ today, siteUserIdOf }: SampleContext) {
  const { kpis, values } = sampleKpis(calendarDateOf(today));
  return [
    seedList(kpisList, () => kpis.map((k) => kpiColumns(k, k.owner ? siteUserIdOf(k.owner as Role) : null, null))),
    seedList(kpiTargetsList, () => kpis.flatMap((k) => k.targets.map((t) => targetColumns(k.key, t)))),
    seedList(kpiValuesList, () => values.map((v) => valueColumns(v.kpiKey, v))),
  ];
}
