import { compareText } from "./text";
import type { ItemInput } from "../../../../manifest/items";
import type { assetsList, disposalsList } from "../lists";
import type { Asset } from "./asset";
import { addDays, addMonths, type Day, dayToWire, isRealDay } from "./dates";
import type { DisposalAction } from "./vocabulary";

/**
 * Disposal in line with retention ("Monitor secure data disposal in line with retention timelines").
 * An asset keeps records from `heldFrom` onwards for `retentionMonths`: disposal is due when the
 * oldest records held pass the retention period. Recording a disposal moves `heldFrom` on to the
 * oldest records kept afterwards (or marks the whole asset disposed of), which sets the next due date.
 */
export const DISPOSAL_SOON_DAYS = 90;

export type DisposalState = "overdue" | "due soon" | "not due" | "unknown" | "disposed";

export function disposalDueOf(asset: Pick<Asset, "heldFrom" | "retentionMonths" | "status">): Day | null {
  if (asset.status === "Disposed" || !asset.heldFrom || asset.retentionMonths === null) return null;
  return addMonths(asset.heldFrom, asset.retentionMonths);
}

export function disposalStateOf(asset: Asset, today: Day): DisposalState {
  if (asset.status === "Disposed") return "disposed";
  const due = disposalDueOf(asset);
  if (!due) return "unknown";
  if (due < today) return "overdue";
  return due <= addDays(today, DISPOSAL_SOON_DAYS) ? "due soon" : "not due";
}

/** Assets whose disposal is overdue or due within 90 days, soonest first. */
export function disposalsDue(assets: readonly Asset[], today: Day): Asset[] {
  return assets
    .filter((a) => ["overdue", "due soon"].includes(disposalStateOf(a, today)))
    .sort((a, b) => compareText(disposalDueOf(a)!, disposalDueOf(b)!) || compareText(a.name, b.name));
}

export interface DisposalInput {
  disposedOn: Day;
  method: DisposalAction | "";
  recordsDisposed: string;
  /** The oldest records still held afterwards; empty when the whole asset has gone. */
  heldFromAfter: Day;
  wholeAsset: boolean;
  certificate: string;
}

export type DisposalProblems = Partial<Record<keyof DisposalInput, string>>;

export function checkDisposal(asset: Asset, input: DisposalInput, today: Day): DisposalProblems {
  const problems: DisposalProblems = {};
  if (!isRealDay(input.disposedOn)) problems.disposedOn = "Enter the date of disposal as a real date, for example 25/11/2026.";
  else if (input.disposedOn > today) problems.disposedOn = "The date of disposal cannot be in the future.";
  if (!input.method) problems.method = "Choose how the records were disposed of.";
  if (!input.recordsDisposed.trim()) problems.recordsDisposed = "Say which records were disposed of, for example those closed before 1 April 2020.";
  if (!input.wholeAsset) {
    if (!isRealDay(input.heldFromAfter)) problems.heldFromAfter = "Enter the date the oldest records still held start from, or say the whole asset has been disposed of.";
    else if (asset.heldFrom && input.heldFromAfter <= asset.heldFrom) problems.heldFromAfter = "The oldest records held afterwards must be newer than before the disposal.";
  }
  return problems;
}

/** A disposal, as two writes: the record of it, and the asset's new oldest-records date (or its status). */
export function disposalWrites(asset: Asset, input: DisposalInput): { record: ItemInput<typeof disposalsList>; asset: ItemInput<typeof assetsList> } {
  return {
    record: {
      Title: asset.name,
      AssetKey: asset.key,
      DisposedOn: dayToWire(input.disposedOn),
      DisposalMethod: input.method as DisposalAction,
      RecordsDisposed: input.recordsDisposed.trim(),
      HeldFromAfter: input.wholeAsset ? null : dayToWire(input.heldFromAfter),
      DueOn: dayToWire(disposalDueOf(asset)),
      CertificateReference: input.certificate.trim() || null,
    },
    asset: input.wholeAsset ? { AssetStatus: "Disposed" } : { HeldFrom: dayToWire(input.heldFromAfter) },
  };
}

/** A disposal as read back. */
export interface Disposal {
  id: number;
  assetKey: string;
  assetName: string;
  disposedOn: Day;
  method: string;
  recordsDisposed: string;
  heldFromAfter: Day | null;
  dueOn: Day | null;
  certificate: string;
  recordedBy: string;
}
