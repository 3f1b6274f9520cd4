import type { ItemInput } from "../../../../manifest/items";
import type { assetsList } from "../lists";
import type { Asset, YesNo } from "./asset";
import { type Day, dayToWire, isRealDay } from "./dates";
import { ASSET_FORMATS, ASSET_KINDS, type AssetFormat, type AssetKind, DEFAULT_REVIEW_FREQUENCY, DISPOSAL_ACTIONS, type DisposalAction, type LawfulBasis, type ReviewFrequency, SECURITY_CLASSIFICATIONS, type SecurityClassification } from "./vocabulary";

/** Someone chosen in a people picker: a name and an email, and their site user id when already known. */
export interface PersonChoice {
  displayName: string;
  email: string;
  siteUserId?: number;
}

/** The asset form as typed: text as typed, so a failed save keeps every character. */
export interface AssetDraft {
  name: string;
  description: string;
  kind: AssetKind | "";
  service: string;
  owner: PersonChoice | null;
  manager: PersonChoice | null;
  system: string;
  format: AssetFormat | "";
  restricted: boolean;
  purposes: string;
  personalData: YesNo | "";
  specialCategory: YesNo | "";
  criminalOffenceData: YesNo | "";
  lawfulBases: LawfulBasis[];
  specialCategoryCondition: string;
  dataSubjects: string;
  personalDataCategories: string;
  sharedWith: string;
  sharingAgreement: string;
  transfersOutsideUk: YesNo | "";
  transferSafeguards: string;
  retentionPeriod: string;
  retentionMonths: string;
  disposalAction: DisposalAction | "";
  heldFrom: Day | "";
  securityClassification: SecurityClassification | "";
  securityMeasures: string;
  ropaReference: string;
  dpiaReference: string;
  reviewFrequency: ReviewFrequency;
}

export type DraftField = keyof AssetDraft;
export type DraftProblems = Partial<Record<DraftField, string>>;

export function emptyDraft(): AssetDraft {
  return {
    name: "",
    description: "",
    kind: "",
    service: "",
    owner: null,
    manager: null,
    system: "",
    format: "",
    restricted: false,
    purposes: "",
    personalData: "",
    specialCategory: "",
    criminalOffenceData: "",
    lawfulBases: [],
    specialCategoryCondition: "",
    dataSubjects: "",
    personalDataCategories: "",
    sharedWith: "",
    sharingAgreement: "",
    transfersOutsideUk: "",
    transferSafeguards: "",
    retentionPeriod: "",
    retentionMonths: "",
    disposalAction: "",
    heldFrom: "",
    securityClassification: "",
    securityMeasures: "",
    ropaReference: "",
    dpiaReference: "",
    reviewFrequency: DEFAULT_REVIEW_FREQUENCY,
  };
}

const choice = (p: Asset["owner"]): PersonChoice | null => (p ? { displayName: p.name, email: p.email, siteUserId: p.id } : null);

export function draftFromAsset(asset: Asset): AssetDraft {
  return {
    name: asset.name,
    description: asset.description,
    kind: asset.kind ?? "",
    service: asset.service,
    owner: choice(asset.owner),
    manager: choice(asset.manager),
    system: asset.system,
    format: asset.format ?? "",
    restricted: asset.restricted,
    purposes: asset.purposes,
    personalData: asset.personalData ?? "",
    specialCategory: asset.specialCategory ?? "",
    criminalOffenceData: asset.criminalOffenceData ?? "",
    lawfulBases: [...asset.lawfulBases],
    specialCategoryCondition: asset.specialCategoryCondition,
    dataSubjects: asset.dataSubjects,
    personalDataCategories: asset.personalDataCategories,
    sharedWith: asset.sharedWith,
    sharingAgreement: asset.sharingAgreement,
    transfersOutsideUk: asset.transfersOutsideUk ?? "",
    transferSafeguards: asset.transferSafeguards,
    retentionPeriod: asset.retentionPeriod,
    retentionMonths: asset.retentionMonths === null ? "" : String(asset.retentionMonths),
    disposalAction: asset.disposalAction ?? "",
    heldFrom: asset.heldFrom ?? "",
    securityClassification: asset.securityClassification ?? "",
    securityMeasures: asset.securityMeasures,
    ropaReference: asset.ropaReference,
    dpiaReference: asset.dpiaReference,
    reviewFrequency: asset.reviewFrequency,
  };
}

const tooLong = (text: string, max: number) => text.trim().length > max;

/**
 * What stops a save, each named as the form labels the field. Only the name and kind are needed to
 * save: an asset can be added and documented over time, and completeness says what is still missing.
 */
