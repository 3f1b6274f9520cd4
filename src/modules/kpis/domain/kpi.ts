import { type CalendarDate, formatCalendarDate } from "./calendar-date";
import { type Offset, applyOffset } from "./deadline-rules";
import { type ReportingPeriod, periodContaining, periodFromKey } from "./periods";

export type KpiFrequency = "monthly" | "quarterly" | "annual";
export const KPI_FREQUENCIES: readonly KpiFrequency[] = ["monthly", "quarterly", "annual"];

export type Polarity = "higher is better" | "lower is better";
export const POLARITIES: readonly Polarity[] = ["higher is better", "lower is better"];

/** How sure the owner is of a value. */
export type ValueConfidence = "High" | "Medium" | "Low";
export const VALUE_CONFIDENCES: readonly ValueConfidence[] = ["High", "Medium", "Low"];

/**
 * How far short of target a value may be and still be amber: an absolute amount in the KPI's
 * unit, or a percentage of the target.
 */
export interface Tolerance {
  kind: "absolute" | "percent";
  amount: number;
}

/**
 * A target from one period on: until `to` (inclusive) or, with `to` null, until a later target
 * starts. A target for a single period has `from` equal to `to`.
 */
export interface KpiTarget {
  from: string;
  to: string | null;
  value: number;
  /** Overrides the KPI's tolerance for these periods. */
  tolerance: Tolerance | null;
}

export interface Kpi {
  /** Stable id, lower-case with hyphens. */
  key: string;
  name: string;
  /** The glossary term that defines it: the definition is shown from the dictionary, never copied. */
  termKey: string | null;
  statutory: boolean;
  /** A non-statutory KPI chosen to show a service success (the strategy's words). */
  highlightsSuccess: boolean;
  service: string | null;
  /** Person key of the owner. */
  owner: string | null;
  /** "%", "days", "kg", "£"…: shown after the value. */
  unit: string;
  polarity: Polarity;
  frequency: KpiFrequency;
  tolerance: Tolerance;
  targets: KpiTarget[];
  /** A period's value is due this long after the period ends; a value entered later is late. */
  valueDue: Offset;
  /** The Power BI report that shows it: the item id in the dashboards catalogue (as DashboardUsage's DashboardId). */
  dashboardId: number | null;
  /**
   * Entries are timed from this date: a value for a period whose due date is earlier was back-filled
   * (typed in from an older record when the KPI came into Data Hub), so it is never called late.
   * The data layer uses the date the KPI was added when the list leaves it empty. Absent: all timed.
   */
  trackedFrom?: CalendarDate | null;
}

/** One value for one period, as its owner entered it. */
export interface KpiValue {
  kpiKey: string;
  period: string;
  value: number;
  enteredOn: CalendarDate;
  note: string | null;
  source: string | null;
  confidence: ValueConfidence;
}

/** The period kind and basis a frequency uses: quarters and years are the council's financial ones. */
export function periodOfFrequency(frequency: KpiFrequency, date: CalendarDate): ReportingPeriod {
  return periodContaining(frequency === "monthly" ? "month" : frequency === "quarterly" ? "quarter" : "year", "financial", date);
}

const FORM_OF: Record<KpiFrequency, string> = { monthly: "a month, for example 2025-04", quarterly: "a financial quarter, for example 2025/26 Q1", annual: "a financial year, for example 2025/26" };

/** Reads a period key for a KPI of the given frequency; a key of another kind says which kind it needs. */
export function kpiPeriod(frequency: KpiFrequency, key: string): ReportingPeriod {
  const period = periodFromKey(key);
  const wanted = frequency === "monthly" ? "month" : frequency === "quarterly" ? "quarter" : "year";
  if (period.kind !== wanted || (period.kind !== "month" && period.basis !== "financial")) {
    throw new Error(`"${key}" is not ${FORM_OF[frequency]}: this KPI is reported ${frequency === "annual" ? "annually" : frequency}.`);
  }
  return period;
}

