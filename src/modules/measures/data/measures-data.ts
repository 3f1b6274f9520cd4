import type { SPFI } from "@pnp/sp";
import type { RowOf, SelectName } from "../../../../manifest/items";
import type { ListDeclaration } from "../../../../manifest/schema";
import { readAllItems, type WindowedQuery } from "../../../core/data/large-list";
import { getItem, getItems, pageItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type Measure, betterFromChoice, type TargetSetting, unitFromChoice } from "../domain/measure";
import { periodOfValue, type RecordedValue } from "../domain/recorded";
import type { ReviewEntry, ReviewKind } from "../domain/review-log";
import { betterOf, type KeptSnapshot, parseBreakdown, periodOfSnapshot, type Snapshot, unitOf } from "../domain/snapshot";
import { measuresList, measureSnapshotsList, measureTargetsList, measureValuesList, REVIEW_KINDS, strategyReviewsList } from "../lists";

/**
 * Reads for the strategy measures. Each list is read once per screen, with only the columns a
 * figure needs, filtered on indexed columns, in threshold-safe Id windows where it can grow.
 * Items that are not what they claim to be (a key that is not its figure and quarter) are skipped
 * and counted, never shown as figures.
 */

export interface Read<T> {
  items: T[];
  /** Items skipped because they did not hold together. */
  skipped: number;
}

async function readAll<L extends ListDeclaration, S extends SelectName<L>>(sp: SPFI, list: L, query: WindowedQuery<L, S>): Promise<RowOf<L, S>[]> {
  const rows: RowOf<L, S>[] = [];
  for await (const page of readAllItems(sp, list, query)) rows.push(...page);
  return rows;
}

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : "");
/** A calendar day as the moment date-only columns hold it (midnight UTC), for datetime filters. */
const startOfDay = (calendarDay: string) => new Date(`${calendarDay}T00:00:00Z`);

// ─── Measures ───────────────────────────────────────────────────────────────────────────────────

const MEASURE_SELECT = ["Id", "MeasureKey", "PrincipleKey", "Title", "Description", "Computable", "SortOrder", "MeasureOwnerId", "MeasureOwner/Title", "MeasureOwner/EMail", "RecordedLabel", "RecordedUnit", "RecordedBetter"] as const;

function measureFrom(row: RowOf<typeof measuresList, (typeof MEASURE_SELECT)[number]>): Measure {
  return {
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    key: row.MeasureKey ?? "",
    principleKey: row.PrincipleKey ?? "",
    title: row.Title,
    description: row.Description ?? "",
    computable: row.Computable === true,
    order: row.SortOrder ?? 0,
    owner: row.MeasureOwnerId ? { id: row.MeasureOwnerId, name: row.MeasureOwner?.Title ?? null, email: row.MeasureOwner?.EMail ?? null } : null,
    recorded: { label: row.RecordedLabel, unit: unitFromChoice(row.RecordedUnit), better: betterFromChoice(row.RecordedBetter) },
  };
}

/** The strategy's measures (47: one request), or one principle's. */
export async function loadMeasures(sp: SPFI, principleKey?: string): Promise<Measure[]> {
  const rows = await getItems(sp, measuresList, {
    select: MEASURE_SELECT,
    expand: ["MeasureOwner"],
    filter: principleKey ? filterFor(measuresList).eq("PrincipleKey", principleKey) : undefined,
    orderBy: [["SortOrder", "asc"]],
    top: 500,
  });
  return rows.map(measureFrom).filter((m) => m.key !== "");
}

export async function getMeasure(sp: SPFI, id: number): Promise<Measure> {
  return measureFrom(await getItem(sp, measuresList, id, { select: MEASURE_SELECT, expand: ["MeasureOwner"] }));
}

// ─── Targets ────────────────────────────────────────────────────────────────────────────────────

const TARGET_SELECT = ["Id", "SeriesKey", "MeasureKey", "Target", "TargetNote", "Headline"] as const;

export function targetFrom(row: RowOf<typeof measureTargetsList, (typeof TARGET_SELECT)[number]>): TargetSetting {
  return { id: row.Id, etag: row["odata.etag"] ?? null, seriesKey: row.SeriesKey ?? "", measureKey: row.MeasureKey ?? "", target: typeof row.Target === "number" && Number.isFinite(row.Target) ? row.Target : null, note: row.TargetNote ?? "", headline: row.Headline === true };
}

