import type { ExpandName, ItemInput, RowOf, SelectName } from "../../../../manifest/items";
import { type KpiFrequency, type KpiTarget, type KpiValue, type Kpi, type Polarity, type Tolerance, type ValueConfidence, VALUE_CONFIDENCES } from "./kpi";
import { type CalendarDate, calendarDateOf, isCalendarDate } from "./calendar-date";
import { periodFromKey } from "./periods";
import type { kpisList, kpiTargetsList, kpiValuesList } from "../lists";

/**
 * KPI list items as the screens read them, and back. Person columns become a person key (the site
 * user id as text), so the pure rules compare owners without knowing about SharePoint.
 */

export const KPI_SELECT = [
  "Id",
  "Title",
  "KpiKey",
  "TermKey",
  "Statutory",
  "HighlightsSuccess",
  "Service",
  "KpiOwnerId",
  "KpiOwner/Title",
  "KpiOwner/EMail",
  "Unit",
  "Polarity",
  "Frequency",
  "ToleranceKind",
  "ToleranceAmount",
  "ValueDueMonths",
  "ValueDueDays",
  "DashboardId",
  "TrackedFrom",
  "Created",
] as const satisfies readonly SelectName<typeof kpisList>[];
export const KPI_EXPAND = ["KpiOwner"] as const satisfies readonly ExpandName<typeof kpisList>[];

export const TARGET_SELECT = ["Id", "KpiKey", "FromPeriod", "ToPeriod", "TargetValue", "ToleranceKind", "ToleranceAmount"] as const satisfies readonly SelectName<typeof kpiTargetsList>[];

/** What the register needs of a value: no note or source, so 10,000 values stay a small read. */
export const VALUE_BRIEF_SELECT = ["Id", "KpiKey", "PeriodKey", "Value", "Confidence", "Created"] as const satisfies readonly SelectName<typeof kpiValuesList>[];
/** A KPI's own page: everything, and who entered each value. */
export const VALUE_SELECT = [...VALUE_BRIEF_SELECT, "Note", "Source", "AuthorId", "Author/Title"] as const satisfies readonly SelectName<typeof kpiValuesList>[];
export const VALUE_EXPAND = ["Author"] as const satisfies readonly ExpandName<typeof kpiValuesList>[];

export type KpiItem = RowOf<typeof kpisList, (typeof KPI_SELECT)[number]>;
export type TargetItem = RowOf<typeof kpiTargetsList, (typeof TARGET_SELECT)[number]>;
export type ValueBriefItem = RowOf<typeof kpiValuesList, (typeof VALUE_BRIEF_SELECT)[number]>;
export type ValueItem = RowOf<typeof kpiValuesList, (typeof VALUE_SELECT)[number]>;

/** A KPI as stored: the rules' KPI plus what the screens and saves need. */
export interface StoredKpi extends Kpi {
  targets: StoredTarget[];
  id: number;
  etag: string | null;
  ownerId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  /** The day the KPI was added (its Created date in Havant). */
  addedOn: CalendarDate;
  /** TrackedFrom as the list holds it (null: the day it was added). */
  trackedFromColumn: CalendarDate | null;
}

export interface StoredTarget extends KpiTarget {
  id: number;
  etag: string | null;
  kpiKey: string;
}

export interface StoredValue extends KpiValue {
  id: number;
  etag: string | null;
  /** Who entered it (the register's brief read leaves it null). */
  enteredBy: string | null;
  enteredById: number | null;
}

const POLARITY: Record<string, Polarity> = { "Higher is better": "higher is better", "Lower is better": "lower is better" };
const FREQUENCY: Record<string, KpiFrequency> = { Monthly: "monthly", Quarterly: "quarterly", Annual: "annual" };

export const polarityChoice = (p: Polarity) => (p === "higher is better" ? "Higher is better" : "Lower is better");
export const frequencyChoice = (f: KpiFrequency) => (f === "monthly" ? "Monthly" : f === "quarterly" ? "Quarterly" : "Annual");

function toleranceOf(kind: string | null | undefined, amount: number | null | undefined): Tolerance | null {
  if (amount === null || amount === undefined) return null;
  return { kind: kind === "Percent" ? "percent" : "absolute", amount };
}

export const toleranceColumns = (t: Tolerance | null) => ({ ToleranceKind: t ? (t.kind === "percent" ? "Percent" : "Absolute") : null, ToleranceAmount: t ? t.amount : null });

/**
 * A KPI item with its targets. A missing polarity or frequency falls back to "higher is better" and
 * quarterly (both required columns, so only an item broken outside Data Hub lacks them); a missing
 * tolerance is none: just short of target is red, never amber by default.
 */
