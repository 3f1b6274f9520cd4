import type { Asset } from "./asset";
import type { AssetKind } from "./vocabulary";

/**
 * Documentation completeness: which register fields an asset must have, declared once here as
 * data, and how many of them it has. The strategy measures "completion rates for documenting data
 * assets"; an asset is fully documented when nothing required is missing.
 */
export type DocumentedField =
  | "description"
  | "kind"
  | "service"
  | "owner"
  | "manager"
  | "system"
  | "format"
  | "personalData"
  | "securityClassification"
  | "retentionPeriod"
  | "retentionMonths"
  | "disposalAction"
  | "heldFrom"
  | "schema"
  | "purposes"
  | "lawfulBases"
  | "dataSubjects"
  | "personalDataCategories"
  | "sharedWith"
  | "specialCategory"
  | "criminalOffenceData"
  | "transfersOutsideUk"
  | "securityMeasures"
  | "ropaReference"
  | "specialCategoryCondition"
  | "dpiaReference"
  | "transferSafeguards"
  | "sharingAgreement";

/** Labels as the form shows them, so a missing field is named the way the person will find it. */
export const DOCUMENTED_FIELD_LABELS: Record<DocumentedField, string> = {
  description: "Description",
  kind: "Kind of asset",
  service: "Service",
  owner: "Information asset owner (IAO)",
  manager: "Information asset manager (IAM)",
  system: "System or location",
  format: "Format",
  personalData: "Holds personal data",
  securityClassification: "Security classification",
  retentionPeriod: "Retention period",
  retentionMonths: "Retention in months",
  disposalAction: "Disposal action",
  heldFrom: "Oldest records held from",
  schema: "Schema (its fields)",
  purposes: "Purposes of processing",
  lawfulBases: "Lawful basis (Article 6)",
  dataSubjects: "Categories of data subjects",
  personalDataCategories: "Categories of personal data",
  sharedWith: "Shared with (recipients)",
  specialCategory: "Holds special category data",
  criminalOffenceData: "Holds criminal offence data",
  transfersOutsideUk: "Transferred outside the UK",
  securityMeasures: "Security measures",
  ropaReference: "ROPA entry",
  specialCategoryCondition: "Special category condition",
  dpiaReference: "DPIA",
  transferSafeguards: "Countries and safeguards for transfers",
  sharingAgreement: "Data sharing agreement",
};

/** What every asset needs: who answers for it, where it is, how long it is kept (the IAR's core, ICO and TNA). */
export const REQUIRED_FOR_EVERY_ASSET: readonly DocumentedField[] = ["description", "kind", "service", "owner", "manager", "system", "format", "personalData", "securityClassification", "retentionPeriod", "retentionMonths", "disposalAction"];

/**
 * What each kind adds. Structured data has a schema; records kept over time say how old the oldest
 * are (for disposal); a dataset received from outside names the agreement it came under.
 */
export const REQUIRED_BY_KIND: Readonly<Record<AssetKind, readonly DocumentedField[]>> = {
  "System data": ["schema", "heldFrom"],
  "Spreadsheet or database": ["schema", "heldFrom"],
  "Document collection": ["heldFrom"],
  "Paper records": ["heldFrom"],
  "Report or dashboard": ["schema"],
  "Received dataset": ["schema", "heldFrom", "sharingAgreement"],
};

/** What answers add: personal data brings the Article 30 fields; special category, criminal data and transfers their own. */
export const REQUIRED_WHEN: readonly { because: string; applies: (asset: Asset) => boolean; fields: readonly DocumentedField[] }[] = [
  {
    because: "it holds personal data (Article 30 UK GDPR)",
    applies: (a) => a.personalData === "Yes",
    fields: ["purposes", "lawfulBases", "dataSubjects", "personalDataCategories", "sharedWith", "specialCategory", "criminalOffenceData", "transfersOutsideUk", "securityMeasures", "ropaReference"],
  },
  {
    because: "it holds special category or criminal offence data (DPA 2018 Schedule 1)",
    applies: (a) => a.personalData === "Yes" && (a.specialCategory === "Yes" || a.criminalOffenceData === "Yes"),
    fields: ["specialCategoryCondition", "dpiaReference"],
  },
  {
    because: "it is transferred outside the UK",
    applies: (a) => a.personalData === "Yes" && a.transfersOutsideUk === "Yes",
    fields: ["transferSafeguards"],
  },
];

/** Whether one field has a value. */
export function hasValue(asset: Asset, field: DocumentedField): boolean {
  switch (field) {
    case "owner":
      return asset.owner !== null;
    case "manager":
      return asset.manager !== null;
    case "schema":
      return asset.schemaFieldCount > 0;
    case "lawfulBases":
      return asset.lawfulBases.length > 0;
    case "retentionMonths":
      return asset.retentionMonths !== null;
    default: {
      const value = asset[field];
      return typeof value === "string" ? value.trim() !== "" : value !== null;
    }
  }
}

/** The fields this asset must have, in the form's order, without repeats. */
export function requiredFieldsOf(asset: Asset): DocumentedField[] {
  const fields = new Set<DocumentedField>(REQUIRED_FOR_EVERY_ASSET);
  if (asset.kind) for (const f of REQUIRED_BY_KIND[asset.kind]) fields.add(f);
  for (const rule of REQUIRED_WHEN) if (rule.applies(asset)) for (const f of rule.fields) fields.add(f);
  return [...fields];
}

export interface Completeness {
  required: number;
  present: number;
  missing: DocumentedField[];
  /** Whole per cent, rounded down so 99.6% never shows as complete. */
  percent: number;
  complete: boolean;
}

export function completenessOf(asset: Asset): Completeness {
  const required = requiredFieldsOf(asset);
  const missing = required.filter((f) => !hasValue(asset, f));
  const present = required.length - missing.length;
  return { required: required.length, present, missing, percent: Math.floor((present / required.length) * 100), complete: missing.length === 0 };
}