/** The date a period's value is due. */
export const valueDueDate = (kpi: Pick<Kpi, "valueDue">, period: ReportingPeriod): CalendarDate => applyOffset(period.end, kpi.valueDue);

/** A value entered after its period's due date is late, and shown as late. */
export const isLateEntry = (kpi: Pick<Kpi, "valueDue">, period: ReportingPeriod, value: Pick<KpiValue, "enteredOn">): boolean => value.enteredOn > valueDueDate(kpi, period);

/**
 * Where a period's entry stands on `today`:
 * entered, entered late, back-filled (entered, but the period was due before the KPI's entries were
 * timed), not due yet (no value, due date still ahead or today), missing (no value, due date passed).
 */
export type EntryState = "Entered" | "Entered late" | "Back-filled" | "Not due yet" | "Missing";

export function entryState(kpi: Pick<Kpi, "valueDue" | "trackedFrom">, period: ReportingPeriod, value: Pick<KpiValue, "enteredOn"> | null, today: CalendarDate): EntryState {
  const due = valueDueDate(kpi, period);
  if (value) {
    if (kpi.trackedFrom && due < kpi.trackedFrom) return "Back-filled";
    return value.enteredOn > due ? "Entered late" : "Entered";
  }
  return due < today ? "Missing" : "Not due yet";
}

/** How an entry reads in a table: "Entered 12/10/2026", "Entered late: 02/12/2026, due 31/10/2026". */
export function entryWords(state: EntryState, enteredOn: CalendarDate | null, dueOn: CalendarDate): string {
  const on = enteredOn ? ` ${formatCalendarDate(enteredOn)}` : "";
  switch (state) {
    case "Entered":
      return `Entered${on}`;
    case "Entered late":
      return `Entered late:${on}, due ${formatCalendarDate(dueOn)}`;
    case "Back-filled":
      return `Back-filled${on}`;
    case "Not due yet":
      return `Due ${formatCalendarDate(dueOn)}`;
    case "Missing":
      return `Missing: due ${formatCalendarDate(dueOn)}`;
  }
}

export interface ValueDraft {
  period: string;
  value: string;
  note: string;
  source: string;
  confidence: string;
}

export type ValueErrors = Partial<Record<keyof ValueDraft, string>>;

/** Reads a number as people type it: "1,234.5", "85%", "£1,200", " 12 ". */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, "").replace(/%$/, "").replace(/,(?=\d{3}(\D|$))/g, "").trim();
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Checks a value an owner typed. The period must be of the KPI's frequency and have ended by
 * `today` (a value for a period still running is a forecast, not a value). Nothing typed is lost:
 * the form keeps the draft and shows these messages.
 */
export function validateValue(draft: ValueDraft, kpi: Pick<Kpi, "frequency">, today: CalendarDate): { errors: ValueErrors; period: ReportingPeriod | null; value: number | null } {
  const errors: ValueErrors = {};
  let period: ReportingPeriod | null = null;
  if (!draft.period.trim()) errors.period = "Choose the period the value is for.";
  else {
    try {
      period = kpiPeriod(kpi.frequency, draft.period.trim());
      if (period.end >= today) errors.period = `${period.label} has not ended yet (it ends on ${formatCalendarDate(period.end)}): enter its value once it has.`;
    } catch (error) {
      errors.period = (error as Error).message;
    }
  }
  const value = parseTypedNumber(draft.value);
  if (!draft.value.trim()) errors.value = "Enter the value.";
  else if (value === null) errors.value = `"${draft.value.trim()}" is not a number: write it as 85.5 or 1,234.`;
  if (!(VALUE_CONFIDENCES as readonly string[]).includes(draft.confidence)) errors.confidence = "Say how confident you are in the value: high, medium or low.";
  if (draft.note.length > 2000) errors.note = `Shorten the note to 2,000 characters or fewer (it has ${draft.note.length.toLocaleString("en-GB")}).`;
  if (draft.source.length > 255) errors.source = `Shorten the source to 255 characters or fewer (it has ${draft.source.length}).`;
  return { errors, period: errors.period ? null : period, value: errors.value ? null : value };
}