/** Every target (one per figure: a few dozen). */
export async function loadTargets(sp: SPFI): Promise<TargetSetting[]> {
  const targets: TargetSetting[] = [];
  for await (const page of pageItems(sp, measureTargetsList, { select: TARGET_SELECT, top: 5000 })) targets.push(...page.map(targetFrom));
  return targets.filter((t) => t.seriesKey !== "");
}

export async function targetByKey(sp: SPFI, seriesKey: string): Promise<TargetSetting | null> {
  const rows = await getItems(sp, measureTargetsList, { select: TARGET_SELECT, filter: filterFor(measureTargetsList).eq("SeriesKey", seriesKey), top: 1 });
  return rows[0] ? targetFrom(rows[0]) : null;
}

export async function getTarget(sp: SPFI, id: number): Promise<TargetSetting> {
  return targetFrom(await getItem(sp, measureTargetsList, id, { select: TARGET_SELECT }));
}

// ─── Recorded values ────────────────────────────────────────────────────────────────────────────

const VALUE_SELECT = ["Id", "ValueKey", "MeasureKey", "PrincipleKey", "Period", "Value", "Evidence", "EvidenceLink", "MeasureOwnerId", "MeasureOwner/Title", "MeasureOwner/EMail", "Editor/Title", "Modified"] as const;

export function valueFrom(row: RowOf<typeof measureValuesList, (typeof VALUE_SELECT)[number]>): RecordedValue | null {
  const base = { key: row.ValueKey ?? "", measureKey: row.MeasureKey ?? "", period: row.Period ?? "" };
  const period = periodOfValue(base);
  if (!period) return null;
  return {
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    ...base,
    principleKey: row.PrincipleKey ?? "",
    periodIndex: period.index,
    value: typeof row.Value === "number" && Number.isFinite(row.Value) ? row.Value : null,
    evidence: row.Evidence ?? "",
    link: row.EvidenceLink ?? "",
    owner: row.MeasureOwnerId ? { id: row.MeasureOwnerId, name: row.MeasureOwner?.Title ?? null, email: row.MeasureOwner?.EMail ?? null } : null,
    savedBy: row.Editor?.Title ?? null,
    savedOn: row.Modified,
  };
}

export interface Scope {
  /** One principle's items only (PrincipleKey is indexed). */
  principleKey?: string;
  /** Quarters starting on or after this day only ("2024-04-01"; PeriodStart is indexed). */
  since?: string;
}

function collect<T>(rows: readonly unknown[], map: (row: never) => T | null): Read<T> {
  const items: T[] = [];
  let skipped = 0;
  for (const row of rows) {
    const item = map(row as never);
    if (item) items.push(item);
    else skipped++;
  }
  return { items, skipped };
}

export async function loadValues(sp: SPFI, scope: Scope = {}): Promise<Read<RecordedValue>> {
  const f = filterFor(measureValuesList);
  const rows = await readAll(sp, measureValuesList, {
    select: VALUE_SELECT,
    expand: ["MeasureOwner", "Editor"],
    filter: f.and(scope.principleKey ? f.eq("PrincipleKey", scope.principleKey) : undefined, scope.since ? f.ge("PeriodStart", startOfDay(scope.since)) : undefined),
  });
  return collect(rows, valueFrom);
}

export async function valueByKey(sp: SPFI, key: string): Promise<RecordedValue | null> {
  const rows = await getItems(sp, measureValuesList, { select: VALUE_SELECT, expand: ["MeasureOwner", "Editor"], filter: filterFor(measureValuesList).eq("ValueKey", key), top: 1 });
  return rows[0] ? valueFrom(rows[0]) : null;
}

export async function getValue(sp: SPFI, id: number): Promise<RecordedValue | null> {
  return valueFrom(await getItem(sp, measureValuesList, id, { select: VALUE_SELECT, expand: ["MeasureOwner", "Editor"] }));
}

// ─── Snapshots ──────────────────────────────────────────────────────────────────────────────────

const SNAPSHOT_SELECT = ["Id", "SnapshotKey", "SeriesKey", "MeasureKey", "PrincipleKey", "Period", "Title", "Value", "Unit", "Better", "Basis", "Breakdown", "Target", "Final", "Modified"] as const;

