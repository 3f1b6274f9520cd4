import type { MeasureDefinition, MeasureFigure, MeasurePeriod } from "../../../core/domain/measures";
import type { Asset } from "./asset";
import { completenessOf } from "./completeness";
import type { Day } from "./dates";
import { type Disposal, disposalDueOf } from "./disposal";
import { isOnTime, type Review, reviewDueOf } from "./review";
import { sortByText } from "./text";

/**
 * The register's figures for the strategy measures. data-ethics-m7: "Monitor completion rates for
 * documenting data assets and adherence to quarterly reviews". data-ethics-m4 (Data Minimisation):
 * "Monitor secure data disposal in line with retention timelines".
 */
export interface AssetsData {
  assets: readonly Asset[];
  /** Null when the person reading cannot see reviews (only IAOs, IAMs and the data lead can). */
  reviews: readonly Review[] | null;
  disposals: readonly Disposal[] | null;
  /** The day the data was read: what is still to come is not yet late. */
  asOf: Day;
  /** False when the person reading cannot see the restricted register, so its assets are not counted. */
  restrictedIncluded: boolean;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const active = (data: AssetsData) => data.assets.filter((a) => a.status === "Active");
const within = (day: Day | null, period: MeasurePeriod) => day !== null && day >= period.start && day <= period.end;
const restrictedNote = (data: AssetsData) => (data.restrictedIncluded ? "" : " (restricted assets are not counted: you cannot see them)");
const hiddenFromReader = (what: string): MeasureFigure => ({ value: null, basis: `${what} are kept for information asset owners and managers and the data lead: sign in as one of them to see this figure.` });

function byService<T>(items: readonly T[], serviceOf: (item: T) => string, value: (group: readonly T[]) => number | null): { label: string; value: number | null }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const service = serviceOf(item) || "No service recorded";
    if (!groups.has(service)) groups.set(service, []);
    groups.get(service)!.push(item);
  }
  return sortByText([...groups.keys()], (s) => s).map((label) => ({ label, value: value(groups.get(label)!) }));
}

/** Active assets with nothing required missing, as a share of active assets. */
export function documentedFigure(data: AssetsData): MeasureFigure {
  const assets = active(data);
  const complete = (group: readonly Asset[]) => group.filter((a) => completenessOf(a).complete).length;
  return {
    value: percent(complete(assets), assets.length),
    basis: `${complete(assets)} of ${assets.length} assets fully documented${restrictedNote(data)}`,
    breakdown: byService(assets, (a) => a.service, (group) => percent(complete(group), group.length)),
  };
}

/**
 * Reviews due in the period and done by their due date, as a share of the reviews due in it: those
 * recorded (each keeps the date it was due) and those still outstanding and already late.
 */
export function reviewsOnTimeFigure(data: AssetsData, period: MeasurePeriod): MeasureFigure {
  if (!data.reviews) return hiddenFromReader("Reviews");
  const assetsByKey = new Map(data.assets.map((a) => [a.key, a]));
  const done = data.reviews.filter((r) => within(r.dueOn, period));
  const late = active(data).filter((a) => {
    const due = reviewDueOf(a);
    return within(due, period) && due < data.asOf;
  });
  const toCome = active(data).filter((a) => within(reviewDueOf(a), period) && reviewDueOf(a) >= data.asOf).length;
  const onTime = done.filter(isOnTime);
  const due = done.length + late.length;
  const serviceOf = (item: Review | Asset) => ("assetKey" in item ? (assetsByKey.get(item.assetKey)?.service ?? "") : item.service);
  const rows: (Review | Asset)[] = [...done, ...late];
  return {
    value: percent(onTime.length, due),
    basis: `${onTime.length} of ${due} reviews due in ${period.label} done on time; ${late.length} overdue${toCome ? `, ${toCome} still to come` : ""}${restrictedNote(data)}`,
    breakdown: byService(rows, serviceOf, (group) => percent(group.filter((r) => "reviewedOn" in r && isOnTime(r)).length, group.length)),
  };
}

/** Disposals done in the period, as a share of those done plus those due by its end and not yet done. */
export function disposalsFigure(data: AssetsData, period: MeasurePeriod): MeasureFigure {
  if (!data.disposals) return hiddenFromReader("Disposal records");
  const assetsByKey = new Map(data.assets.map((a) => [a.key, a]));
  const done = data.disposals.filter((d) => within(d.disposedOn, period));
  const cutOff = period.end < data.asOf ? period.end : data.asOf;
  const outstanding = active(data).filter((a) => {
    const due = disposalDueOf(a);
    return due !== null && due <= cutOff;
  });
  const serviceOf = (item: Disposal | Asset) => ("disposedOn" in item ? (assetsByKey.get(item.assetKey)?.service ?? "") : item.service);
  const rows: (Disposal | Asset)[] = [...done, ...outstanding];
  return {
    value: percent(done.length, done.length + outstanding.length),
    basis: `${done.length} ${done.length === 1 ? "disposal" : "disposals"} done in ${period.label}; ${outstanding.length} due and not yet done${restrictedNote(data)}`,
    breakdown: byService(rows, serviceOf, (group) => percent(group.filter((r) => "disposedOn" in r).length, group.length)),
  };
}

export const ASSET_FIGURES: readonly MeasureDefinition<AssetsData>[] = [
  {
    measureKey: "data-ethics-m7",
    id: "assets.documented",
    label: "Data assets fully documented",
    method: "Active assets in the register (DataAssets, and RestrictedDataAssets for those who may read it) with every field their kind of asset requires, as a share of all active assets; as the register stands when the figures are read.",
    unit: "percent",
    better: "higher",
    compute: (data) => documentedFigure(data),
  },
  {
    measureKey: "data-ethics-m7",
    id: "assets.reviews-on-time",
    label: "Asset reviews done on time",
    method: "Reviews due in the period and recorded no later than their due date (DataAssetReviews), as a share of the reviews due in the period: those recorded, and those still outstanding after their due date.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => reviewsOnTimeFigure(data, period),
  },
  {
    measureKey: "data-ethics-m4",
    id: "assets.disposals-done",
    label: "Disposals done in line with retention",
    method: "Disposals recorded in the period (DataAssetDisposals), as a share of those plus the assets whose oldest records passed their retention period by the end of the period and have not been disposed of.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => disposalsFigure(data, period),
  },
];