export function kpiFromItem(item: KpiItem, targets: readonly StoredTarget[]): StoredKpi {
  const addedOn = calendarDateOf(item.Created);
  const trackedFromColumn = isCalendarDate(item.TrackedFrom) ? item.TrackedFrom : null;
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    key: item.KpiKey ?? `kpi-${item.Id}`,
    name: item.Title ?? "",
    termKey: item.TermKey || null,
    statutory: item.Statutory === true,
    highlightsSuccess: item.HighlightsSuccess === true,
    service: item.Service || null,
    owner: item.KpiOwnerId ? String(item.KpiOwnerId) : null,
    ownerId: item.KpiOwnerId ?? null,
    ownerName: item.KpiOwner?.Title ?? null,
    ownerEmail: item.KpiOwner?.EMail ?? null,
    unit: item.Unit ?? "",
    polarity: POLARITY[item.Polarity ?? ""] ?? "higher is better",
    frequency: FREQUENCY[item.Frequency ?? ""] ?? "quarterly",
    tolerance: toleranceOf(item.ToleranceKind, item.ToleranceAmount) ?? { kind: "absolute", amount: 0 },
    targets: targets.filter((t) => t.kpiKey === item.KpiKey),
    valueDue: { months: item.ValueDueMonths ?? 1, days: item.ValueDueDays ?? 0 },
    dashboardId: item.DashboardId ?? null,
    addedOn,
    trackedFromColumn,
    trackedFrom: trackedFromColumn ?? addedOn,
  };
}

export function targetFromItem(item: TargetItem): StoredTarget {
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    kpiKey: item.KpiKey ?? "",
    from: item.FromPeriod ?? "",
    to: item.ToPeriod || null,
    value: item.TargetValue ?? 0,
    tolerance: toleranceOf(item.ToleranceKind, item.ToleranceAmount),
  };
}

export function valueFromItem(item: ValueBriefItem | ValueItem): StoredValue {
  const full = "Note" in item ? (item as ValueItem) : null;
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    kpiKey: item.KpiKey ?? "",
    period: item.PeriodKey ?? "",
    value: item.Value ?? 0,
    // Entered on the day SharePoint created the item, in Havant: nobody can type it.
    enteredOn: calendarDateOf(item.Created),
    note: full?.Note ?? null,
    source: full?.Source ?? null,
    confidence: (VALUE_CONFIDENCES as readonly string[]).includes(item.Confidence ?? "") ? (item.Confidence as ValueConfidence) : "Low",
    enteredBy: full?.Author?.Title ?? null,
    enteredById: full?.AuthorId ?? null,
  };
}

/** The one value a KPI may have per period: SharePoint refuses a second with the same key. */
export const valueKey = (kpiKey: string, periodKey: string): string => `${kpiKey}|${periodKey}`;

/** A KPI as list columns (for adding one, and for the register's seed and samples). */
export function kpiColumns(kpi: Omit<Kpi, "targets" | "owner">, ownerId: number | null, trackedFrom: CalendarDate | null): ItemInput<typeof kpisList> {
  return {
    Title: kpi.name,
    KpiKey: kpi.key,
    TermKey: kpi.termKey,
    Statutory: kpi.statutory,
    HighlightsSuccess: kpi.highlightsSuccess,
    Service: kpi.service,
    KpiOwnerId: ownerId,
    Unit: kpi.unit,
    Polarity: polarityChoice(kpi.polarity),
    Frequency: frequencyChoice(kpi.frequency),
    ...toleranceColumns(kpi.tolerance),
    ValueDueMonths: kpi.valueDue.months,
    ValueDueDays: kpi.valueDue.days,
    DashboardId: kpi.dashboardId,
    TrackedFrom: trackedFrom,
  };
}

export function targetColumns(kpiKey: string, target: KpiTarget): ItemInput<typeof kpiTargetsList> {
  return {
    Title: `${kpiKey} from ${target.from}`,
    KpiKey: kpiKey,
    FromPeriod: target.from,
    ToPeriod: target.to,
    TargetValue: target.value,
    ...toleranceColumns(target.tolerance),
  };
}

export function valueColumns(kpiKey: string, value: Pick<KpiValue, "period" | "value" | "note" | "source" | "confidence">): ItemInput<typeof kpiValuesList> {
  let periodEnd: CalendarDate | null = null;
  try {
    periodEnd = periodFromKey(value.period).end;
  } catch {
    // The form refuses a bad period before it gets here; a row without its end is still kept.
  }
  return {
    Title: `${kpiKey} ${value.period}`,
    ValueKey: valueKey(kpiKey, value.period),
    KpiKey: kpiKey,
    PeriodKey: value.period,
    PeriodEnd: periodEnd,
    Value: value.value,
    Note: value.note,
    Source: value.source,
    Confidence: value.confidence,
  };
}
