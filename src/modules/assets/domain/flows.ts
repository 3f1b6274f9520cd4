import type { ItemInput, RowOf, SelectName } from "../../../../manifest/items";
import type { flowsList } from "../lists";
import type { Asset } from "./asset";
import { FLOW_KINDS, type FlowKind } from "./vocabulary";

/**
 * A flow between assets, said from one asset's side ("Council tax accounts feeds Benefit claims").
 * Data moves from `from` to `to` for "feeds" and "is shared with", and from `to` to `from` for
 * "is derived from"; the map draws arrows the way the data moves.
 */
export interface Flow {
  id: number;
  etag: string | null;
  /** Kept with the restricted flows, because a restricted asset is at one end. */
  restricted: boolean;
  fromKey: string;
  kind: FlowKind;
  /** The other asset's key, or null when the other end is outside the council. */
  toKey: string | null;
  /** Who outside the council, when `toKey` is null. */
  outside: string;
  method: string;
  frequency: string;
  description: string;
  sharingAgreement: string;
}

export const FLOW_SELECT = ["Id", "FromAsset", "FlowKind", "ToAsset", "Recipient", "FlowMethod", "FlowFrequency", "Description", "SharingAgreement"] as const satisfies readonly SelectName<typeof flowsList>[];
export type FlowItem = RowOf<typeof flowsList, (typeof FLOW_SELECT)[number]>;

export function flowFromItem(item: FlowItem, restricted: boolean): Flow {
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    restricted,
    fromKey: item.FromAsset ?? "",
    kind: (FLOW_KINDS as readonly string[]).includes(item.FlowKind ?? "") ? (item.FlowKind as FlowKind) : "Feeds",
    toKey: item.ToAsset || null,
    outside: item.Recipient ?? "",
    method: item.FlowMethod ?? "",
    frequency: item.FlowFrequency ?? "",
    description: item.Description ?? "",
    sharingAgreement: item.SharingAgreement ?? "",
  };
}

/** A flow's id across both flow lists (their item ids overlap). */
export function flowId(flow: Pick<Flow, "id" | "restricted">): string {
  return `${flow.restricted ? "r" : "o"}${flow.id}`;
}

/** One end of a flow: one of our assets, or an organisation outside the council. */
export type FlowEnd = { type: "asset"; key: string } | { type: "outside"; name: string };

/** Where the data comes from and goes to. */
export function directionOf(flow: Flow): { source: FlowEnd; target: FlowEnd } {
  const from: FlowEnd = { type: "asset", key: flow.fromKey };
  const other: FlowEnd = flow.toKey ? { type: "asset", key: flow.toKey } : { type: "outside", name: flow.outside || "Someone outside the council" };
  return flow.kind === "Is derived from" ? { source: other, target: from } : { source: from, target: other };
}

/** The flow as one sentence, the same words in the map's labels and in the list view. */
export function flowSentence(flow: Flow, nameOf: (key: string) => string): string {
  const other = flow.toKey ? nameOf(flow.toKey) : flow.outside || "someone outside the council";
  return `${nameOf(flow.fromKey)} ${flow.kind.toLowerCase()} ${other}`;
}

/** How and how often, for a label: "Secure file transfer, monthly". */
export function flowManner(flow: Pick<Flow, "method" | "frequency">): string {
  return [flow.method, flow.frequency.toLowerCase()].filter(Boolean).join(", ");
}

export interface FlowDraft {
  kind: FlowKind | "";
  /** "asset" for one of ours, "outside" for an organisation outside the council. */
  otherType: "asset" | "outside";
  toKey: string;
  outside: string;
  method: string;
  frequency: string;
  description: string;
  sharingAgreement: string;
}

export const emptyFlowDraft = (): FlowDraft => ({ kind: "", otherType: "asset", toKey: "", outside: "", method: "", frequency: "", description: "", sharingAgreement: "" });

export type FlowProblems = Partial<Record<keyof FlowDraft, string>>;

export function checkFlow(from: Asset, draft: FlowDraft, assetKeys: ReadonlySet<string>): FlowProblems {
  const problems: FlowProblems = {};
  if (!draft.kind) problems.kind = "Choose how this asset relates to the other end: feeds, is derived from, or is shared with.";
  if (draft.otherType === "asset") {
    if (!draft.toKey) problems.toKey = "Choose the other asset.";
    else if (draft.toKey === from.key) problems.toKey = "A flow joins two different assets: choose another one.";
    else if (!assetKeys.has(draft.toKey)) problems.toKey = "That asset is not in the register you can see.";
  } else if (!draft.outside.trim()) problems.outside = "Name the organisation outside the council.";
  else if (draft.outside.trim().length > 255) problems.outside = "Keep the organisation's name under 255 characters.";
  if (draft.sharingAgreement.length > 255) problems.sharingAgreement = "Keep the agreement's reference under 255 characters.";
  return problems;
}

/** A flow touching a restricted asset is kept with the restricted flows, or it would name that asset to staff. */
export function flowIsRestricted(from: Pick<Asset, "restricted">, to: Pick<Asset, "restricted"> | undefined): boolean {
  return from.restricted || Boolean(to?.restricted);
}

export function flowFields(from: Asset, draft: FlowDraft, nameOf: (key: string) => string): ItemInput<typeof flowsList> {
  const toKey = draft.otherType === "asset" ? draft.toKey : null;
  const outside = draft.otherType === "outside" ? draft.outside.trim() : "";
  const flow = { fromKey: from.key, kind: draft.kind as FlowKind, toKey, outside } as Flow;
  return {
    Title: flowSentence(flow, (key) => (key === from.key ? from.name : nameOf(key))).slice(0, 255),
    FromAsset: from.key,
    FlowKind: draft.kind as FlowKind,
    ToAsset: toKey,
    Recipient: outside || null,
    FlowMethod: draft.method || null,
    FlowFrequency: draft.frequency || null,
    Description: draft.description.trim() || null,
    SharingAgreement: draft.sharingAgreement.trim() || null,
  };
}
