import { type CalendarDate, formatCalendarDate, parseTypedDate } from "./calendar-date";
import { type Kpi, type KpiFrequency, type KpiTarget, type KpiValue, KPI_FREQUENCIES, type Polarity, POLARITIES, type Tolerance, kpiPeriod, parseTypedNumber, periodOfFrequency } from "./kpi";
import { type ReportingPeriod, shiftPeriod } from "./periods";

/** What the KPI form holds while a person types: text as typed, so nothing is lost to a bad value. */
export interface KpiDraft {
  name: string;
  key: string;
  termKey: string;
  statutory: boolean;
  highlightsSuccess: boolean;
  service: string;
  unit: string;
  polarity: Polarity;
  frequency: KpiFrequency;
  toleranceKind: Tolerance["kind"];
  toleranceAmount: string;
  valueDueMonths: string;
  valueDueDays: string;
  /** The dashboards catalogue item id, as text ("" for none). */
  dashboardId: string;
  /** Typed as 01/04/2026; empty: the day the KPI is added. */
  trackedFrom: string;
}

export type KpiDraftErrors = Partial<Record<keyof KpiDraft, string>>;

/** A key from a name: "Calls answered in 2 minutes (%)" → "calls-answered-in-2-minutes". */
export function keyFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export function emptyKpiDraft(): KpiDraft {
  return { name: "", key: "", termKey: "", statutory: false, highlightsSuccess: false, service: "", unit: "%", polarity: "higher is better", frequency: "quarterly", toleranceKind: "absolute", toleranceAmount: "5", valueDueMonths: "1", valueDueDays: "0", dashboardId: "", trackedFrom: "" };
}

