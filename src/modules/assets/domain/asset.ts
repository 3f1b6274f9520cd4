import type { ExpandName, RowOf, SelectName } from "../../../../manifest/items";
import type { assetsList } from "../lists";
import { type Day, dayOf } from "./dates";
import {
  ASSET_FORMATS,
  ASSET_KINDS,
  type AssetFormat,
  type AssetKind,
  type AssetStatus,
  DEFAULT_REVIEW_FREQUENCY,
  DISPOSAL_ACTIONS,
  type DisposalAction,
  LAWFUL_BASES,
  type LawfulBasis,
  REVIEW_FREQUENCIES,
  type ReviewFrequency,
  SCHEMA_SOURCES,
  type SchemaSource,
  SECURITY_CLASSIFICATIONS,
  type SecurityClassification,
} from "./vocabulary";

export type YesNo = "Yes" | "No";

/** A person in a person column, as read back with its name and email. */
export interface PersonRef {
  id: number;
  name: string;
  email: string;
}

/** An information asset as the register works with it. */
export interface Asset {
  id: number;
  /** The version read; a save without one is refused rather than overwrite someone's change. */
  etag: string | null;
  /** Kept in the restricted register: staff never read it. */
  restricted: boolean;
  key: string;
  name: string;
  description: string;
  kind: AssetKind | null;
  service: string;
  owner: PersonRef | null;
  manager: PersonRef | null;
  system: string;
  format: AssetFormat | null;
  purposes: string;
  personalData: YesNo | null;
  specialCategory: YesNo | null;
  criminalOffenceData: YesNo | null;
  lawfulBases: LawfulBasis[];
  specialCategoryCondition: string;
  dataSubjects: string;
  personalDataCategories: string;
  sharedWith: string;
  sharingAgreement: string;
  transfersOutsideUk: YesNo | null;
  transferSafeguards: string;
  retentionPeriod: string;
  retentionMonths: number | null;
  disposalAction: DisposalAction | null;
  heldFrom: Day | null;
  securityClassification: SecurityClassification | null;
  securityMeasures: string;
  ropaReference: string;
  dpiaReference: string;
  reviewFrequency: ReviewFrequency;
  lastReviewed: Day | null;
  nextReviewDue: Day | null;
  status: AssetStatus;
  schemaFieldCount: number;
  schemaSource: SchemaSource | null;
  created: Day;
  modified: string;
}

/**
 * What the register reads: every column but the schema itself, which is read per asset when opened
 * (2,000 schemas of 15 fields each would otherwise ride along with every register load).
 */
export const ASSET_SELECT = [
  "Id",
  "Title",
  "AssetKey",
  "Description",
  "AssetKind",
  "Service",
  "InformationAssetOwnerId",
  "InformationAssetOwner/Title",
  "InformationAssetOwner/EMail",
  "InformationAssetManagerId",
  "InformationAssetManager/Title",
  "InformationAssetManager/EMail",
  "SystemName",
  "AssetFormat",
  "Purposes",
  "HoldsPersonalData",
  "SpecialCategory",
  "CriminalOffenceData",
  "LawfulBases",
  "SpecialCategoryCondition",
  "DataSubjects",
  "PersonalDataCategories",
  "SharedWith",
  "SharingAgreement",
  "TransfersOutsideUk",
  "TransferSafeguards",
  "RetentionPeriod",
  "RetentionMonths",
  "DisposalAction",
  "HeldFrom",
  "SecurityClassification",
  "SecurityMeasures",
  "RopaReference",
  "DpiaReference",
  "ReviewFrequency",
  "LastReviewed",
  "NextReviewDue",
  "AssetStatus",
  "SchemaFieldCount",
  "SchemaSource",
  "Created",
  "Modified",
] as const satisfies readonly SelectName<typeof assetsList>[];
export const ASSET_EXPAND = ["InformationAssetOwner", "InformationAssetManager"] as const satisfies readonly ExpandName<typeof assetsList>[];

export type AssetItem = RowOf<typeof assetsList, (typeof ASSET_SELECT)[number]>;

const oneOf = <T extends string>(choices: readonly T[], value: string | null | undefined): T | null => (value && (choices as readonly string[]).includes(value) ? (value as T) : null);
const yesNo = (value: string | null | undefined): YesNo | null => (value === "Yes" || value === "No" ? value : null);
const text = (value: string | null | undefined) => value ?? "";

function person(id: number | null | undefined, expanded: { Title?: string; EMail?: string } | null | undefined): PersonRef | null {
  return id ? { id, name: expanded?.Title ?? "", email: expanded?.EMail ?? "" } : null;
}

/** An item of either register as the screens use it; `restricted` says which register it came from. */
export function assetFromItem(item: AssetItem, restricted: boolean): Asset {
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    restricted,
    key: text(item.AssetKey),
    name: text(item.Title),
    description: text(item.Description),
    kind: oneOf(ASSET_KINDS, item.AssetKind),
    service: text(item.Service),
    owner: person(item.InformationAssetOwnerId, item.InformationAssetOwner),
    manager: person(item.InformationAssetManagerId, item.InformationAssetManager),
    system: text(item.SystemName),
    format: oneOf(ASSET_FORMATS, item.AssetFormat),
    purposes: text(item.Purposes),
    personalData: yesNo(item.HoldsPersonalData),
    specialCategory: yesNo(item.SpecialCategory),
    criminalOffenceData: yesNo(item.CriminalOffenceData),
    lawfulBases: (item.LawfulBases ?? []).filter((b): b is LawfulBasis => (LAWFUL_BASES as readonly string[]).includes(b)),
    specialCategoryCondition: text(item.SpecialCategoryCondition),
    dataSubjects: text(item.DataSubjects),
    personalDataCategories: text(item.PersonalDataCategories),
    sharedWith: text(item.SharedWith),
    sharingAgreement: text(item.SharingAgreement),
    transfersOutsideUk: yesNo(item.TransfersOutsideUk),
    transferSafeguards: text(item.TransferSafeguards),
    retentionPeriod: text(item.RetentionPeriod),
    retentionMonths: item.RetentionMonths ?? null,
    disposalAction: oneOf(DISPOSAL_ACTIONS, item.DisposalAction),
    heldFrom: dayOf(item.HeldFrom),
    securityClassification: oneOf(SECURITY_CLASSIFICATIONS, item.SecurityClassification),
    securityMeasures: text(item.SecurityMeasures),
    ropaReference: text(item.RopaReference),
    dpiaReference: text(item.DpiaReference),
    reviewFrequency: oneOf(REVIEW_FREQUENCIES, item.ReviewFrequency) ?? DEFAULT_REVIEW_FREQUENCY,
    lastReviewed: dayOf(item.LastReviewed),
    nextReviewDue: dayOf(item.NextReviewDue),
    status: item.AssetStatus === "Disposed" ? "Disposed" : "Active",
    schemaFieldCount: item.SchemaFieldCount ?? 0,
    schemaSource: oneOf(SCHEMA_SOURCES, item.SchemaSource),
    created: dayOf(item.Created) ?? "1970-01-01",
    modified: item.Modified,
  };
}

/** True when the person (by site user id) is the asset's IAO or IAM. */
export function isOwnAsset(asset: Pick<Asset, "owner" | "manager">, siteUserId: number): boolean {
  return asset.owner?.id === siteUserId || asset.manager?.id === siteUserId;
}
