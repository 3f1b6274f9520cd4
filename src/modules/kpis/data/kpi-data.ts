import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type CalendarDate, addMonths } from "../domain/calendar-date";
import type { KpiTarget, KpiValue } from "../domain/kpi";
import {
  KPI_EXPAND,
  KPI_SELECT,
  type StoredKpi,
  type StoredTarget,
  type StoredValue,
  TARGET_SELECT,
  VALUE_BRIEF_SELECT,
  VALUE_EXPAND,
  VALUE_SELECT,
  kpiFromItem,
  targetColumns,
  targetFromItem,
  valueColumns,
  valueFromItem,
  valueKey,
} from "../domain/kpi-records";
import { kpisList, kpiTargetsList, kpiValuesList } from "../lists";

const kpiFilter = filterFor(kpisList);
const targetFilter = filterFor(kpiTargetsList);
const valueFilter = filterFor(kpiValuesList);

/** The register looks back this far: 36 months, 12 quarters or 3 years of values per KPI. */
export const REGISTER_MONTHS_BACK = 36;

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) for (const row of page) all.push(row);
  return all;
}

async function allTargets(sp: SPFI): Promise<StoredTarget[]> {
  return (await collect(readAllItems(sp, kpiTargetsList, { select: TARGET_SELECT }))).map(targetFromItem);
}

export interface RegisterData {
  kpis: StoredKpi[];
  /** Values of periods that ended in the last three years (the register's trends look no further). */
  values: StoredValue[];
}

/**
 * The whole register: every KPI with its targets, and recent values. Three reads in parallel, each
 * in Id windows (threshold-safe at any size); the values filtered on their indexed period end.
 */
export async function loadRegister(sp: SPFI, today: CalendarDate): Promise<RegisterData> {
  const since = addMonths(today, -REGISTER_MONTHS_BACK);
  const [kpiItems, targets, valueItems] = await Promise.all([
    collect(readAllItems(sp, kpisList, { select: KPI_SELECT, expand: KPI_EXPAND })),
    allTargets(sp),
    collect(readAllItems(sp, kpiValuesList, { select: VALUE_BRIEF_SELECT, filter: valueFilter.ge("PeriodEnd", since) })),
  ]);
  return { kpis: kpiItems.map((k) => kpiFromItem(k, targets)), values: valueItems.map(valueFromItem) };
}

export interface KpiPageData {
  kpi: StoredKpi;
  targets: StoredTarget[];
  values: StoredValue[];
}

/** One KPI by key, with all its targets and values (each an indexed equality on KpiKey). Null when there is none. */
export async function loadKpi(sp: SPFI, key: string): Promise<KpiPageData | null> {
  const [items, targetItems, valueItems] = await Promise.all([
    getItems(sp, kpisList, { select: KPI_SELECT, expand: KPI_EXPAND, filter: kpiFilter.eq("KpiKey", key), top: 1 }),
    collect(readAllItems(sp, kpiTargetsList, { select: TARGET_SELECT, filter: targetFilter.eq("KpiKey", key) })),
    collect(readAllItems(sp, kpiValuesList, { select: VALUE_SELECT, expand: VALUE_EXPAND, filter: valueFilter.eq("KpiKey", key) })),
  ]);
  if (!items[0]) return null;
  const targets = targetItems.map(targetFromItem);
  return { kpi: kpiFromItem(items[0], targets), targets, values: valueItems.map(valueFromItem) };
}

export async function getValue(sp: SPFI, id: number): Promise<StoredValue> {
  return valueFromItem(await getItem(sp, kpiValuesList, id, { select: VALUE_SELECT, expand: VALUE_EXPAND }));
}

async function valueByKey(sp: SPFI, key: string): Promise<StoredValue | null> {
  const rows = await getItems(sp, kpiValuesList, { select: VALUE_SELECT, expand: VALUE_EXPAND, filter: valueFilter.eq("ValueKey", key), top: 1 });
  return rows[0] ? valueFromItem(rows[0]) : null;
}

