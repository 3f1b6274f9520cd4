import { type FinancialPeriod, financialPeriodFromLabel } from "../../../core/domain/financial-quarters";

/** The quarter a screen shows: the one named in its address if it is a begun quarter, else this one. */
export function chosenQuarter(param: string | null, current: FinancialPeriod): { quarter: FinancialPeriod; problem: string | null } {
  if (!param) return { quarter: current, problem: null };
  try {
    const period = financialPeriodFromLabel(param);
    if (period.kind !== "quarter") return { quarter: current, problem: `${param} is a year: the measures are shown per quarter. Showing ${current.label}.` };
    if (period.index > current.index) return { quarter: current, problem: `${param} has not begun yet. Showing ${current.label}.` };
    return { quarter: period, problem: null };
  } catch (error) {
    return { quarter: current, problem: `${(error as Error).message} Showing ${current.label}.` };
  }
}