export function snapshotFrom(row: RowOf<typeof measureSnapshotsList, (typeof SNAPSHOT_SELECT)[number]>): Snapshot | null {
  const base = { key: row.SnapshotKey ?? "", seriesKey: row.SeriesKey ?? "", period: row.Period ?? "" };
  const period = periodOfSnapshot(base);
  if (!period) return null;
  return {
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    ...base,
    measureKey: row.MeasureKey ?? "",
    principleKey: row.PrincipleKey ?? "",
    periodIndex: period.index,
    label: row.Title,
    value: typeof row.Value === "number" && Number.isFinite(row.Value) ? row.Value : null,
    unit: unitOf(row.Unit),
    better: betterOf(row.Better),
    basis: row.Basis ?? "",
    breakdown: parseBreakdown(row.Breakdown),
    target: typeof row.Target === "number" && Number.isFinite(row.Target) ? row.Target : null,
    final: row.Final === true,
    takenOn: row.Modified,
  };
}

export async function loadSnapshots(sp: SPFI, scope: Scope = {}): Promise<Read<Snapshot>> {
  const f = filterFor(measureSnapshotsList);
  const rows = await readAll(sp, measureSnapshotsList, {
    select: SNAPSHOT_SELECT,
    filter: f.and(scope.principleKey ? f.eq("PrincipleKey", scope.principleKey) : undefined, scope.since ? f.ge("PeriodStart", startOfDay(scope.since)) : undefined),
  });
  return collect(rows, snapshotFrom);
}

/** The snapshots kept for one quarter, every principle (Period is indexed): a few dozen small rows. */
export async function loadKeptFor(sp: SPFI, period: string): Promise<KeptSnapshot[]> {
  const rows = await readAll(sp, measureSnapshotsList, { select: ["Id", "SnapshotKey", "Final"], filter: filterFor(measureSnapshotsList).eq("Period", period) });
  return rows.map((r) => ({ id: r.Id, etag: r["odata.etag"] ?? null, key: r.SnapshotKey ?? "", final: r.Final === true })).filter((r) => r.key !== "");
}

export async function snapshotByKey(sp: SPFI, key: string): Promise<Snapshot | null> {
  const rows = await getItems(sp, measureSnapshotsList, { select: SNAPSHOT_SELECT, filter: filterFor(measureSnapshotsList).eq("SnapshotKey", key), top: 1 });
  return rows[0] ? snapshotFrom(rows[0]) : null;
}

// ─── Review log ─────────────────────────────────────────────────────────────────────────────────

const REVIEW_SELECT = ["Id", "ReviewDate", "ReviewKind", "Title", "Changes", "StrategyChanged", "Link", "Author/Title"] as const;

export function reviewFrom(row: RowOf<typeof strategyReviewsList, (typeof REVIEW_SELECT)[number]>): ReviewEntry | null {
  const date = day(row.ReviewDate);
  if (!date || !(REVIEW_KINDS as readonly string[]).includes(row.ReviewKind ?? "")) return null;
  return { id: row.Id, etag: row["odata.etag"] ?? null, date, kind: row.ReviewKind as ReviewKind, title: row.Title, changes: row.Changes ?? "", strategyChanged: row.StrategyChanged === true, link: row.Link ?? "", recordedBy: row.Author?.Title ?? null };
}

/** The review log, or the reviews dated in a period (ReviewDate is indexed). Newest first. */
export async function loadReviews(sp: SPFI, period?: { start: string; end: string }): Promise<Read<ReviewEntry>> {
  const f = filterFor(strategyReviewsList);
  const rows = await readAll(sp, strategyReviewsList, {
    select: REVIEW_SELECT,
    expand: ["Author"],
    filter: period ? f.and(f.ge("ReviewDate", startOfDay(period.start)), f.le("ReviewDate", startOfDay(period.end))) : undefined,
  });
  const read = collect(rows, reviewFrom);
  read.items.sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return read;
}

export async function getReview(sp: SPFI, id: number): Promise<ReviewEntry | null> {
  return reviewFrom(await getItem(sp, strategyReviewsList, id, { select: REVIEW_SELECT, expand: ["Author"] }));
}