/** Someone entered this period's value first: it is carried so the screen can show it and offer a correction. */
export class ValueAlreadyEnteredError extends Error {
  constructor(readonly current: StoredValue) {
    super(`A value for ${current.period} was entered by ${current.enteredBy ?? "someone else"} while you were typing.`);
    this.name = "ValueAlreadyEnteredError";
  }
}

export type NewValue = Pick<KpiValue, "period" | "value" | "note" | "source" | "confidence">;

/**
 * Enters a period's value. Its entry date is the item's Created date, set by SharePoint. A value
 * key is unique, so when two people enter the same period at once SharePoint refuses the second:
 * that becomes ValueAlreadyEnteredError carrying the first, never a silent second value.
 */
export async function addValue(sp: SPFI, kpiKey: string, value: NewValue): Promise<StoredValue> {
  try {
    const added = await addItem(sp, kpiValuesList, valueColumns(kpiKey, value));
    return getValue(sp, added.id);
  } catch (error) {
    const existing = await valueByKey(sp, valueKey(kpiKey, value.period)).catch(() => null);
    if (existing) throw new ValueAlreadyEnteredError(existing);
    throw error;
  }
}

/** Corrects a value with the ETag it was read with; someone else's change in between is a ConflictError. */
export async function correctValue(sp: SPFI, stored: Pick<StoredValue, "id" | "etag">, kpiKey: string, value: NewValue): Promise<StoredValue> {
  const { Value, Note, Source, Confidence } = valueColumns(kpiKey, value);
  await updateItem(sp, kpiValuesList, stored, { Value, Note, Source, Confidence }, () => getValue(sp, stored.id));
  return getValue(sp, stored.id);
}

export async function addTarget(sp: SPFI, kpiKey: string, target: KpiTarget): Promise<void> {
  await addItem(sp, kpiTargetsList, targetColumns(kpiKey, target));
}

export async function saveTarget(sp: SPFI, stored: Pick<StoredTarget, "id" | "etag">, kpiKey: string, target: KpiTarget): Promise<void> {
  await updateItem(sp, kpiTargetsList, stored, targetColumns(kpiKey, target), async () => targetFromItem(await getItem(sp, kpiTargetsList, stored.id, { select: TARGET_SELECT })));
}

async function kpiByKey(sp: SPFI, key: string): Promise<StoredKpi | null> {
  const rows = await getItems(sp, kpisList, { select: KPI_SELECT, expand: KPI_EXPAND, filter: kpiFilter.eq("KpiKey", key), top: 1 });
  return rows[0] ? kpiFromItem(rows[0], []) : null;
}

/** A KPI key is taken: the register says by which KPI. */
export class KpiKeyTakenError extends Error {
  constructor(readonly existing: StoredKpi) {
    super(`The key "${existing.key}" is already used by ${existing.name}.`);
    this.name = "KpiKeyTakenError";
  }
}

export type KpiColumns = ItemInput<typeof kpisList>;

export async function addKpi(sp: SPFI, columns: KpiColumns): Promise<void> {
  try {
    await addItem(sp, kpisList, columns);
  } catch (error) {
    const existing = columns.KpiKey ? await kpiByKey(sp, columns.KpiKey).catch(() => null) : null;
    if (existing) throw new KpiKeyTakenError(existing);
    throw error;
  }
}

/** Saves a KPI's changed columns with the ETag it was read with (ConflictError carries the current KPI). */
export async function saveKpi(sp: SPFI, kpi: Pick<StoredKpi, "id" | "etag" | "key">, columns: KpiColumns): Promise<void> {
  await updateItem(sp, kpisList, kpi, columns, async () => kpiFromItem(await getItem(sp, kpisList, kpi.id, { select: KPI_SELECT, expand: KPI_EXPAND }), []));
}