export function draftFromKpi(kpi: Kpi, trackedFromColumn: CalendarDate | null): KpiDraft {
  return {
    name: kpi.name,
    key: kpi.key,
    termKey: kpi.termKey ?? "",
    statutory: kpi.statutory,
    highlightsSuccess: kpi.highlightsSuccess,
    service: kpi.service ?? "",
    unit: kpi.unit,
    polarity: kpi.polarity,
    frequency: kpi.frequency,
    toleranceKind: kpi.tolerance.kind,
    toleranceAmount: String(kpi.tolerance.amount),
    valueDueMonths: String(kpi.valueDue.months),
    valueDueDays: String(kpi.valueDue.days),
    dashboardId: kpi.dashboardId === null ? "" : String(kpi.dashboardId),
    trackedFrom: trackedFromColumn ? formatCalendarDate(trackedFromColumn) : "",
  };
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function wholeNumber(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** The KPI's own columns from a draft, checked; `errors` names every problem in words. */
export function validateKpiDraft(draft: KpiDraft): { errors: KpiDraftErrors; kpi: Omit<Kpi, "targets" | "owner"> | null; trackedFrom: CalendarDate | null } {
  const errors: KpiDraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = "Give the KPI a name.";
  else if (name.length > 255) errors.name = `Shorten the name to 255 characters or fewer (it has ${name.length}).`;
  const key = draft.key.trim() || keyFromName(name);
  if (!KEY.test(key)) errors.key = "The key may have only lower-case letters and digits joined by hyphens, for example calls-answered.";
  else if (key.length > 80) errors.key = "Shorten the key to 80 characters or fewer.";
  const termKey = draft.termKey.trim();
  if (termKey && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(termKey)) errors.termKey = `"${termKey}" is not a dictionary key: keys are lower case with hyphens, as in the term's address.`;
  if (draft.service.length > 120) errors.service = "Shorten the service to 120 characters or fewer.";
  if (draft.unit.length > 40) errors.unit = "Shorten the unit to 40 characters or fewer.";
  if (!POLARITIES.includes(draft.polarity)) errors.polarity = "Say whether higher or lower is better.";
  if (!KPI_FREQUENCIES.includes(draft.frequency)) errors.frequency = "Choose monthly, quarterly or annual.";
  const amount = parseTypedNumber(draft.toleranceAmount || "0");
  if (amount === null || amount < 0) errors.toleranceAmount = `"${draft.toleranceAmount}" is not a tolerance: enter 0 or more (0 means no amber).`;
  const months = wholeNumber(draft.valueDueMonths || "0", 0, 36);
  if (months === null) errors.valueDueMonths = "Enter a whole number of months from 0 to 36.";
  const days = wholeNumber(draft.valueDueDays || "0", -31, 366);
  if (days === null) errors.valueDueDays = "Enter a whole number of days from -31 to 366.";
  let dashboardId: number | null = null;
  if (draft.dashboardId.trim()) {
    dashboardId = wholeNumber(draft.dashboardId, 1, Number.MAX_SAFE_INTEGER);
    if (dashboardId === null) errors.dashboardId = "Choose a dashboard from the catalogue, or none.";
  }
  let trackedFrom: CalendarDate | null = null;
  if (draft.trackedFrom.trim()) {
    trackedFrom = parseTypedDate(draft.trackedFrom);
    if (!trackedFrom) errors.trackedFrom = `"${draft.trackedFrom.trim()}" is not a date: write it as 01/04/2026.`;
  }
  if (Object.keys(errors).length) return { errors, kpi: null, trackedFrom: null };
  return {
    errors,
    trackedFrom,
    kpi: {
      key,
      name,
      termKey: termKey || null,
      statutory: draft.statutory,
      // Only a non-statutory KPI is chosen to show off a success (the strategy's words).
      highlightsSuccess: !draft.statutory && draft.highlightsSuccess,
      service: draft.service.trim() || null,
      unit: draft.unit.trim(),
      polarity: draft.polarity,
      frequency: draft.frequency,
      tolerance: { kind: draft.toleranceKind, amount: amount! },
      valueDue: { months: months!, days: days! },
      dashboardId,
    },
  };
}

export interface TargetDraft {
  from: string;
  to: string;
  value: string;
  /** "" keeps the KPI's own tolerance. */
  toleranceKind: "" | Tolerance["kind"];
  toleranceAmount: string;
}

export type TargetErrors = Partial<Record<keyof TargetDraft, string>>;

export const emptyTargetDraft = (): TargetDraft => ({ from: "", to: "", value: "", toleranceKind: "", toleranceAmount: "" });

/** A target from a draft: periods of the KPI's frequency, the end not before the start, a number. */
export function validateTarget(draft: TargetDraft, frequency: KpiFrequency): { errors: TargetErrors; target: KpiTarget | null } {
  const errors: TargetErrors = {};
  let from: ReportingPeriod | null = null;
  if (!draft.from.trim()) errors.from = "Say from which period the target applies.";
  else {
    try {
      from = kpiPeriod(frequency, draft.from.trim());
    } catch (error) {
      errors.from = (error as Error).message;
    }
  }
  let to: ReportingPeriod | null = null;
  if (draft.to.trim()) {
    try {
      to = kpiPeriod(frequency, draft.to.trim());
      if (from && to.index < from.index) errors.to = `The target cannot end (${to.label}) before it starts (${from.label}).`;
    } catch (error) {
      errors.to = (error as Error).message;
    }
  }
  const value = parseTypedNumber(draft.value);
  if (!draft.value.trim()) errors.value = "Enter the target.";
  else if (value === null) errors.value = `"${draft.value.trim()}" is not a number: write it as 85 or 1,200.`;
  let tolerance: Tolerance | null = null;
  if (draft.toleranceKind) {
    const amount = parseTypedNumber(draft.toleranceAmount);
    if (amount === null || amount < 0) errors.toleranceAmount = "Enter the tolerance for this target (0 or more), or keep the KPI's own.";
    else tolerance = { kind: draft.toleranceKind, amount };
  }
  if (Object.keys(errors).length) return { errors, target: null };
  return { errors, target: { from: from!.key, to: to?.key ?? null, value: value!, tolerance } };
}

export interface PeriodChoice {
  period: ReportingPeriod;
  /** The value already entered for it, which the form then corrects. */
  entered: KpiValue | null;
}

/**
 * The periods an owner may enter: the `count` most recent ones that have ended by `today`, newest
 * first, each with its value if it has one (so choosing it corrects that value).
 */
export function periodsToEnter(kpi: Pick<Kpi, "frequency" | "key">, values: readonly KpiValue[], today: CalendarDate, count = 12): PeriodChoice[] {
  const last = shiftPeriod(periodOfFrequency(kpi.frequency, today), -1);
  const byPeriod = new Map(values.filter((v) => v.kpiKey === kpi.key).map((v) => [v.period, v]));
  return Array.from({ length: count }, (_, n) => {
    const period = shiftPeriod(last, -n);
    return { period, entered: byPeriod.get(period.key) ?? null };
  });
}
