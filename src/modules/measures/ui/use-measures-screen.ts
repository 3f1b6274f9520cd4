import { useMemo, useState } from "react";
import { type FinancialPeriod, financialQuarterOf, londonDay, quartersUpTo } from "../../../core/domain/financial-quarters";
import { chosenQuarter } from "../domain/quarter-choice";
import { PRINCIPLES } from "../../../core/domain/principles";
import { useModules } from "../../../core/ui/modules-context";
import { useServices } from "../../../core/ui/services";
import { assemble } from "../domain/assemble";
import { MEASURES_CAPABILITIES } from "../capabilities";
import { useKeeping } from "./use-keeping";
import { useLiveFigures, useMeasuresData } from "./use-measures-data";

/** How many quarters a trend shows: two years. */
export const TREND_QUARTERS = 8;
/** How far back the period choice goes: three years, the strategy's span. */
const CHOOSABLE_QUARTERS = 12;

export const quarterOptions = (current: FinancialPeriod) =>
  quartersUpTo(current, CHOOSABLE_QUARTERS)
    .reverse()
    .map((q) => ({ value: q.label, label: q.index === current.index ? `${q.label} (this quarter, computed now)` : q.label }));

/**
 * Everything a measures screen shows, for one principle or all: the lists read once, the chosen
 * quarter's figures computed now (this quarter only; earlier ones come from what was kept), and
 * keeping for the data lead.
 */
export function useMeasuresScreen(principleKey: string | undefined, quarterParam: string | null) {
  const services = useServices();
  const modules = useModules();
  // The one reading of the clock, at the screen's edge.
  const [today] = useState(() => londonDay(new Date()));
  const current = useMemo(() => financialQuarterOf(today), [today]);
  const { quarter, problem } = useMemo(() => chosenQuarter(quarterParam, current), [quarterParam, current]);
  const quarters = useMemo(() => quartersUpTo(quarter, TREND_QUARTERS), [quarter]);
  const scope = useMemo(() => ({ principleKey, since: quarters[0]! }), [principleKey, quarters]);
  const { state, data, patch } = useMeasuresData(services, modules, scope);
  const isCurrent = quarter.index === current.index;
  const livePeriod = useMemo(() => (isCurrent ? quarter : null), [isCurrent, quarter]);
  const { live, computedNow, pendingModules } = useLiveFigures(services, data, livePeriod);
  const canKeep = services.capabilities.has(MEASURES_CAPABILITIES.keep);
  const keeping = useKeeping({ services, canKeep, data, scope, today, computedNow, patch });
  const principles = principleKey ? PRINCIPLES.filter((p) => p.key === principleKey) : PRINCIPLES;
  const views = useMemo(
    () => (data ? assemble({ principles, measures: data.measures, computed: data.computed, targets: data.targets, snapshots: data.snapshots, values: data.values, quarters, live }) : null),
    [data, quarters, live, principleKey], // eslint-disable-line react-hooks/exhaustive-deps -- principles follow principleKey
  );
  return { services, today, current, quarter, quarters, problem, isCurrent, state, data, patch, views, live, pendingModules, canKeep, keeping };
}

export type MeasuresScreen = ReturnType<typeof useMeasuresScreen>;