export function checkDraft(draft: AssetDraft, today: Day): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.name.trim()) problems.name = "Enter the asset's name.";
  else if (tooLong(draft.name, 255)) problems.name = "Keep the name to 255 characters or fewer.";
  if (!draft.kind) problems.kind = "Choose the kind of asset.";
  else if (!(ASSET_KINDS as readonly string[]).includes(draft.kind)) problems.kind = "Choose a kind of asset from the list.";
  if (tooLong(draft.service, 120)) problems.service = "Keep the service to 120 characters or fewer.";
  if (tooLong(draft.system, 120)) problems.system = "Keep the system or location to 120 characters or fewer.";
  if (draft.format && !(ASSET_FORMATS as readonly string[]).includes(draft.format)) problems.format = "Choose a format from the list.";
  for (const [field, label, max] of [
    ["sharingAgreement", "data sharing agreement", 255],
    ["retentionPeriod", "retention period", 255],
    ["ropaReference", "ROPA entry", 120],
    ["dpiaReference", "DPIA reference", 120],
  ] as const) {
    if (tooLong(draft[field], max)) problems[field] = `Keep the ${label} to ${max} characters or fewer.`;
  }
  const months = draft.retentionMonths.trim();
  if (months && !/^\d+$/.test(months)) problems.retentionMonths = "Enter the retention period in whole months, for example 72 for six years.";
  else if (months && Number(months) > 1200) problems.retentionMonths = "Enter at most 1,200 months (100 years).";
  if (draft.heldFrom) {
    if (!isRealDay(draft.heldFrom)) problems.heldFrom = "Enter the date of the oldest records as a real date, for example 01/04/2019.";
    else if (draft.heldFrom > today) problems.heldFrom = "The oldest records cannot date from the future.";
  }
  if (draft.disposalAction && !(DISPOSAL_ACTIONS as readonly string[]).includes(draft.disposalAction)) problems.disposalAction = "Choose a disposal action from the list.";
  if (draft.securityClassification && !(SECURITY_CLASSIFICATIONS as readonly string[]).includes(draft.securityClassification)) problems.securityClassification = "Choose a classification from the list.";
  return problems;
}

/** The draft as list columns. People are site user ids, resolved from their emails by the caller. */
export function draftToFields(draft: AssetDraft, people: { ownerId: number | null; managerId: number | null }): ItemInput<typeof assetsList> {
  const text = (value: string) => value.trim() || null;
  return {
    Title: draft.name.trim(),
    Description: text(draft.description),
    AssetKind: draft.kind || null,
    Service: text(draft.service),
    InformationAssetOwnerId: people.ownerId,
    InformationAssetManagerId: people.managerId,
    SystemName: text(draft.system),
    AssetFormat: draft.format || null,
    Purposes: text(draft.purposes),
    HoldsPersonalData: draft.personalData || null,
    SpecialCategory: draft.specialCategory || null,
    CriminalOffenceData: draft.criminalOffenceData || null,
    LawfulBases: [...draft.lawfulBases],
    SpecialCategoryCondition: text(draft.specialCategoryCondition),
    DataSubjects: text(draft.dataSubjects),
    PersonalDataCategories: text(draft.personalDataCategories),
    SharedWith: text(draft.sharedWith),
    SharingAgreement: text(draft.sharingAgreement),
    TransfersOutsideUk: draft.transfersOutsideUk || null,
    TransferSafeguards: text(draft.transferSafeguards),
    RetentionPeriod: text(draft.retentionPeriod),
    RetentionMonths: draft.retentionMonths.trim() ? Number(draft.retentionMonths.trim()) : null,
    DisposalAction: draft.disposalAction || null,
    HeldFrom: dayToWire(draft.heldFrom || null),
    SecurityClassification: draft.securityClassification || null,
    SecurityMeasures: text(draft.securityMeasures),
    RopaReference: text(draft.ropaReference),
    DpiaReference: text(draft.dpiaReference),
    ReviewFrequency: draft.reviewFrequency,
  };
}

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
const KEY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A new asset key such as "DA-7K3F9Q", not already in use; `random` is passed in so tests can fix it. */
export function newAssetKey(random: () => number, taken: ReadonlySet<string>): string {
  for (;;) {
    let key = "DA-";
    for (let i = 0; i < 6; i++) key += KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length)];
    if (!taken.has(key)) return key;
  }
}

/** Which parts of an asset differ between the version someone loaded and the one saved since. */
export function changedParts(before: Asset, after: Asset): string[] {
  const a = draftFromAsset(before);
  const b = draftFromAsset(after);
  const labels: Partial<Record<DraftField, string>> = {
    name: "name",
    description: "description",
    kind: "kind",
    service: "service",
    owner: "owner",
    manager: "manager",
    system: "system or location",
    personalData: "personal data",
    lawfulBases: "lawful basis",
    retentionPeriod: "retention",
    retentionMonths: "retention",
    heldFrom: "oldest records",
    securityClassification: "classification",
  };
  const changed = new Set<string>();
  for (const key of Object.keys(a) as DraftField[]) {
    if (JSON.stringify(key === "owner" || key === "manager" ? a[key]?.email : a[key]) !== JSON.stringify(key === "owner" || key === "manager" ? b[key]?.email : b[key])) changed.add(labels[key] ?? "other details");
  }
  if (before.lastReviewed !== after.lastReviewed) changed.add("review");
  if (before.schemaFieldCount !== after.schemaFieldCount) changed.add("schema");
  return [...changed];
}
